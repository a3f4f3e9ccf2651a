// The build stream as the daemon writes it: plain text for the builder's own lines and a RUN's
// stdout, a RUN's stderr wrapped in red (`\x1b[91m…\x1b[0m`, streamformatter.StderrFormatter,
// once per chunk). With -q the stream is held back (the daemon's notVerboseBuffer). Whether
// anything was written decides how an error reaches the CLI.

import { decode } from '../../../lib/utf8';
import type { Gen } from '../../../userland/sys';
import type { BuildOutput, RunStreams } from './backend';

export class Sink implements BuildOutput {
  /** Something was written: later errors travel inside the stream, not as an HTTP error. */
  streamed = false;
  /** The held-back stream (-q). */
  log = '';

  constructor(
    private readonly out: BuildOutput,
    private readonly quiet: boolean,
  ) {}

  *write(text: string): Gen<void> {
    if (text === '') return;
    this.streamed = true;
    if (this.quiet) this.log += text;
    else yield* this.out.write(text);
  }

  *stderr(text: string): Gen<void> {
    yield* this.write(`\x1b[91m${text}\x1b[0m`);
  }

  /** Streams for a RUN container. */
  runStreams(): RunStreams {
    return {
      stdout: (data) => this.write(decode(data)),
      stderr: (data) => this.stderr(decode(data)),
    };
  }

  /** Bypass -q: the final `sha256:<id>` line. */
  *final(text: string): Gen<void> {
    yield* this.out.write(text);
  }
}

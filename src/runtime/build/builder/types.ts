// Options and result of a build, and the error a step fails with.

import type { Digest } from '../../image';

export interface BuildOptions {
  /** -t NAME[:TAG], already validated by the CLI. */
  readonly tags?: readonly string[];
  /** --build-arg K=V (null: `--build-arg K` with K unset in the CLI's environment). */
  readonly buildArgs?: Readonly<Record<string, string | null>>;
  readonly noCache?: boolean;
  /** -q: the stream is held back; only `sha256:<id>` is printed on success. */
  readonly quiet?: boolean;
  /** --target STAGE. */
  readonly target?: string;
  /** --rm (default true): remove each step's container once the step succeeded. */
  readonly rm?: boolean;
  /** --force-rm: remove containers even after a failed step. */
  readonly forceRm?: boolean;
}

export type BuildResult =
  | { readonly ok: true; readonly imageId: Digest }
  | {
      readonly ok: false;
      /**
       * The line the CLI prints on stderr: `Error response from daemon: …` when the daemon failed
       * before sending any output (parse errors, bad --target), else the bare message.
       */
      readonly error: string;
      /** The CLI's exit status: a failed RUN's own status, otherwise 1. */
      readonly status: number;
      /** With -q: the held-back stream, which the CLI prints on stderr before the error. */
      readonly log: string;
    };

/** A step failed: Docker's message, and the exit status the CLI will use. */
export class BuildFailure extends Error {
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message);
  }
}

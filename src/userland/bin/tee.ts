// tee(1): copy standard input to standard output and to files (-a appends, -i ignores SIGINT).
// Like GNU, a file that cannot be opened is reported and skipped; writing goes on to the others.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { O_APPEND, O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import { SIGINT, SIG_IGN } from '../../kernel/abi/signal';
import { has } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName } from '../libc/cmd';
import { STDIN, STDOUT, warn, writeAll } from '../libc/io';

const HELP = `Usage: tee [OPTION]... [FILE]...
Copy standard input to each FILE, and also to standard output.

  -a, --append              append to the given FILEs, do not overwrite
  -i, --ignore-interrupts   ignore interrupt signals
  -p                        operate in a more appropriate MODE with pipes.
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = {
  name: 'tee',
  help: HELP,
  version: coreutilsVersion('tee', 'Mike Parker, Richard M. Stallman, and David MacKenzie'),
};
const SPECS = [
  { key: 'a', short: 'a', long: 'append' },
  { key: 'i', short: 'i', long: 'ignore-interrupts' },
  { key: 'p', short: 'p' },
  { key: 'p', long: 'output-error', arg: 'optional' as const },
];

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'tee');
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  if (has(args.options, 'i')) yield* sys.rt_sigaction(SIGINT, SIG_IGN);
  const flags = O_WRONLY | O_CREAT | (has(args.options, 'a') ? O_APPEND : O_TRUNC);
  const outs: { name: string; fd: number }[] = [{ name: 'standard output', fd: STDOUT }];
  let status = 0;
  for (const name of args.operands) {
    const fd = name === '-' ? STDOUT : yield* sys.open(name, flags, 0o666);
    if (fd < 0) {
      yield* warn(sys, `${prog}: ${name}: ${strerror(fd)}`);
      status = 1;
    } else outs.push({ name, fd });
  }
  for (;;) {
    const chunk = yield* sys.read(STDIN, 65536);
    if (typeof chunk === 'number') {
      yield* warn(sys, `${prog}: read error: ${strerror(chunk)}`);
      status = 1;
      break;
    }
    if (chunk.length === 0) break;
    for (let i = 0; i < outs.length; i++) {
      const o = outs[i]!;
      const w = yield* writeAll(sys, o.fd, chunk);
      if (w < 0) {
        if (o.fd === STDOUT && w === -32) return 1;
        yield* warn(sys, `${prog}: ${o.name}: ${strerror(w)}`);
        status = 1;
        outs.splice(i--, 1);
      }
    }
  }
  for (const o of outs) if (o.fd !== STDOUT) yield* sys.close(o.fd);
  return status;
}

export const tee: Command = {
  summary: 'tee - read from standard input and write to standard output and files',
  synopsis: 'tee [OPTION]... [FILE]...',
  description: HELP,
  main,
};

// ipcmk(1) from util-linux 2.38.1: create a System V shared memory segment (-M SIZE), message
// queue (-Q) and/or semaphore array (-S N) with a random key and mode -p (default 0644), and
// print the new ids.

import type { Command } from '../command';
import { IPC_CREAT } from '../../kernel/abi/ipc';
import { EINVAL } from '../../kernel/abi/errno';
import type { Gen, Program, Sys } from '../sys';
import { getopt, tryHelp } from '../libc/getopt';
import { Output, STDOUT, warn } from '../libc/io';
import { UlError, errMsg, parseS32OrErr, ulVersion } from '../libc/ulutil';

const PROG = 'ipcmk';

const HELP = `
Usage:
 ipcmk [options]

Create various IPC resources.

Options:
 -M, --shmem <size>       create shared memory segment of size <size>
 -S, --semaphore <number> create semaphore array with <number> elements
 -Q, --queue              create message queue
 -p, --mode <mode>        permission for the resource (default is 0644)

 -h, --help               display this help
 -V, --version            display version

Arguments:
 <size> arguments may be followed by the suffixes for
   GiB, TiB, PiB, EiB, ZiB, and YiB (the "iB" is optional)

For more details see ipcmk(1).
`;

const SPECS = [
  { key: 'M', short: 'M', long: 'shmem', arg: true },
  { key: 'S', short: 'S', long: 'semaphore', arg: true },
  { key: 'Q', short: 'Q', long: 'queue' },
  { key: 'p', short: 'p', long: 'mode', arg: true },
  { key: 'V', short: 'V', long: 'version' },
  { key: 'h', short: 'h', long: 'help' },
];

/** strtosize(): a number with an optional K/M/G/T/P/E/Z/Y suffix (KiB = K = 1024, KB = 1000). */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*(?:([KMGTPEZY])(iB|B)?)?$/i.exec(text);
  if (!m || (m[2] !== undefined && !m[3])) return undefined;
  const base = m[4]?.toUpperCase() === 'B' ? 1000 : 1024;
  const power = m[3] ? 'KMGTPEZY'.indexOf(m[3].toUpperCase()) + 1 : 0;
  return Math.floor(Number(`${m[1]}.${m[2] ?? '0'}`) * base ** power);
}

interface Request {
  size: number | undefined;
  nsems: number | undefined;
  queue: boolean;
  mode: number;
}

function parse(argv: readonly string[]): Request | UlError | 'help' | 'version' {
  const p = getopt(PROG, argv.slice(1), SPECS);
  if (!p.ok) return new UlError(`${p.message}\n${tryHelp(PROG)}`);
  const r: Request = { size: undefined, nsems: undefined, queue: false, mode: 0o644 };
  for (const o of p.options) {
    const v = o.value ?? '';
    if (o.key === 'h' || o.key === 'V') return o.key === 'h' ? 'help' : 'version';
    if (o.key === 'Q') r.queue = true;
    else if (o.key === 'M') {
      const size = parseSize(v);
      if (size === undefined)
        return new UlError(`${PROG}: ${errMsg(`failed to parse size: '${v}'`, -EINVAL)}`);
      r.size = size;
    } else if (o.key === 'S') {
      const n = parseS32OrErr(v, 'failed to parse elements');
      if (n instanceof UlError) return new UlError(`${PROG}: ${n.message}`);
      r.nsems = n;
    } else if (o.key === 'p') {
      if (!/^\s*[+-]?[0-7]+$/.test(v)) return new UlError(`${PROG}: failed to parse mode: Success`);
      r.mode = parseInt(v, 8) | 0;
    }
  }
  if (r.size === undefined && r.nsems === undefined && !r.queue)
    return new UlError(`${PROG}: bad usage\n${tryHelp(PROG)}`);
  return r;
}

function* randomKey(sys: Sys): Gen<number> {
  const b = yield* sys.getrandom(4);
  return b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24) | 0;
}

function* ipcmkMain(sys: Sys, argv: readonly string[]): Program {
  const r = parse(argv);
  const out = new Output(sys, STDOUT);
  if (r === 'help' || r === 'version') {
    out.print(r === 'help' ? HELP : ulVersion(PROG));
    return (yield* out.flush()) < 0 ? 1 : 0;
  }
  if (r instanceof UlError) {
    yield* warn(sys, r.message);
    return 1;
  }
  const steps: Array<[boolean, string, string, () => Gen<number>]> = [
    [
      r.size !== undefined,
      'create share memory failed',
      'Shared memory id',
      function* () {
        return yield* sys.shmget(yield* randomKey(sys), r.size ?? 0, r.mode | IPC_CREAT);
      },
    ],
    [
      r.queue,
      'create message queue failed',
      'Message queue id',
      function* () {
        return yield* sys.msgget(yield* randomKey(sys), r.mode | IPC_CREAT);
      },
    ],
    [
      r.nsems !== undefined,
      'create semaphore failed',
      'Semaphore id',
      function* () {
        return yield* sys.semget(yield* randomKey(sys), r.nsems ?? 0, r.mode | IPC_CREAT);
      },
    ],
  ];
  for (const [wanted, failure, label, create] of steps) {
    if (!wanted) continue;
    const id = yield* create();
    if (id < 0) {
      yield* out.flush();
      yield* warn(sys, `${PROG}: ${errMsg(failure, id)}`);
      return 1;
    }
    out.print(`${label}: ${id}\n`);
  }
  return (yield* out.flush()) < 0 ? 1 : 0;
}

export const ipcmk: Command = {
  summary: 'ipcmk - make various IPC resources',
  synopsis: 'ipcmk [options]',
  description:
    'Create a System V shared memory segment (-M SIZE), message queue (-Q) or semaphore array (-S NUMBER) with a random key and the permissions given with -p (default 0644), and print its id.',
  main: ipcmkMain,
};

// mknod(1): make block (b) or character (c, u) special files, or FIFOs (p); -m sets the mode.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { S_IFBLK, S_IFCHR, S_IFIFO, makedev } from '../../kernel/abi/stat';
import { last } from '../libc/getopt';
import { coreutilsVersion, parseArgs } from '../libc/cmd';
import { warn } from '../libc/io';
import { adjustMode, compileMode } from '../libc/mode';
import { quoteLocale, quotef } from '../libc/quote';

const HELP = `Usage: mknod [OPTION]... NAME TYPE [MAJOR MINOR]
Create the special file NAME of the given TYPE.

Mandatory arguments to long options are mandatory for short options too.
  -m, --mode=MODE    set file permission bits to MODE, not a=rw - umask
  -Z                   set the SELinux security context to default type
      --context[=CTX]  like -Z, or if CTX is specified then set the SELinux
                         or SMACK security context to CTX
      --help        display this help and exit
      --version     output version information and exit

Both MAJOR and MINOR must be specified when TYPE is b, c, or u, and they
must be omitted when TYPE is p.  If MAJOR or MINOR begins with 0x or 0X,
it is interpreted as hexadecimal; otherwise, if it begins with 0, as octal;
otherwise, as decimal.  TYPE may be:

  b      create a block (buffered) special file
  c, u   create a character (unbuffered) special file
  p      create a FIFO

NOTE: your shell may have its own version of mknod, which usually supersedes
the version described here.  Please refer to your shell's documentation
for details about the options it supports.
`;

const TOOL = { name: 'mknod', help: HELP, version: coreutilsVersion('mknod', 'David MacKenzie') };
const SPECS = [
  { key: 'm', short: 'm', long: 'mode', arg: true },
  { key: 'Z', short: 'Z' },
  { key: 'context', long: 'context', arg: 'optional' as const },
];

function* operandError(sys: Sys, ops: readonly string[], expected: number): Gen<number | null> {
  if (ops.length < expected) {
    const msg =
      ops.length === 0
        ? 'mknod: missing operand'
        : `mknod: missing operand after ${quoteLocale(ops[ops.length - 1]!)}`;
    yield* warn(sys, msg);
    if (ops.length >= 2) yield* warn(sys, 'Special files require major and minor device numbers.');
    return yield* finish(sys);
  }
  if (ops.length > expected) {
    yield* warn(sys, `mknod: extra operand ${quoteLocale(ops[expected]!)}`);
    if (expected === 2) yield* warn(sys, 'Fifos do not have major and minor device numbers.');
    return yield* finish(sys);
  }
  return null;
}

function* finish(sys: Sys): Gen<number> {
  yield* warn(sys, "Try 'mknod --help' for more information.");
  return 1;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const ops = args.operands;
  const expected = ops.length >= 2 && ops[1] === 'p' ? 2 : 4;
  const bad = yield* operandError(sys, ops, expected);
  if (bad !== null) return bad;
  const [name = '', type = ''] = ops;
  const umask = yield* sys.umask(0);
  yield* sys.umask(umask);
  let perm = 0o666 & ~umask;
  const modeText = last(args.options, 'm');
  if (modeText !== undefined) {
    const spec = compileMode(modeText);
    if (!spec) {
      yield* warn(sys, 'mknod: invalid mode');
      return 1;
    }
    perm = adjustMode(0o666, false, umask, spec);
  }
  let fmt: number;
  let dev = 0;
  if (type === 'p') fmt = S_IFIFO;
  else if (type === 'b' || type === 'c' || type === 'u') {
    fmt = type === 'b' ? S_IFBLK : S_IFCHR;
    const [maj = '', min = ''] = ops.slice(2);
    if (!/^(0x[0-9a-f]+|\d+)$/i.test(maj)) {
      yield* warn(sys, `mknod: invalid major device number ${quoteLocale(maj)}`);
      return 1;
    }
    if (!/^(0x[0-9a-f]+|\d+)$/i.test(min)) {
      yield* warn(sys, `mknod: invalid minor device number ${quoteLocale(min)}`);
      return 1;
    }
    dev = makedev(Number(maj), Number(min));
  } else {
    yield* warn(sys, `mknod: invalid device type ${quoteLocale(type)}`);
    return yield* finish(sys);
  }
  const r = yield* sys.mknod(name, fmt | perm, dev);
  if (r < 0) {
    yield* warn(sys, `mknod: ${quotef(name)}: ${strerror(r)}`);
    return 1;
  }
  if (modeText !== undefined) yield* sys.chmod(name, perm);
  return 0;
}

export const mknod: Command = {
  summary: 'mknod - make block or character special files',
  synopsis: 'mknod [OPTION]... NAME TYPE [MAJOR MINOR]',
  description: HELP,
  main,
};

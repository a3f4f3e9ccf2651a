// tty(1): print the file name of the terminal on standard input (coreutils 9.1). The name is
// glibc's ttyname(0): if the descriptor is a terminal (TCGETS works), the /proc/self/fd/0 link,
// checked to still name the same device. Not a terminal: "not a tty", status 1. -s prints nothing.
// Usage errors exit with 2 and write errors with 3 ("tty: write error: ..."), as tty.c does.

import type { Command } from '../command';
import type { Gen, Program, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { TCGETS } from '../../kernel/abi/termios';
import { usageError } from '../libc/cmd';
import type { ToolInfo } from '../libc/cmd';
import { getopt } from '../libc/getopt';
import type { OptionSpec } from '../libc/getopt';
import { HELP_OPTS, coreutilsTool, extraOperand } from '../libc/usage';
import { STDIN, STDOUT, warn, writeAll } from '../libc/io';

const TTY_STDIN_NOTTY = 1;
const TTY_FAILURE = 2;
const TTY_WRITE_ERROR = 3;

const tool: ToolInfo = {
  ...coreutilsTool(
    'tty',
    'David MacKenzie',
    'Usage: tty [OPTION]...\nPrint the file name of the terminal connected to standard input.\n\n' +
      '  -s, --silent, --quiet   print nothing, only return an exit status\n' +
      HELP_OPTS,
  ),
  usageStatus: TTY_FAILURE,
};

const SPECS: readonly OptionSpec[] = [
  { key: 's', short: 's', long: 'silent' },
  { key: 's', long: 'quiet' },
  { key: '--help', long: 'help' },
  { key: '--version', long: 'version' },
];

/** isatty(3): whether the descriptor is a terminal. */
function* isatty(sys: Sys, fd: number): Gen<boolean> {
  return typeof (yield* sys.ioctl(fd, TCGETS)) !== 'number';
}

/** ttyname(3): the terminal's file name, or null. */
export function* ttyname(sys: Sys, fd: number): Gen<string | null> {
  if (!(yield* isatty(sys, fd))) return null;
  const name = yield* sys.readlink(`/proc/self/fd/${fd}`);
  if (typeof name === 'number' || !name.startsWith('/dev/')) return null;
  const open = yield* sys.fstat(fd);
  const named = yield* sys.stat(name);
  if (typeof open === 'number' || typeof named === 'number') return null;
  return open.rdev === named.rdev && open.ino === named.ino ? name : null;
}

/** puts + close_stdout: status 3 and "tty: write error: ..." when stdout cannot be written. */
function* output(sys: Sys, prog: string, text: string, status: number): Gen<number> {
  const w = yield* writeAll(sys, STDOUT, text);
  if (w >= 0) return status;
  yield* warn(sys, `${prog}: write error: ${strerror(w)}`);
  return TTY_WRITE_ERROR;
}

/**
 * getopt_long acts on each option as it comes: --help wins over a bad option after it. No option
 * takes an argument, so each word can be parsed alone.
 */
function* parse(sys: Sys, argv: readonly string[]): Gen<{ silent: boolean; operands: string[] } | number> {
  const prog = argv[0] || 'tty';
  let silent = false;
  const operands: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    const r = getopt(prog, [arg], SPECS);
    if (!r.ok) return yield* usageError(sys, tool, r.message, prog);
    for (const o of r.options) {
      if (o.key === '--help') return yield* output(sys, prog, tool.help, 0);
      if (o.key === '--version') return yield* output(sys, prog, tool.version, 0);
      silent = true;
    }
    operands.push(...r.operands);
  }
  return { silent, operands };
}

function* ttyMain(sys: Sys, argv: readonly string[]): Program {
  const args = yield* parse(sys, argv);
  if (typeof args === 'number') return args;
  const prog = argv[0] || 'tty';
  if (args.operands.length > 0)
    return yield* usageError(sys, tool, extraOperand(prog, args.operands[0]!), prog);
  if (args.silent) return (yield* isatty(sys, STDIN)) ? 0 : TTY_STDIN_NOTTY;
  const name = yield* ttyname(sys, STDIN);
  return yield* output(sys, prog, `${name ?? 'not a tty'}\n`, name === null ? TTY_STDIN_NOTTY : 0);
}

export const tty: Command = {
  summary: 'tty - print the file name of the terminal connected to standard input',
  synopsis: 'tty [OPTION]...',
  description:
    'Print the file name of the terminal connected to standard input, or "not a tty" (exit status 1).  ' +
    '-s, --silent, --quiet print nothing, only return an exit status.',
  main: ttyMain,
};

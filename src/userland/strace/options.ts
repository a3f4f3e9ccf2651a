// strace's command line (strace.c init): -f, -e EXPR, -o FILE, -s STRSIZE, -p PID, -h, -V, then
// PROG [ARGS] (option parsing stops at the first operand). Errors in strace's words.

import { getopt } from '../libc/getopt';
import { parseTraceSet } from './classes';

export interface StraceOptions {
  readonly follow: boolean;
  readonly output: string | undefined;
  readonly strsize: number;
  readonly pids: readonly number[];
  readonly shows: (name: string) => boolean;
  readonly command: readonly string[];
}

export type StraceArgs =
  | { readonly kind: 'run'; readonly options: StraceOptions }
  | { readonly kind: 'help' | 'version' }
  | { readonly kind: 'error'; readonly message: string; readonly hint: boolean };

const SPECS = [
  { key: 'f', short: 'f' },
  { key: 'e', short: 'e', arg: true },
  { key: 'o', short: 'o', long: 'output', arg: true },
  { key: 's', short: 's', long: 'string-limit', arg: true },
  { key: 'p', short: 'p', long: 'attach', arg: true },
  { key: 'q', short: 'q' },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
] as const;

/** -e trace=SET (also "-e SET" and "t="); other qualifiers are accepted and ignored. */
function traceFilter(exprs: readonly string[]): ((name: string) => boolean) | string {
  let shows: (name: string) => boolean = () => true;
  for (const expr of exprs) {
    const eq = expr.indexOf('=');
    const key = eq < 0 ? 'trace' : expr.slice(0, eq);
    if (key !== 'trace' && key !== 't') continue;
    const r = parseTraceSet(eq < 0 ? expr : expr.slice(eq + 1));
    if (typeof r === 'string') return `invalid system call '${r}'`;
    const { set, negate } = r;
    shows = (name) => (set === 'all' || set.has(name)) !== negate;
  }
  return shows;
}

export function parseStraceArgs(argv: readonly string[]): StraceArgs {
  const parsed = getopt('strace', argv, SPECS, { stopAtOperand: true });
  if (!parsed.ok) return { kind: 'error', message: parsed.message, hint: true };
  const opts = parsed.options;
  if (opts.some((o) => o.key === 'h')) return { kind: 'help' };
  if (opts.some((o) => o.key === 'V')) return { kind: 'version' };
  let strsize = 32;
  const pids: number[] = [];
  const exprs: string[] = [];
  let output: string | undefined;
  for (const o of opts) {
    const v = o.value ?? '';
    if (o.key === 's') {
      if (!/^\d+$/.test(v))
        return { kind: 'error', message: `strace: invalid -s argument: '${v}'`, hint: true };
      strsize = Number(v);
    } else if (o.key === 'p') {
      if (!/^\d+$/.test(v) || Number(v) <= 0)
        return { kind: 'error', message: `strace: Invalid process id: '${v}'`, hint: false };
      pids.push(Number(v));
    } else if (o.key === 'e') exprs.push(v);
    else if (o.key === 'o') output = v;
  }
  const shows = traceFilter(exprs);
  if (typeof shows === 'string') return { kind: 'error', message: `strace: ${shows}`, hint: false };
  const command = parsed.operands;
  if (command.length === 0 && pids.length === 0) {
    return { kind: 'error', message: 'strace: must have PROG [ARGS] or -p PID', hint: true };
  }
  const follow = opts.some((o) => o.key === 'f');
  return { kind: 'run', options: { follow, output, strsize, pids, shows, command } };
}

export const STRACE_HELP = `Usage: strace [-ACdffhikqqrtttTvVwxxyyzZ] [-I N] [-b execve] [-e EXPR]...
              [-a COLUMN] [-o FILE] [-s STRSIZE] [-X FORMAT] [-O OVERHEAD]
              [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS] [--seccomp-bpf]
              { -p PID | [-DDD] [-E VAR=VAL]... [-u USERNAME] PROG [ARGS] }

General:
  -e EXPR        a qualifying expression: OPTION=[!]all or OPTION=[!]VAL1[,VAL2]...
     options:    trace, abbrev, verbose, raw, signal, read, write, fault,
                 inject, status, quiet, kvm, decode-fds

Startup:
  -p PID, --attach=PID
                 trace process with process id PID, may be repeated

Tracing:
  -f, --follow-forks
                 follow forks

Filtering:
  -e trace=[!]{[?]SYSCALL[@64|@32|@x32]|[?]/REGEX|GROUP|all|none},
   --trace=[!]{[?]SYSCALL[@64|@32|@x32]|[?]/REGEX|GROUP|all|none}
                 trace only specified syscalls.
     groups:     %creds, %desc, %file, %ipc, %memory, %network, %process,
                 %signal

Output format:
  -o FILE, --output=FILE
                 send trace output to FILE instead of stderr
  -s STRSIZE, --string-limit=STRSIZE
                 limit length of print strings to STRSIZE chars (default 32)

Miscellaneous:
  -h, --help     print help message
  -V, --version  print version
`;

export const STRACE_VERSION = `strace -- version 6.1
Copyright (c) 1991-2022 The strace developers <https://strace.io>.
This is free software; see the source for copying conditions.  There is NO
warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.

Optional features enabled: stack-trace=libunwind stack-demangle m32-mpers mx32-mpers
`;

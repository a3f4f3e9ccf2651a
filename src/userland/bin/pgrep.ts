// pgrep(1) from procps-ng 4.0.2: look up processes by name and other attributes in /proc. The
// matching engine is shared with pkill.
//
// Simplification: patterns are JavaScript regular expressions standing in for POSIX EREs; -g -G
// -s -t -r -F --ns and --cgroup are not supported.

import type { Command } from '../command';
import type { Gen, Program, Sys } from '../sys';
import { Output, STDERR, STDOUT, warn, writeAll } from '../libc/io';
import { getopt } from '../libc/getopt';
import type { ParsedOption } from '../libc/getopt';
import type { ProcInfo } from '../libc/proc';
import { readAllProcs } from '../libc/proc';
import { loadUserDb, parseUser } from '../libc/pwd';

export const PGREP_SPECS = [
  { key: 'd', short: 'd', long: 'delimiter', arg: true },
  { key: 'l', short: 'l', long: 'list-name' },
  { key: 'a', short: 'a', long: 'list-full' },
  { key: 'v', short: 'v', long: 'inverse' },
  { key: 'c', short: 'c', long: 'count' },
  { key: 'f', short: 'f', long: 'full' },
  { key: 'i', short: 'i', long: 'ignore-case' },
  { key: 'n', short: 'n', long: 'newest' },
  { key: 'o', short: 'o', long: 'oldest' },
  { key: 'P', short: 'P', long: 'parent', arg: true },
  { key: 'u', short: 'u', long: 'euid', arg: true },
  { key: 'U', short: 'U', long: 'uid', arg: true },
  { key: 'x', short: 'x', long: 'exact' },
  { key: 'e', short: 'e', long: 'echo' },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
];

export interface Selection {
  readonly procs: ProcInfo[];
  readonly options: ParsedOption[];
}

function* fail(sys: Sys, prog: string, message: string): Gen<number> {
  yield* warn(sys, `${prog}: ${message}`);
  yield* warn(sys, `Try \`${prog} --help' for more information.`);
  return 2;
}

const values = (opts: ParsedOption[], key: string): string[] =>
  opts.filter((o) => o.key === key).flatMap((o) => (o.value ?? '').split(','));

/** Parse the arguments and pick the matching processes (never this process), or an exit status. */
export function* selectProcs(
  sys: Sys,
  prog: string,
  argv: readonly string[],
  usage: string,
): Gen<Selection | number> {
  const r = getopt(prog, argv, PGREP_SPECS);
  if (!r.ok) {
    yield* warn(sys, r.message);
    yield* writeAll(sys, STDERR, usage);
    return 2;
  }
  const o = r.options;
  const has = (k: string): boolean => o.some((x) => x.key === k);
  if (has('h')) return (yield* writeAll(sys, STDOUT, usage)) < 0 ? 1 : 0;
  if (has('V')) return (yield* writeAll(sys, STDOUT, `${prog} from procps-ng 4.0.2\n`)) < 0 ? 1 : 0;
  if (r.operands.length > 1) return yield* fail(sys, prog, 'only one pattern can be provided');
  const pattern = r.operands[0];
  const db = yield* loadUserDb(sys);
  const uid = (key: string): number[] | string =>
    values(o, key)
      .map((u) => parseUser(db, u) ?? -1)
      .includes(-1)
      ? (values(o, key).find((u) => parseUser(db, u) === undefined) ?? '')
      : values(o, key).map((u) => parseUser(db, u) ?? -1);
  const euids = uid('u');
  const ruids = uid('U');
  if (typeof euids === 'string') return yield* fail(sys, prog, `invalid user name: ${euids}`);
  if (typeof ruids === 'string') return yield* fail(sys, prog, `invalid user name: ${ruids}`);
  const parents = values(o, 'P').map(Number);
  if (pattern === undefined && !euids.length && !ruids.length && !parents.length)
    return yield* fail(sys, prog, 'no matching criteria specified');
  let re: RegExp | null = null;
  try {
    if (pattern !== undefined) re = new RegExp(has('x') ? `^(?:${pattern})$` : pattern, has('i') ? 'i' : '');
  } catch {
    yield* warn(sys, `${prog}: regex error: Invalid regular expression`);
    return 2;
  }
  const self = yield* sys.getpid();
  const match = (p: ProcInfo): boolean => {
    if (euids.length && !euids.includes(p.euid)) return false;
    if (ruids.length && !ruids.includes(p.ruid)) return false;
    if (parents.length && !parents.includes(p.stat.ppid)) return false;
    const subject = has('f') && p.cmdline.length ? p.cmdline.join(' ') : p.stat.comm;
    return re === null || re.test(subject);
  };
  let procs = (yield* readAllProcs(sys)).filter((p) => p.stat.pid !== self && match(p) !== has('v'));
  if ((has('n') || has('o')) && procs.length > 0) {
    const sorted = [...procs].sort((a, b) => a.stat.starttime - b.stat.starttime || a.stat.pid - b.stat.pid);
    procs = [has('n') ? sorted[sorted.length - 1]! : sorted[0]!];
  }
  return { procs, options: o };
}

const USAGE =
  '\nUsage:\n pgrep [options] <pattern>\n\nOptions:\n' +
  ' -d, --delimiter <string>  specify output delimiter\n' +
  ' -l, --list-name           list PID and process name\n' +
  ' -a, --list-full           list PID and full command line\n' +
  ' -v, --inverse             negates the matching\n' +
  ' -c, --count               count of matching processes\n' +
  ' -f, --full                use full process name to match\n' +
  ' -i, --ignore-case         match case insensitively\n' +
  ' -n, --newest              select most recently started\n' +
  ' -o, --oldest              select least recently started\n' +
  ' -P, --parent <PPID,...>   match only child processes of the given parent\n' +
  ' -u, --euid <ID,...>       match by effective IDs\n' +
  ' -U, --uid <ID,...>        match by real IDs\n' +
  ' -x, --exact               match exactly with the command name\n\n' +
  ' -h, --help     display this help and exit\n' +
  ' -V, --version  output version information and exit\n\n' +
  'For more details see pgrep(1).\n';

function* pgrepMain(sys: Sys, argv: readonly string[]): Program {
  const sel = yield* selectProcs(sys, 'pgrep', argv.slice(1), USAGE);
  if (typeof sel === 'number') return sel;
  const has = (k: string): boolean => sel.options.some((x) => x.key === k);
  const out = new Output(sys, STDOUT);
  if (has('c')) {
    out.print(`${sel.procs.length}\n`);
  } else {
    const delim = sel.options.filter((x) => x.key === 'd').pop()?.value ?? '\n';
    const items = sel.procs.map((p) => {
      if (has('a')) return `${p.stat.pid} ${p.cmdline.length ? p.cmdline.join(' ') : `[${p.stat.comm}]`}`;
      if (has('l')) return `${p.stat.pid} ${p.stat.comm}`;
      return String(p.stat.pid);
    });
    if (items.length) out.print(items.join(delim) + '\n');
  }
  yield* out.flush();
  return sel.procs.length ? 0 : 1;
}

export const pgrep: Command = {
  summary: 'pgrep - look up processes based on name and other attributes',
  synopsis: 'pgrep [options] <pattern>',
  description:
    'List the IDs of the processes whose name matches the regular expression PATTERN.  -l adds the name, -a the full command line, -f matches the full command line, -x matches exactly, -u USER by effective user, -n/-o the newest/oldest only, -c counts.  Exit status 1 when nothing matched.',
  main: pgrepMain,
};

// pkill(1) from procps-ng 4.0.2: signal the processes pgrep would list (-SIGNAL or --signal).

import type { Command } from '../command';
import { strerror } from '../../kernel/abi/errno';
import { SIGTERM } from '../../kernel/abi/signal';
import type { Program, Sys } from '../sys';
import { Output, STDOUT, warn } from '../libc/io';
import { signalNumber } from '../libc/signame';
import { selectProcs } from './pgrep';

const USAGE =
  '\nUsage:\n pkill [options] <pattern>\n\nOptions:\n' +
  ' -<sig>, --signal <sig>    signal to send (either number or name)\n' +
  ' -e, --echo                display what is killed\n' +
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

function* pkillMain(sys: Sys, argv: readonly string[]): Program {
  const args = argv.slice(1);
  let sig = SIGTERM;
  const first = args[0];
  if (first !== undefined && first.startsWith('-') && signalNumber(first.slice(1)) >= 0) {
    sig = signalNumber(first.slice(1));
    args.shift();
  }
  const i = args.findIndex((a) => a === '--signal' || a.startsWith('--signal='));
  if (i >= 0) {
    const v = args[i]!.startsWith('--signal=') ? args[i]!.slice(9) : args[i + 1];
    const n = v === undefined ? -1 : signalNumber(v);
    if (n < 0) {
      yield* warn(sys, `pkill: Unknown signal "${v ?? ''}".`);
      return 2;
    }
    sig = n;
    args.splice(i, args[i]!.startsWith('--signal=') ? 1 : 2);
  }
  const sel = yield* selectProcs(sys, 'pkill', args, USAGE);
  if (typeof sel === 'number') return sel;
  const has = (k: string): boolean => sel.options.some((x) => x.key === k);
  const out = new Output(sys, STDOUT);
  let killed = 0;
  for (const p of sel.procs) {
    const r = yield* sys.kill(p.stat.pid, sig);
    if (r < 0) {
      yield* out.flush();
      yield* warn(sys, `pkill: killing pid ${p.stat.pid} failed: ${strerror(r)}`);
      continue;
    }
    killed++;
    if (has('e')) out.print(`${p.stat.comm} killed (pid ${p.stat.pid})\n`);
  }
  if (has('c')) out.print(`${killed}\n`);
  yield* out.flush();
  return killed ? 0 : 1;
}

export const pkill: Command = {
  summary: 'pkill - signal processes based on name and other attributes',
  synopsis: 'pkill [-signal] [options] <pattern>',
  description:
    'Send a signal (TERM by default) to the processes whose name matches PATTERN, selected as pgrep selects them.  -9 or --signal KILL choose the signal; -e echoes what was killed.',
  main: pkillMain,
};

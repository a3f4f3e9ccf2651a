// kill(1) from procps-ng 4.0.2 (Debian's /bin/kill): send a signal to processes, or list signals.
// Shells have their own builtin kill; this is the program.

import type { Command } from '../command';
import { strerror } from '../../kernel/abi/errno';
import { SIGTERM } from '../../kernel/abi/signal';
import type { Program, Sys } from '../sys';
import { STDERR, STDOUT, warn, writeAll } from '../libc/io';
import { signalConvert, signalList, signalNumber, signalTable } from '../libc/signame';

const USAGE =
  '\nUsage:\n kill [options] <pid> [...]\n\nOptions:\n' +
  ' <pid> [...]            send signal to every <pid> listed\n' +
  ' -<signal>, -s, --signal <signal>\n' +
  '                        specify the <signal> to be sent\n' +
  ' -q, --queue <value>    integer value to be sent with the signal\n' +
  ' -l, --list=[<signal>]  list all signal names, or convert one to a name\n' +
  ' -L, --table            list all signal names in a nice table\n\n' +
  ' -h, --help     display this help and exit\n' +
  ' -V, --version  output version information and exit\n\n' +
  'For more details see kill(1).\n';

function* usage(sys: Sys, toStdout: boolean): Program {
  yield* writeAll(sys, toStdout ? STDOUT : STDERR, USAGE);
  return toStdout ? 0 : 1;
}

/** Remove the first "-SIGNAL" argument (skill_sig_option); returns the signal or -1. */
function takeSignalOption(args: string[]): number {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (!a.startsWith('-') || a.length < 2) continue;
    const sig = signalNumber(a.slice(1));
    if (sig >= 0) {
      args.splice(i, 1);
      return sig;
    }
  }
  return -1;
}

function* list(sys: Sys, prog: string, value: string | undefined): Program {
  if (value === undefined) return (yield* writeAll(sys, STDOUT, signalList())) < 0 ? 1 : 0;
  const s = signalConvert(value);
  if (s === null) yield* warn(sys, `${prog}: unknown signal name ${value}`);
  else yield* writeAll(sys, STDOUT, s + '\n');
  return 0;
}

function* killMain(sys: Sys, argv: readonly string[]): Program {
  const prog = argv[0] ?? 'kill';
  const args = argv.slice(1);
  if (args.length === 0) return yield* usage(sys, false);
  let sig = takeSignalOption(args);
  if (sig < 0) sig = SIGTERM;
  const pids: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      pids.push(...args.slice(i + 1));
      break;
    }
    if (a === '-l' || a === '--list' || a.startsWith('--list=') || (a.startsWith('-l') && a.length > 2)) {
      const attached = a.startsWith('--list=')
        ? a.slice(7)
        : a.startsWith('-l') && a.length > 2
          ? a.slice(2)
          : undefined;
      const next = args[i + 1];
      return yield* list(
        sys,
        prog,
        attached ?? (next !== undefined && !next.startsWith('-') ? next : undefined),
      );
    }
    if (a === '-L' || a === '--table') return (yield* writeAll(sys, STDOUT, signalTable())) < 0 ? 1 : 0;
    if (a === '-h' || a === '--help') return yield* usage(sys, true);
    if (a === '-V' || a === '--version')
      return (yield* writeAll(sys, STDOUT, 'kill from procps-ng 4.0.2\n')) < 0 ? 1 : 0;
    if (a === '-s' || a === '--signal' || a.startsWith('--signal=')) {
      const v = a.startsWith('--signal=') ? a.slice(9) : args[++i];
      if (v === undefined) return yield* usage(sys, false);
      sig = signalNumber(v);
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && !/^-\d+$/.test(a)) {
      yield* warn(sys, `${prog}: invalid argument ${a[1]}`);
      return yield* usage(sys, false);
    }
    pids.push(a);
  }
  if (pids.length === 0) return yield* usage(sys, false);
  let status = 0;
  for (const p of pids) {
    if (!/^\s*[+-]?\d+$/.test(p)) {
      yield* warn(sys, `${prog}: failed to parse argument: '${p}'`);
      return 1;
    }
    const r = yield* sys.kill(Number(p), sig);
    if (r < 0) {
      yield* warn(sys, `${prog}: (${Number(p)}): ${strerror(r)}`);
      status = 1;
    }
  }
  return status;
}

export const kill: Command = {
  summary: 'kill - send a signal to a process',
  synopsis: 'kill [options] <pid> [...]',
  description:
    'Send a signal (TERM by default) to each listed process.  -9, -KILL or -s KILL choose the signal; -l lists signal names or converts one; -L prints them in a table.  A negative pid signals a process group.',
  main: killMain,
};

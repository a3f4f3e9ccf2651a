// sleep(1): pause for the sum of NUMBER[SUFFIX] operands (coreutils 9.1).

import type { Command } from '../command';
import type { Program } from '../sys';
import { parseArgs, usageError } from '../libc/cmd';
import { HELP_OPTS, coreutilsTool } from '../libc/usage';
import { parseDuration, secondsToNs } from '../libc/duration';
import { warn } from '../libc/io';
import { tryHelp } from '../libc/getopt';

const tool = coreutilsTool(
  'sleep',
  'Jim Meyering and Paul Eggert',
  'Usage: sleep NUMBER[SUFFIX]...\n  or:  sleep OPTION\n' +
    "Pause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default),\n" +
    "'m' for minutes, 'h' for hours or 'd' for days.  NUMBER need not be an\n" +
    'integer.  Given two or more arguments, pause for the amount of time\n' +
    'specified by the sum of their values.\n\n' +
    HELP_OPTS,
);

/** The longest single nanosleep: a day; longer sleeps loop. */
const CHUNK_NS = 86400e9;

function* sleepMain(sys: Parameters<Command['main']>[0], argv: readonly string[]): Program {
  const args = yield* parseArgs(sys, tool, argv, [], { stopAtOperand: false });
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) return yield* usageError(sys, tool, 'sleep: missing operand');
  let seconds = 0;
  let ok = true;
  for (const op of args.operands) {
    const s = parseDuration(op);
    if (s === undefined) {
      yield* warn(sys, `sleep: invalid time interval ‘${op}’`);
      ok = false;
    } else seconds += s;
  }
  if (!ok) {
    yield* warn(sys, tryHelp('sleep'));
    return 1;
  }
  let remaining = seconds === Infinity ? Infinity : secondsToNs(seconds);
  while (remaining > 0) {
    const step = Math.min(remaining, CHUNK_NS);
    const r = yield* sys.nanosleep(step);
    if (r < 0) return 1;
    remaining -= step;
  }
  return 0;
}

export const sleep: Command = {
  summary: 'sleep - delay for a specified amount of time',
  synopsis: 'sleep NUMBER[SUFFIX]...',
  description:
    "Pause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default), 'm' for minutes, 'h' for hours or 'd' for days.  NUMBER need not be an integer.  Given two or more arguments, pause for the amount of time specified by the sum of their values.",
  main: sleepMain,
};

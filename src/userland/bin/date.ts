// date(1): print the system date and time (coreutils 9.1), in UTC, the machine's only zone.
//
// Simplification: -d understands the forms of libc/getdate.ts; setting the clock (-s, MMDDhhmm)
// is refused as an invalid date.

import type { Command } from '../command';
import { CLOCK_REALTIME } from '../sys';
import type { Gen, Program, Sys } from '../sys';
import { parseArgs, usageError } from '../libc/cmd';
import { HELP_OPTS, coreutilsTool, extraOperand } from '../libc/usage';
import { STDOUT, warn, writeAll } from '../libc/io';
import { tryHelp } from '../libc/getopt';
import { gmtime, strftime } from '../libc/strftime';
import { parseDate } from '../libc/getdate';

const tool = coreutilsTool(
  'date',
  'David MacKenzie',
  'Usage: date [OPTION]... [+FORMAT]\n  or:  date [-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]\n' +
    'Display date and time in the given FORMAT.\n' +
    'With -s, or with [MMDDhhmm[[CC]YY][.ss]], set the date and time.\n\n' +
    'Mandatory arguments to long options are mandatory for short options too.\n' +
    "  -d, --date=STRING          display time described by STRING, not 'now'\n" +
    '  -I[FMT], --iso-8601[=FMT]  output date/time in ISO 8601 format.\n' +
    "                               FMT='date' for date only (the default),\n" +
    "                               'hours', 'minutes', 'seconds', or 'ns'\n" +
    '                               for date and time to the indicated precision.\n' +
    '  -R, --rfc-email            output date and time in RFC 5322 format.\n' +
    '      --rfc-3339=FMT         output date/time in RFC 3339 format.\n' +
    '  -u, --utc, --universal     print or set Coordinated Universal Time (UTC)\n' +
    HELP_OPTS,
);

const SPECS = [
  { key: 'd', short: 'd', long: 'date', arg: true },
  { key: 'I', short: 'I', long: 'iso-8601', arg: 'optional' as const },
  { key: 'R', short: 'R', long: 'rfc-email' },
  { key: '3339', long: 'rfc-3339', arg: true },
  { key: 'u', short: 'u', long: 'utc' },
  { key: 'u', long: 'universal' },
  { key: 's', short: 's', long: 'set', arg: true },
];

const ISO: Record<string, string> = {
  date: '%Y-%m-%d',
  hours: '%Y-%m-%dT%H%:z',
  minutes: '%Y-%m-%dT%H:%M%:z',
  seconds: '%Y-%m-%dT%H:%M:%S%:z',
  ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
};
const RFC3339: Record<string, string> = {
  date: '%Y-%m-%d',
  seconds: '%Y-%m-%d %H:%M:%S%:z',
  ns: '%Y-%m-%d %H:%M:%S.%N%:z',
};

/** Resolve an abbreviation of one of `choices` (argmatch), or report the GNU error. */
function* argmatch(sys: Sys, value: string, choices: string[], option: string): Gen<string | null> {
  const hits = choices.filter((c) => c.startsWith(value));
  if (hits.length === 1 || choices.includes(value)) return choices.includes(value) ? value : hits[0]!;
  yield* warn(sys, `date: ${hits.length > 1 ? 'ambiguous' : 'invalid'} argument ‘${value}’ for ‘${option}’`);
  yield* warn(sys, 'Valid arguments are:\n' + choices.map((c) => `  - ‘${c}’`).join('\n'));
  yield* warn(sys, tryHelp('date'));
  return null;
}

function* dateMain(sys: Sys, argv: readonly string[]): Program {
  const args = yield* parseArgs(sys, tool, argv, SPECS);
  if (typeof args === 'number') return args;
  let format = '%a %b %e %H:%M:%S %Z %Y';
  for (const o of args.options) {
    if (o.key === 'R') format = '%a, %d %b %Y %H:%M:%S %z';
    if (o.key === 'I') {
      const k = yield* argmatch(
        sys,
        o.value ?? 'date',
        ['hours', 'minutes', 'date', 'seconds', 'ns'],
        '--iso-8601',
      );
      if (k === null) return 1;
      format = ISO[k]!;
    }
    if (o.key === '3339') {
      const k = yield* argmatch(sys, o.value ?? '', ['date', 'seconds', 'ns'], '--rfc-3339');
      if (k === null) return 1;
      format = RFC3339[k]!;
    }
  }
  const ops = args.operands;
  if (ops.length > 0 && ops[0]!.startsWith('+')) {
    if (ops.length > 1) return yield* usageError(sys, tool, extraOperand('date', ops[1]!));
    format = ops[0]!.slice(1);
  } else if (ops.length > 1) return yield* usageError(sys, tool, extraOperand('date', ops[1]!));
  else if (ops.length === 1) {
    yield* warn(sys, `date: invalid date ‘${ops[0]}’`);
    return 1;
  }
  const ts = yield* sys.clock_gettime(CLOCK_REALTIME);
  let seconds = ts.sec + ts.nsec / 1e9;
  const dateText = args.options.filter((o) => o.key === 'd' || o.key === 's').pop()?.value;
  if (dateText !== undefined) {
    const t = parseDate(dateText, ts.sec);
    if (t === null) {
      yield* warn(sys, `date: invalid date ‘${dateText}’`);
      return 1;
    }
    seconds = t;
  }
  const whole = Math.floor(seconds);
  const nsec = dateText === undefined ? ts.nsec : Math.round((seconds - whole) * 1e9);
  const r = yield* writeAll(sys, STDOUT, strftime(format, gmtime(whole, nsec)) + '\n');
  return r < 0 ? 1 : 0;
}

export const date: Command = {
  summary: 'date - print or set the system date and time',
  synopsis: 'date [OPTION]... [+FORMAT]',
  description:
    "Display the current time in the given FORMAT.  -d STRING displays the time described by STRING (e.g. '@1700000000', '2024-02-29 13:05', '2 days ago'), -u uses UTC, -R prints RFC 5322 format, -I[FMT] ISO 8601.",
  main: dateMain,
};

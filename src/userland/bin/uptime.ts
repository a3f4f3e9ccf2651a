// uptime(1) from procps-ng 4.0.2: the time, how long the system has been up, users and load.
//
// Simplification: there is no utmp; "users" counts terminals with a session leader on them.

import type { Command } from '../command';
import type { Program, Sys } from '../sys';
import { CLOCK_REALTIME } from '../sys';
import { STDERR, STDOUT, writeAll, warn } from '../libc/io';
import { getopt } from '../libc/getopt';
import { parseLoadavg, parseSystemStat, parseUptime, readAllProcs, readSmall } from '../libc/proc';
import { gmtime, strftime } from '../libc/strftime';
import { countUsers, uptimeLine } from './top';

const USAGE =
  '\nUsage:\n uptime [options]\n\nOptions:\n' +
  ' -p, --pretty   show uptime in pretty format\n' +
  ' -h, --help     display this help and exit\n' +
  ' -s, --since    system up since\n' +
  ' -V, --version  output version information and exit\n\n' +
  'For more details see uptime(1).\n';

/** procps_uptime_sprint_short: "up 2 days, 3 hours, 1 minute". */
export function prettyUptime(seconds: number): string {
  let s = seconds;
  const parts: string[] = [];
  const take = (size: number, one: string, many: string): void => {
    if (s > size) {
      const n = Math.floor(s / size);
      s -= n * size;
      parts.push(`${n} ${n > 1 ? many : one}`);
    }
  };
  take(86400 * 365 * 10, 'decade', 'decades');
  take(86400 * 365, 'year', 'years');
  take(86400 * 7, 'week', 'weeks');
  take(86400, 'day', 'days');
  take(3600, 'hour', 'hours');
  const mins = s > 60 ? Math.floor(s / 60) : 0;
  if (mins || s < 60) parts.push(`${mins} ${mins !== 1 ? 'minutes' : 'minute'}`);
  return 'up ' + parts.join(', ');
}

function* uptimeMain(sys: Sys, argv: readonly string[]): Program {
  const specs = [
    { key: 'p', short: 'p', long: 'pretty' },
    { key: 'h', short: 'h', long: 'help' },
    { key: 's', short: 's', long: 'since' },
    { key: 'V', short: 'V', long: 'version' },
  ];
  const r = getopt('uptime', argv.slice(1), specs);
  if (!r.ok || r.operands.length > 0) {
    if (!r.ok) yield* warn(sys, r.message);
    yield* writeAll(sys, STDERR, USAGE);
    return 1;
  }
  const keys = r.options.map((o) => o.key);
  const up = parseUptime(yield* readSmall(sys, '/proc/uptime'))[0];
  let line: string;
  if (keys[0] === 'h') return (yield* writeAll(sys, STDOUT, USAGE)) < 0 ? 1 : 0;
  if (keys[0] === 'V') line = 'uptime from procps-ng 4.0.2';
  else if (keys[0] === 's') {
    const now = (yield* sys.clock_gettime(CLOCK_REALTIME)).sec;
    const btime = parseSystemStat(yield* readSmall(sys, '/proc/stat')).btime;
    line = strftime('%Y-%m-%d %H:%M:%S', gmtime(btime || now - Math.floor(up)));
  } else if (keys[0] === 'p') line = prettyUptime(up);
  else {
    const now = (yield* sys.clock_gettime(CLOCK_REALTIME)).sec;
    const loads = parseLoadavg(yield* readSmall(sys, '/proc/loadavg')).loads;
    line = uptimeLine(now, up, countUsers(yield* readAllProcs(sys)), loads);
  }
  return (yield* writeAll(sys, STDOUT, line + '\n')) < 0 ? 1 : 0;
}

export const uptime: Command = {
  summary: 'uptime - Tell how long the system has been running.',
  synopsis: 'uptime [options]',
  description:
    'Print the current time, how long the system has been running, how many users are logged on, and the load averages for the past 1, 5 and 15 minutes.  -p pretty format, -s the time the system came up.',
  main: uptimeMain,
};

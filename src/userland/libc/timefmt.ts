// Calendar dates without Date (the arithmetic is strftime.ts's gmtime and daysFromCivil), formatted
// the way ls -l and stat print file times.
//
// Simplification: the time zone is always UTC (+0000), as in a container without /etc/localtime.

import { daysFromCivil, gmtime } from './strftime';

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Civil {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday */
  readonly weekday: number;
}

/** Break epoch seconds (UTC) into calendar fields. */
export function civil(epochSec: number): Civil {
  const tm = gmtime(epochSec);
  return {
    year: tm.year,
    month: tm.mon + 1,
    day: tm.mday,
    hour: tm.hour,
    minute: tm.min,
    second: tm.sec,
    weekday: tm.wday,
  };
}

/** Epoch seconds of a UTC calendar time (month 1..12); fields may overflow as with timegm. */
export function epochOf(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Split a nanosecond timestamp into whole seconds and nanoseconds (0..999999999). */
export function splitNs(ns: number | { sec: number; nsec: number }): { sec: number; nsec: number } {
  if (typeof ns !== 'number') return ns;
  const sec = Math.floor(ns / 1e9);
  const nsec = Math.min(999999999, Math.max(0, Math.round(ns - sec * 1e9)));
  return { sec, nsec };
}

/** Six months as GNU ls counts it: half of an average Gregorian year. */
const SIX_MONTHS_SEC = 31556952 / 2;

/** ls -l's date column: `Nov 25 06:41` when recent, `Nov 25  2025` otherwise. */
export function lsDate(fileNs: number, nowNs: number): string {
  const c = civil(splitNs(fileNs).sec);
  const head = `${MONTHS[c.month - 1]} ${String(c.day).padStart(2)}`;
  const recent = fileNs > nowNs - SIX_MONTHS_SEC * 1e9 && fileNs <= nowNs;
  if (recent) return `${head} ${pad2(c.hour)}:${pad2(c.minute)}`;
  return `${head}  ${String(c.year).padStart(4)}`;
}

/** `2025-11-25 06:41:00` (UTC). */
export function isoSeconds(sec: number): string {
  const c = civil(sec);
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)} ${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)}`;
}

/** stat's %x/%y/%z: `2025-11-25 06:41:00.123456789 +0000`. */
export function statDate(ns: number | { sec: number; nsec: number }): string {
  const { sec, nsec } = splitNs(ns);
  return `${isoSeconds(sec)}.${String(nsec).padStart(9, '0')} +0000`;
}

// Calendar dates without Date: epoch seconds to civil time (Howard Hinnant's days_from_civil
// inverse), formatted the way ls -l and stat print file times.
//
// Simplification: the time zone is always UTC (+0000), as in a container without /etc/localtime.

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
  const secs = Math.floor(epochSec);
  const days = Math.floor(secs / 86400);
  const rem = secs - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {
    year,
    month,
    day,
    hour: Math.floor(rem / 3600),
    minute: Math.floor((rem % 3600) / 60),
    second: rem % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
  };
}

/** Epoch seconds of a UTC calendar time (month 1..12); fields may overflow as with timegm. */
export function epochOf(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const m = month;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return days * 86400 + hour * 3600 + minute * 60 + second;
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

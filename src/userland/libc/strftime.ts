// Broken-down time and strftime(3) as glibc formats it in the C locale, with GNU date's extras
// (%N, %:z, and the - _ 0 ^ # flags with a field width).
//
// Simplification: the only time zone is UTC (the machine's TZ), so %z is +0000 and %Z is UTC.

export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface Tm {
  readonly year: number;
  /** 0-11 */
  readonly mon: number;
  /** 1-31 */
  readonly mday: number;
  readonly hour: number;
  readonly min: number;
  readonly sec: number;
  /** 0 = Sunday */
  readonly wday: number;
  /** 0-365 */
  readonly yday: number;
  /** Seconds since the epoch (floor) and the nanoseconds within that second. */
  readonly epoch: number;
  readonly nsec: number;
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** gmtime(3): seconds since the epoch → broken-down UTC time. */
export function gmtime(seconds: number, nsec = 0): Tm {
  const epoch = Math.floor(seconds);
  const days = Math.floor(epoch / 86400);
  const rem = epoch - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const mday = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {
    year,
    mon: month - 1,
    mday,
    hour: Math.floor(rem / 3600),
    min: Math.floor((rem % 3600) / 60),
    sec: rem % 60,
    wday: (((days + 4) % 7) + 7) % 7,
    yday: days - daysFromCivil(year, 1, 1),
    epoch,
    nsec,
  };
}

/** ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): { year: number; week: number } {
  const wdayMon = (tm.wday + 6) % 7; // Monday = 0
  const thursdayYday = tm.yday - wdayMon + 3;
  const daysInYear = (y: number): number => (daysFromCivil(y + 1, 1, 1) - daysFromCivil(y, 1, 1)) | 0;
  if (thursdayYday < 0) {
    const py = tm.year - 1;
    return { year: py, week: Math.floor((thursdayYday + daysInYear(py)) / 7) + 1 };
  }
  if (thursdayYday >= daysInYear(tm.year)) return { year: tm.year + 1, week: 1 };
  return { year: tm.year, week: Math.floor(thursdayYday / 7) + 1 };
}

type Pad = '0' | ' ';

/** The value of one conversion, with its natural padding and width. */
function convert(c: string, tm: Tm, colons: number): [string, Pad, number] | string | null {
  const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  switch (c) {
    case 'a':
      return DAYS[tm.wday]!.slice(0, 3);
    case 'A':
      return DAYS[tm.wday]!;
    case 'b':
    case 'h':
      return MONTHS[tm.mon]!.slice(0, 3);
    case 'B':
      return MONTHS[tm.mon]!;
    case 'c':
      return strftime('%a %b %e %H:%M:%S %Y', tm);
    case 'C':
      return [String(Math.floor(tm.year / 100)), '0', 2];
    case 'd':
      return [String(tm.mday), '0', 2];
    case 'D':
    case 'x':
      return strftime('%m/%d/%y', tm);
    case 'e':
      return [String(tm.mday), ' ', 2];
    case 'F':
      return strftime('%Y-%m-%d', tm);
    case 'g':
      return [String(isoWeek(tm).year % 100), '0', 2];
    case 'G':
      return [String(isoWeek(tm).year), '0', 1];
    case 'H':
      return [String(tm.hour), '0', 2];
    case 'I':
      return [String(h12), '0', 2];
    case 'j':
      return [String(tm.yday + 1), '0', 3];
    case 'k':
      return [String(tm.hour), ' ', 2];
    case 'l':
      return [String(h12), ' ', 2];
    case 'm':
      return [String(tm.mon + 1), '0', 2];
    case 'M':
      return [String(tm.min), '0', 2];
    case 'n':
      return '\n';
    case 'N':
      return [String(tm.nsec).padStart(9, '0'), '0', 9];
    case 'q':
      return [String(Math.floor(tm.mon / 3) + 1), '0', 1];
    case 'p':
      return tm.hour < 12 ? 'AM' : 'PM';
    case 'P':
      return tm.hour < 12 ? 'am' : 'pm';
    case 'r':
      return strftime('%I:%M:%S %p', tm);
    case 'R':
      return strftime('%H:%M', tm);
    case 's':
      return [String(tm.epoch), '0', 1];
    case 'S':
      return [String(tm.sec), '0', 2];
    case 't':
      return '\t';
    case 'T':
    case 'X':
      return strftime('%H:%M:%S', tm);
    case 'u':
      return [String(tm.wday === 0 ? 7 : tm.wday), '0', 1];
    case 'U':
      return [String(Math.floor((tm.yday + 7 - tm.wday) / 7)), '0', 2];
    case 'V':
      return [String(isoWeek(tm).week), '0', 2];
    case 'w':
      return [String(tm.wday), '0', 1];
    case 'W':
      return [String(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7)), '0', 2];
    case 'y':
      return [String(tm.year % 100), '0', 2];
    case 'Y':
      return [String(tm.year), '0', 1];
    case 'z':
      return ['+0000', '+00:00', '+00:00:00', '+00'][colons] ?? '+0000';
    case 'Z':
      return 'UTC';
    case '%':
      return '%';
    default:
      return null;
  }
}

/** Format `tm` like GNU strftime (C locale, UTC). Unknown conversions are copied as written. */
export function strftime(format: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const m = /^([-_0^#]*)(\d*)(:{0,3})[EO]?([a-zA-Z%+])/.exec(format.slice(i + 1));
    if (!m) {
      out += '%';
      continue;
    }
    const [all, flags, widthText, colons, conv] = m as unknown as [string, string, string, string, string];
    const v = convert(conv, tm, colons.length);
    if (v === null) {
      out += '%' + all;
      i += all.length;
      continue;
    }
    out += applyFlags(v, flags, widthText, conv);
    i += all.length;
  }
  return out;
}

function applyFlags(
  v: [string, Pad, number] | string,
  flags: string,
  widthText: string,
  conv: string,
): string {
  let text = typeof v === 'string' ? v : v[0];
  let pad: Pad | '' = typeof v === 'string' ? ' ' : v[1];
  let width = typeof v === 'string' ? 0 : v[2];
  if (conv === 'N' && widthText !== '') {
    return text.slice(0, Number(widthText)).padEnd(Number(widthText), '0');
  }
  if (flags.includes('-')) pad = '';
  else if (flags.includes('_')) pad = ' ';
  else if (flags.includes('0')) pad = '0';
  if (flags.includes('^')) text = text.toUpperCase();
  else if (flags.includes('#')) text = /[a-z]/.test(text) ? text.toUpperCase() : text.toLowerCase();
  if (widthText !== '') width = Number(widthText);
  if (pad === '') return typeof v === 'string' ? text : String(Number(text));
  if (typeof v !== 'string' && pad === ' ' && text.length < width) text = String(Number(text));
  return text.padStart(width, pad);
}

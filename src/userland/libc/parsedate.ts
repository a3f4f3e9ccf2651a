// The date strings touch -d and -t accept, reduced to the common forms of GNU parse_datetime:
// "@SECONDS", "now", "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS[.frac]]" (also with 'T'), "HH:MM[:SS]"
// (today), and touch -t's [[CC]YY]MMDDhhmm[.ss]. Results are nanoseconds since the epoch (UTC).
//
// Simplification: no relative items ("yesterday", "2 days ago"), month names or time zones.

import { civil, epochOf } from './timefmt';

function validTime(h: number, mi: number, s: number): boolean {
  return h < 24 && mi < 60 && s < 61;
}

/** Parse a touch -d / date -d string; null if not understood. */
export function parseDate(text: string, nowNs: number): number | null {
  const t = text.trim();
  if (t === 'now' || t === '') return t === '' ? startOfDay(nowNs) : nowNs;
  let m = /^@(-?\d+)(?:\.(\d{1,9}))?$/.exec(t);
  if (m) return Number(m[1]) * 1e9 + Number((m[2] ?? '').padEnd(9, '0'));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?$/.exec(t);
  if (m) {
    const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || !validTime(h, mi, s)) return null;
    return epochOf(y, mo, d, h, mi, s) * 1e9 + Number((m[7] ?? '').padEnd(9, '0'));
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (m) {
    const [h, mi, s] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0)) as [number, number, number];
    if (!validTime(h, mi, s)) return null;
    return startOfDay(nowNs) + (h * 3600 + mi * 60 + s) * 1e9;
  }
  return null;
}

function startOfDay(nowNs: number): number {
  const c = civil(Math.floor(nowNs / 1e9));
  return epochOf(c.year, c.month, c.day) * 1e9;
}

/** touch -t [[CC]YY]MMDDhhmm[.ss]; null if malformed. */
export function parseTouchStamp(text: string, nowNs: number): number | null {
  const m = /^(\d{8}|\d{10}|\d{12})(?:\.(\d{2}))?$/.exec(text);
  if (!m) return null;
  const digits = m[1]!;
  let year: number;
  let rest: string;
  if (digits.length === 12) [year, rest] = [Number(digits.slice(0, 4)), digits.slice(4)];
  else if (digits.length === 10) {
    const yy = Number(digits.slice(0, 2));
    [year, rest] = [yy < 69 ? 2000 + yy : 1900 + yy, digits.slice(2)];
  } else [year, rest] = [civil(Math.floor(nowNs / 1e9)).year, digits];
  const [mo, d, h, mi] = [0, 2, 4, 6].map((i) => Number(rest.slice(i, i + 2))) as [
    number,
    number,
    number,
    number,
  ];
  const s = Number(m[2] ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || !validTime(h, mi, s)) return null;
  return epochOf(year, mo, d, h, mi, s) * 1e9;
}

// A subset of GNU date's free-form date parser (parse_datetime): "@SECONDS", "now", "today",
// "yesterday", "tomorrow", ISO dates "YYYY-MM-DD[ T]HH:MM[:SS[.frac]]" with an optional "UTC"/"Z",
// times "HH:MM[:SS]" (today), and relative items "N unit [ago]" ("2 days ago", "+1 hour").
//
// Simplification: no month names, no weekday names, no time zones other than UTC.

import { daysFromCivil } from './strftime';

const UNITS: Record<string, number> = {
  sec: 1,
  second: 1,
  min: 60,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 604800,
  fortnight: 1209600,
};

/** Seconds since the epoch (possibly fractional) for `text`, relative to `now`; null if invalid. */
export function parseDate(text: string, now: number): number | null {
  let s = text.trim().toLowerCase();
  const at = /^@([+-]?\d+(?:\.\d+)?)$/.exec(s);
  if (at) return Number(at[1]);
  let base: number;
  let rel = 0;
  const relRe = /(?:^|\s+)([+-]?\d+)?\s*(sec|second|min|minute|hour|day|week|fortnight)s?(\s+ago)?\s*$/;
  for (let m = relRe.exec(s); m; m = relRe.exec(s)) {
    const n = m[1] === undefined ? 1 : Number(m[1]);
    rel += n * UNITS[m[2]!]! * (m[3] ? -1 : 1);
    s = s.slice(0, m.index).trim();
  }
  s = s.replace(/\s*(utc|z)$/, '');
  const midnight = Math.floor(now / 86400) * 86400;
  if (s === '' || s === 'now') base = now;
  else if (s === 'today') base = midnight;
  else if (s === 'yesterday') base = midnight - 86400;
  else if (s === 'tomorrow') base = midnight + 86400;
  else {
    const abs = parseAbsolute(s, midnight);
    if (abs === null) return null;
    base = abs;
  }
  if (s === 'yesterday' || s === 'tomorrow' || s === 'today') base += now - midnight;
  return base + rel;
}

function parseAbsolute(s: string, midnight: number): number | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s]+(.*))?$/.exec(s);
  let day = midnight;
  let timeText: string | undefined = s;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    day = daysFromCivil(y, mo, d) * 86400;
    timeText = m[4];
    if (timeText === undefined) return day;
  }
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/.exec(timeText);
  if (!t) return null;
  const [h, mi, sec] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (h > 23 || mi > 59 || sec > 60) return null;
  return day + h * 3600 + mi * 60 + sec + Number(t[4] ?? 0);
}

function daysInMonth(y: number, m: number): number {
  return daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - daysFromCivil(y, m, 1);
}

import { describe, expect, it } from 'vitest';
import { civil, epochOf, lsDate, statDate } from '../../../src/userland/libc/timefmt';
import { parseDate, parseTouchStamp } from '../../../src/userland/libc/parsedate';

describe('calendar', () => {
  it('converts epoch seconds both ways', () => {
    // date -u -d @1795589788: Wed Nov 25 06:56:28 UTC 2026
    expect(civil(1795589788)).toEqual({
      year: 2026,
      month: 11,
      day: 25,
      hour: 6,
      minute: 56,
      second: 28,
      weekday: 3,
    });
    expect(epochOf(2026, 11, 25, 6, 56, 28)).toBe(1795589788);
    expect(epochOf(2000, 2, 29)).toBe(951782400);
    expect(civil(-1).year).toBe(1969);
  });
  it('formats like stat', () => {
    expect(statDate(1795589788 * 1e9)).toBe('2026-11-25 06:56:28.000000000 +0000');
  });
  it('formats like ls -l: recent within six months, else the year', () => {
    const now = 1795589788e9;
    expect(lsDate(now - 3600e9, now)).toBe('Nov 25 05:56');
    // ls -l /etc showed "May  9  2026" for a file older than six months.
    expect(lsDate(epochOf(2026, 5, 9, 12, 0, 0) * 1e9, now)).toBe('May  9  2026');
    expect(lsDate(epochOf(2026, 9, 22, 4, 45) * 1e9, now)).toBe('Sep 22 04:45');
    expect(lsDate(now + 86400e9, now)).toBe('Nov 26  2026');
  });
});

describe('touch dates', () => {
  const now = 1795589788e9;
  it('-d forms (touch -d then stat -c %y)', () => {
    expect(parseDate('2020-01-02 03:04:05', now)).toBe(epochOf(2020, 1, 2, 3, 4, 5) * 1e9);
    expect(parseDate('@100', now)).toBe(100e9);
    expect(parseDate('junk', now)).toBeNull();
  });
  it('-t stamps', () => {
    expect(parseTouchStamp('202101020304.05', now)).toBe(epochOf(2021, 1, 2, 3, 4, 5) * 1e9);
    expect(parseTouchStamp('2101020304', now)).toBe(epochOf(2021, 1, 2, 3, 4) * 1e9);
    expect(parseTouchStamp('13010000', now)).toBeNull();
  });
});

import { describe, it, expect } from 'vitest';
import { gmtime, strftime } from '../../../src/userland/libc/strftime';
import { parseDate } from '../../../src/userland/libc/getdate';
import { parseDuration } from '../../../src/userland/libc/duration';

// Expected strings from GNU date 9.1 with TZ=UTC (date -d @N +FORMAT).
describe('strftime', () => {
  it('default date format', () => {
    expect(strftime('%a %b %e %H:%M:%S %Z %Y', gmtime(1795588853))).toBe('Wed Nov 25 06:40:53 UTC 2026');
  });
  it('flags, widths and less common conversions', () => {
    // date -d @0 '+%-d %_m %q %e %k %10N %3N %^a %#Z %G-%V %j %U %W %Ey %%y'
    expect(strftime('%-d %_m %q %e %k %10N %3N %^a %#Z %G-%V %j %U %W %Ey %%y', gmtime(0))).toBe(
      '1  1 1  1  0 0000000000 000 THU utc 1970-01 001 00 00 70 %y',
    );
    expect(strftime('%x%X%c', gmtime(0))).toBe('01/01/7000:00:00Thu Jan  1 00:00:00 1970');
    expect(strftime('%Y-%m-%dT%H:%M:%S,%N%:z', gmtime(86399, 500000000))).toBe(
      '1970-01-01T23:59:59,500000000+00:00',
    );
  });
  it('ISO weeks at year boundaries', () => {
    // date -d 2021-01-01 +%G-%V → 2020-53; date -d 2024-12-30 +%G-%V → 2025-01
    expect(strftime('%G-%V', gmtime(1609459200))).toBe('2020-53');
    expect(strftime('%G-%V %u', gmtime(1735516800))).toBe('2025-01 1');
  });
});

describe('parseDate', () => {
  it('understands @seconds, ISO dates and relative items', () => {
    expect(parseDate('@1795588853', 0)).toBe(1795588853);
    expect(strftime('%c', gmtime(parseDate('2024-02-29 13:05:06', 0) ?? -1))).toBe(
      'Thu Feb 29 13:05:06 2024',
    );
    expect(parseDate('2024-02-30', 0)).toBeNull();
    expect(parseDate('1 day ago', 86400 * 3)).toBe(86400 * 2);
    expect(parseDate('xyz', 0)).toBeNull();
  });
});

describe('parseDuration', () => {
  it('takes a number and one suffix letter', () => {
    expect(parseDuration('1.5m')).toBe(90);
    expect(parseDuration('2d')).toBe(172800);
    expect(parseDuration('.5')).toBe(0.5);
    expect(parseDuration('inf')).toBe(Infinity);
    expect(parseDuration('x')).toBeUndefined();
    expect(parseDuration('1ss')).toBeUndefined();
    expect(parseDuration('1x')).toBeUndefined();
  });
});

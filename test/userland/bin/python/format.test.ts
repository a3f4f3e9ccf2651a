// repr(float) and format() specs against CPython 3.11 (values printed by the real python3).

import { describe, expect, it } from 'vitest';
import { floatRepr, strRepr } from '../../../../src/userland/bin/python/reprs';
import { formatFloat, formatInt, formatStr, parseSpec } from '../../../../src/userland/bin/python/fmtspec';

describe('python float repr', () => {
  it('uses the shortest round-trip digits and switches to exponents at 1e16 and 1e-4', () => {
    const vals = [
      0.1,
      1e16,
      1e15,
      123456789012345680.0,
      1e-4,
      1e-5,
      2.5,
      -0.0,
      1 / 3,
      5e-324,
      1.7976931348623157e308,
      100.0,
      12345.678,
    ];
    expect(vals.map(floatRepr)).toEqual([
      '0.1',
      '1e+16',
      '1000000000000000.0',
      '1.2345678901234568e+17',
      '0.0001',
      '1e-05',
      '2.5',
      '-0.0',
      '0.3333333333333333',
      '5e-324',
      '1.7976931348623157e+308',
      '100.0',
      '12345.678',
    ]);
  });

  it('quotes strings like repr(str)', () => {
    expect(strRepr("it's")).toBe('"it\'s"');
    expect(strRepr('a\n\x01é"\'')).toBe("'a\\n\\x01é\"\\''");
  });
});

describe('python format specs', () => {
  const fmt = (v: number | bigint | string, spec: string): string => {
    const s = parseSpec(spec);
    return typeof v === 'string'
      ? formatStr(v, s)
      : typeof v === 'bigint'
        ? formatInt(v, s)
        : formatFloat(v, s);
  };
  it('matches format(value, spec)', () => {
    const cases: [number | bigint | string, string][] = [
      [3.14159, '.2f'],
      [2.25, '.1f'],
      [42n, '>6'],
      [42n, '06d'],
      [-42n, '+08,d'],
      [1234567.891, ',.2f'],
      [255n, '#x'],
      [0.5, '.1%'],
      [1e20, 'g'],
      [123456.0, '.3g'],
      [3.0, ''],
      [3.0, '.3'],
      ['ab', '^6'],
      ['ab', '*<5'],
      [1e-7, 'e'],
      [10n, 'b'],
    ];
    expect(cases.map(([v, s]) => fmt(v, s))).toEqual([
      '3.14',
      '2.2',
      '    42',
      '000042',
      '-000,042',
      '1,234,567.89',
      '0xff',
      '50.0%',
      '1e+20',
      '1.23e+05',
      '3.0',
      '3.0',
      '  ab  ',
      'ab***',
      '1.000000e-07',
      '1010',
    ]);
  });
});

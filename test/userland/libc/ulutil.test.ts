import { describe, expect, it } from 'vitest';
import {
  UlError,
  exclusiveOptions,
  parseS32OrErr,
  parseU32OrErr,
  strtoulOrErr,
  ulHumanSize,
} from '../../../src/userland/libc/ulutil';
import { printTable, rawEscape, ScolsTable } from '../../../src/userland/libc/scols';

describe('util-linux number parsing', () => {
  it('strtoul_or_err accepts blanks and signs, wraps negatives, and names the bad text', () => {
    expect(strtoulOrErr(' 42', 'failed to parse pid')).toBe(42n);
    // nsenter -t -5 opened /proc/4294967291/ns/uts on the reference host.
    expect(parseU32OrErr('-5', 'failed to parse pid')).toBe(4294967291);
    const e = parseU32OrErr('x', 'failed to parse uid');
    expect(e).toBeInstanceOf(UlError);
    expect((e as UlError).message).toBe("failed to parse uid: 'x'");
    expect((strtoulOrErr('99999999999999999999', 'n') as UlError).message).toBe(
      "n: '99999999999999999999': Numerical result out of range",
    );
  });

  it('strtos32_or_err rejects junk like lsns -p abc', () => {
    expect((parseS32OrErr('abc', 'invalid PID argument') as UlError).message).toBe(
      "invalid PID argument: 'abc'",
    );
    expect(parseS32OrErr('-3', 'x')).toBe(-3);
  });
});

describe('size_to_human_string', () => {
  it('matches ipcs --human on the reference host', () => {
    const sizes = [0, 1000, 1536, 1572864, 10340, 1023, 1025, 2047, 4096];
    expect(sizes.map(ulHumanSize)).toEqual([
      '0B',
      '1000B',
      '1.5K',
      '1.5M',
      '10.1K',
      '1023B',
      '1K',
      '2K',
      '4K',
    ]);
  });
});

describe('err_exclusive_options', () => {
  const groups = [
    [
      ['W', 'wdns'],
      ['w', 'wd'],
    ],
  ] as const;
  it('reports the group in ASCII order once two members meet', () => {
    const opts = [
      { key: 'w', value: undefined, spelled: '-w' },
      { key: 'W', value: '/', spelled: '-W' },
    ];
    expect(exclusiveOptions('nsenter', opts, groups)).toBe(
      'nsenter: mutually exclusive arguments: --wdns --wd',
    );
    expect(exclusiveOptions('nsenter', opts.slice(0, 1), groups)).toBeUndefined();
    expect(exclusiveOptions('nsenter', [opts[0]!, opts[0]!], groups)).toBeUndefined();
  });
});

describe('libsmartcols table', () => {
  const table = (): ScolsTable => {
    const t = new ScolsTable([
      { name: 'PID', right: true, number: true },
      { name: 'PPID', right: true, number: true },
      { name: 'COMMAND', tree: true },
    ]);
    const sh = t.add(['1', '0', 'sh -c x']);
    t.add(['2', '1', 'sleep 1'], sh);
    t.add(['7', '1', 'lsns'], sh);
    return t;
  };

  it('draws the process tree like lsns NAMESPACE', () => {
    // lsns -o PID,PPID,COMMAND <ns> on the reference host.
    expect(printTable(table())).toBe(
      'PID PPID COMMAND\n  1    0 sh -c x\n  2    1 ├─sleep 1\n  7    1 └─lsns\n',
    );
  });

  it('raw output escapes blanks and the tree drawing', () => {
    expect(printTable(table(), { raw: true, noHeadings: true })).toBe(
      '1 0 sh\\x20-c\\x20x\n2 1 \\xe2\\x94\\x9c\\xe2\\x94\\x80sleep\\x201\n7 1 \\xe2\\x94\\x94\\xe2\\x94\\x80lsns\n',
    );
    expect(rawEscape('a\\b')).toBe('a\\x5cb');
  });

  it('JSON nests children and prints empty cells as null', () => {
    const t = new ScolsTable([{ name: 'NS', right: true, number: true }, { name: 'NSFS' }]);
    t.add(['4026531838', '']);
    expect(printTable(t, { json: true, name: 'namespaces' })).toBe(
      '{\n   "namespaces": [\n      {\n         "ns": 4026531838,\n         "nsfs": null\n      }\n   ]\n}\n',
    );
    expect(printTable(table(), { json: true, name: 'x' })).toContain(
      '         "command": "sh -c x",\n         "children": [\n            {\n               "pid": 2,',
    );
  });

  it('header width counts even without headings; the last column is not padded', () => {
    const t = new ScolsTable([
      { name: 'NS', right: true },
      { name: 'PID', right: true },
    ]);
    t.add(['4026531860', '25']);
    expect(printTable(t, { noHeadings: true })).toBe('4026531860  25\n');
  });
});

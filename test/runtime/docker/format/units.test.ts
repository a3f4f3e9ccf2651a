// go-units and --cpus parsing. HumanDuration cases are go-units' own documented examples
// (duration_test.go); sizes and parse errors are what the real docker 28.2.2 CLI printed
// (`docker ps --format '{{.Size}}'`, `docker images --format '{{.VirtualSize}}'`, `docker run -m X`,
// `docker run --cpus X`).
import { describe, expect, it } from 'vitest';
import {
  bytesSize,
  cpusFlagError,
  fromHumanSize,
  humanDuration,
  humanSize,
  humanSizeWithPrecision,
  parseCPUs,
  ramInBytes,
} from '../../../../src/runtime/docker/format';

const S = 1e9;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration', () => {
  it.each([
    [0.45 * S, 'Less than a second'],
    [1 * S, '1 second'],
    [45 * S, '45 seconds'],
    [59 * S, '59 seconds'],
    [60 * S, 'About a minute'],
    [3 * M, '3 minutes'],
    [35 * M + 40 * S, '35 minutes'],
    [59 * M, '59 minutes'],
    [1 * H, 'About an hour'],
    [1 * H + 29 * M, 'About an hour'],
    [1 * H + 31 * M, '2 hours'],
    [3 * H + 29 * M, '3 hours'],
    [3 * H + 31 * M, '4 hours'],
    [24 * H, '24 hours'],
    [1 * D + 12 * H, '36 hours'],
    [2 * D, '2 days'],
    [13 * D + 5 * H, '13 days'],
    [2 * 7 * D, '2 weeks'],
    [4 * 7 * D + 3 * D, '4 weeks'],
    [30 * D, '4 weeks'],
    [30 * D + 14 * D, '6 weeks'],
    [60 * D, '2 months'],
    [5 * 30 * D + 14 * D, '5 months'],
    [24 * 30 * D, '24 months'],
    [24 * 30 * D + 14 * D, '2 years'],
    [3 * 365 * D + 60 * D, '3 years'],
  ])('%d ns → %s', (ns, expected) => {
    expect(humanDuration(ns)).toBe(expected);
  });
});

describe('sizes', () => {
  const sizes = [
    0, 6, 999, 1000, 1093, 5600, 999499, 999500, 1980000, 187654321, 1e9, 1.5e12, 123456789012345,
  ];
  it('HumanSizeWithPrecision(size, 3) as docker ps SIZE prints it', () => {
    expect(sizes.map((s) => humanSizeWithPrecision(s, 3)).join(' ')).toBe(
      '0B 6B 999B 1kB 1.09kB 5.6kB 999kB 1e+03kB 1.98MB 188MB 1GB 1.5TB 123TB',
    );
  });
  it('HumanSize as docker images {{.VirtualSize}} prints it', () => {
    expect(sizes.map(humanSize).join(' ')).toBe(
      '0B 6B 999B 1kB 1.093kB 5.6kB 999.5kB 999.5kB 1.98MB 187.7MB 1GB 1.5TB 123.5TB',
    );
  });
  it('BytesSize as docker stats MEM USAGE prints it', () => {
    expect([8388608, 67108864, 1.5 * 2 ** 30, 8131584, 0, 1023].map(bytesSize).join(' ')).toBe(
      '8MiB 64MiB 1.5GiB 7.755MiB 0B 1023B',
    );
  });
});

describe('RAMInBytes / FromHumanSize', () => {
  it.each([
    ['64m', 67108864],
    ['4k', 4096],
    ['1g', 1073741824],
    ['1.5g', 1610612736],
    ['1KiB', 1024],
    ['1kb', 1024],
    ['1 k', 1024],
    ['1e3', 1000],
    ['1 ', 1],
    ['512', 512],
  ])('RAMInBytes(%s) = %d', (s, n) => {
    expect(ramInBytes(s)).toEqual({ value: n });
  });
  it.each([
    ['x', "invalid size: 'x'"],
    ['k', "invalid size: 'k'"],
    ['', "invalid size: ''"],
    ['-1', "invalid size: '-1'"],
    ['12Q', "invalid suffix: 'q'"],
    ['1kx', "invalid suffix: 'kx'"],
    ['1KBXY', "invalid suffix: 'KBXY'"],
    ['1.5.1', 'strconv.ParseFloat: parsing "1.5.1": invalid syntax'],
    [' 1k', 'strconv.ParseFloat: parsing " 1": invalid syntax'],
    ['0x10', 'strconv.ParseFloat: parsing "0x10": invalid syntax'],
  ])('RAMInBytes(%j) fails: %s', (s, error) => {
    expect(ramInBytes(s)).toEqual({ error });
  });
  it('FromHumanSize uses decimal multiples', () => {
    expect(fromHumanSize('44kB')).toEqual({ value: 44000 });
    expect(fromHumanSize('17MB')).toEqual({ value: 17000000 });
  });
});

describe('--cpus', () => {
  it('gives nano-CPUs for rational numbers', () => {
    expect(parseCPUs('1.5')).toEqual({ value: 1500000000 });
    expect(parseCPUs('3/2')).toEqual({ value: 1500000000 });
    expect(parseCPUs('2')).toEqual({ value: 2000000000 });
    expect(parseCPUs('0.000000001')).toEqual({ value: 1 });
  });
  it('reports docker run --cpus errors', () => {
    const err = (v: string) => {
      const r = parseCPUs(v);
      return 'error' in r ? cpusFlagError(v, r.error) : '';
    };
    expect(err('x')).toBe('invalid argument "x" for "--cpus" flag: failed to parse x as a rational number');
    expect(err('1.5.1')).toBe(
      'invalid argument "1.5.1" for "--cpus" flag: failed to parse 1.5.1 as a rational number',
    );
    expect(err('0.0000000001')).toBe(
      'invalid argument "0.0000000001" for "--cpus" flag: value is too precise',
    );
  });
});

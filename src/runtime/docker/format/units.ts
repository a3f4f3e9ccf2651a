// docker/go-units (v0.5: duration.go, size.go) and docker/cli's opts.NanoCPUs: the human
// durations of "Up 5 seconds" / "2 hours ago", the sizes of docker ps/images/history/stats
// (decimal "1.98MB" with Go's %.3g, binary "64MiB" with %.4g), and the size and CPU parsers
// behind --memory, --shm-size and --cpus, with their error texts.

import { general } from '../../../userland/libc/fmtnum';
import { goQuote } from '../../build/go-fmt';

const NS_PER_SECOND = 1e9;

/** units.HumanDuration of a duration in nanoseconds ("Less than a second" … "3 years"). */
export function humanDuration(ns: number): string {
  const seconds = Math.trunc(ns / NS_PER_SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ns / (60 * NS_PER_SECOND));
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ns / (3600 * NS_PER_SECOND) + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ns / (3600 * NS_PER_SECOND)) / 24 / 365)} years`;
}

const DECIMAL_ABBRS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_ABBRS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** Go's %.<prec>g (shortest digits, no trailing zeros, two-digit exponents). */
export function goG(x: number, prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  return (x < 0 ? '-' : '') + general(Math.abs(x), prec);
}

/** units.CustomSize: the size scaled by `base` until below it, printed with %.<prec>g + unit. */
function customSize(size: number, prec: number, base: number, abbrs: readonly string[]): string {
  let i = 0;
  while (size >= base && i < abbrs.length - 1) {
    size /= base;
    i++;
  }
  return goG(size, prec) + abbrs[i];
}

/** units.HumanSizeWithPrecision: decimal units ("0B", "6B", "1.98MB", "5.6kB" with precision 3). */
export function humanSizeWithPrecision(size: number, precision: number): string {
  return customSize(size, precision, 1000, DECIMAL_ABBRS);
}

/** units.HumanSize: HumanSizeWithPrecision with 4 digits ("187.7MB"). */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** units.BytesSize: binary units with %.4g ("64MiB", "1.5GiB", "7.755MiB"). */
export function bytesSize(size: number): string {
  return customSize(size, 4, 1024, BINARY_ABBRS);
}

export type Parsed = { readonly value: number } | { readonly error: string };

/** strconv.ParseFloat(s, 64) for decimal syntax, with its error texts. */
export function parseGoFloat(s: string): Parsed {
  const ok = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s) || /^[+-]?(?:inf|infinity|nan)$/i.test(s);
  if (!ok) return { error: `strconv.ParseFloat: parsing ${goQuote(s)}: invalid syntax` };
  const v = /nan/i.test(s) ? NaN : /inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : Number(s);
  if (!/inf|nan/i.test(s) && !Number.isFinite(v)) {
    return { error: `strconv.ParseFloat: parsing ${goQuote(s)}: value out of range` };
  }
  return { value: v };
}

function parseSize(sizeStr: string, mult: number): Parsed {
  const sep = Math.max(...[...'0123456789. '].map((c) => sizeStr.lastIndexOf(c)));
  if (sep < 0) return { error: `invalid size: '${sizeStr}'` };
  const num = sizeStr[sep] === ' ' ? sizeStr.slice(0, sep) : sizeStr.slice(0, sep + 1);
  let sfx = sizeStr.slice(sep + 1);
  const f = parseGoFloat(num);
  if ('error' in f) return f;
  if (f.value < 0) return { error: `invalid size: '${sizeStr}'` };
  if (sfx === '') return { value: Math.trunc(f.value) };
  const bad = { error: `invalid suffix: '${sfx.length > 3 ? sfx : sfx.toLowerCase()}'` };
  if (sfx.length > 3) return bad;
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? bad : { value: Math.trunc(f.value) };
  const power = 'kmgtp'.indexOf(sfx[0] ?? '');
  if (power < 0) return bad;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) return bad;
  return { value: Math.trunc(f.value * mult ** (power + 1)) };
}

/** units.RAMInBytes: "64m" → 67108864 (binary multiples, case-insensitive, optional b / ib). */
export function ramInBytes(s: string): Parsed {
  return parseSize(s, 1024);
}

/** units.FromHumanSize: "44kB" → 44000 (decimal multiples). */
export function fromHumanSize(s: string): Parsed {
  return parseSize(s, 1000);
}

/** opts.ParseCPUs (--cpus): a rational number of CPUs as nano-CPUs ("1.5" → 1500000000). */
export function parseCPUs(value: string): Parsed {
  const frac = /^([+-]?)(?:(\d+)\/(\d+)|(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?)$/.exec(value);
  const [, sign = '', num, den, int = '', dec = '', exp = '0'] = frac ?? [];
  if (!frac || (num === undefined && int === '' && dec === '') || den === '0') {
    return { error: `failed to parse ${value} as a rational number` };
  }
  // Exact rational arithmetic: numerator / denominator * 1e9 must be an integer.
  let n: bigint;
  let d: bigint;
  if (num !== undefined && den !== undefined) {
    n = BigInt(num);
    d = BigInt(den);
  } else {
    n = BigInt((int || '0') + dec);
    d = 10n ** BigInt(dec.length);
    const e = Number(exp);
    if (e >= 0) n *= 10n ** BigInt(e);
    else d *= 10n ** BigInt(-e);
  }
  n *= 1_000_000_000n;
  if (n % d !== 0n) return { error: 'value is too precise' };
  const nano = Number(n / d);
  return { value: sign === '-' ? -nano : nano };
}

/** The --cpus flag error as the docker CLI prints it. */
export function cpusFlagError(value: string, error: string): string {
  return `invalid argument ${goQuote(value)} for "--cpus" flag: ${error}`;
}

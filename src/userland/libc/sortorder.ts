// The orderings sort(1) compares keys by: numeric (-n), general numeric (-g), human (-h), month
// (-M), version (-V), and text with -f -d -i; plus the whole-line comparison with keys.

import type { KeyOpts, SortConfig } from './sortcmp';
import { extractKey } from './sortcmp';

export function byteCmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** -n: leading blanks, optional '-', digits with an optional fraction; anything else is 0. */
function numericValue(s: string): number {
  const m = /^[ \t]*(-?)(\d*)(?:\.(\d*))?/.exec(s)!;
  if (m[2] === '' && (m[3] === undefined || m[3] === '')) return 0;
  const v = Number(`${m[2] || '0'}.${m[3] ?? ''}`);
  return m[1] === '-' ? -v : v;
}

const HUMAN = 'KMGTPEZYRQ';

function humanValue(s: string): [number, number] {
  const m = /^[ \t]*(-?\d*(?:\.\d*)?)([KMGTPEZYRQk]?)/.exec(s)!;
  const v = numericValue(m[1]!);
  const suffix = m[2] === '' ? 0 : m[2] === 'k' ? 1 : HUMAN.indexOf(m[2]!) + 1;
  return [Math.sign(v) * suffix, v];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

function monthValue(s: string): number {
  return MONTHS.indexOf(s.trimStart().slice(0, 3).toUpperCase()) + 1;
}

/** -g: [rank, value]; non-numbers sort first, then NaN, then numbers. */
function generalValue(s: string): [number, number] {
  const m = /^[ \t]*([+-]?(?:inf(?:inity)?|nan|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))/i.exec(s);
  if (!m) return [0, 0];
  const v = Number(m[1]!.replace(/^([+-]?)inf(inity)?$/i, '$1Infinity'));
  return Number.isNaN(v) ? [1, 0] : [2, v];
}

/** GNU filevercmp, simplified: compare runs of digits numerically and other runs bytewise. */
export function versionCmp(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i]!;
    const y = rb[i]!;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d < 0 ? -1 : 1;
    } else if (dx !== dy) return dx ? -1 : 1;
    else if (x !== y) return byteCmp(x, y);
  }
  return ra.length - rb.length;
}

function textOf(s: string, o: KeyOpts): string {
  let t = s;
  if (o.dictionary) t = t.replace(/[^A-Za-z0-9 \t]/g, '');
  else if (o.ignoreNonprinting) t = t.replace(/[^\x20-\x7e]/g, '');
  if (o.fold) t = t.toUpperCase();
  return t;
}

/** Compare two key strings under options (without reversal). */
export function compareKey(a: string, b: string, o: KeyOpts): number {
  if (o.numeric) return Math.sign(numericValue(a) - numericValue(b));
  if (o.human) {
    const [sa, va] = humanValue(a);
    const [sb, vb] = humanValue(b);
    return sa !== sb ? Math.sign(sa - sb) : Math.sign(va - vb);
  }
  if (o.general) {
    const [rx, x] = generalValue(a);
    const [ry, y] = generalValue(b);
    if (rx !== ry) return rx - ry;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (o.month) return Math.sign(monthValue(a) - monthValue(b));
  if (o.version) return versionCmp(a, b);
  return byteCmp(textOf(a, o), textOf(b, o));
}

/** Compare by keys only (what -u uses); 0 means equal. */
export function compareByKeys(a: string, b: string, cfg: SortConfig): number {
  if (cfg.keys.length === 0) {
    const g = cfg.global;
    const c = g.blanksStart
      ? compareKey(a.replace(/^[ \t]+/, ''), b.replace(/^[ \t]+/, ''), g)
      : compareKey(a, b, g);
    return cfg.global.reverse ? -c : c;
  }
  for (const k of cfg.keys) {
    let ka = extractKey(a, k, cfg.tab);
    let kb = extractKey(b, k, cfg.tab);
    if (k.blanksEnd) {
      ka = ka.trimEnd();
      kb = kb.trimEnd();
    }
    const c = compareKey(ka, kb, k);
    if (c !== 0) return k.reverse ? -c : c;
  }
  return 0;
}

/** The full comparison: keys, then the last-resort byte comparison unless -s or -u. */
export function compareLines(a: string, b: string, cfg: SortConfig): number {
  const c = compareByKeys(a, b, cfg);
  if (c !== 0 || cfg.stable || cfg.unique) return c;
  const last = byteCmp(a, b);
  return cfg.global.reverse ? -last : last;
}

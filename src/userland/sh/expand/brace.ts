// Brace expansion (bash's braces.c): {a,b,c} alternatives (nested), {1..10}, {a..e}, {01..10..2}.
// It runs first, on the unexpanded word: only unquoted braces and commas count. The number of
// words it may produce is capped so `echo {1..100000000}` fails with an error instead of a hang.

import type { WordPart } from '../ast';

export const BRACE_LIMIT = 1_000_000;

export class BraceLimit extends Error {
  constructor(readonly count: number) {
    super(`brace expansion: failed to allocate memory for ${count} elements`);
  }
}

type Item = string | WordPart;

function toItems(parts: readonly WordPart[]): Item[] {
  const items: Item[] = [];
  for (const p of parts) {
    if (p.k === 'lit') for (const c of p.v) items.push(c);
    else items.push(p);
  }
  return items;
}

function toParts(items: readonly Item[]): WordPart[] {
  const parts: WordPart[] = [];
  let lit = '';
  for (const it of items) {
    if (typeof it === 'string') lit += it;
    else {
      if (lit) parts.push({ k: 'lit', v: lit });
      lit = '';
      parts.push(it);
    }
  }
  if (lit) parts.push({ k: 'lit', v: lit });
  return parts;
}

/** True if the word might need brace expansion. */
export function hasBraces(parts: readonly WordPart[]): boolean {
  return parts.some((p) => p.k === 'lit' && p.v.includes('{') && p.v.includes('}')) || hasSplitBraces(parts);
}

function hasSplitBraces(parts: readonly WordPart[]): boolean {
  let open = false;
  for (const p of parts) {
    if (p.k !== 'lit') continue;
    if (p.v.includes('{')) open = true;
    if (open && p.v.includes('}')) return true;
  }
  return false;
}

export function braceExpand(parts: readonly WordPart[]): WordPart[][] {
  const counter = { n: 0 };
  return expand(toItems(parts), counter).map(toParts);
}

function expand(items: Item[], counter: { n: number }): Item[][] {
  for (let i = 0; i < items.length; i++) {
    if (items[i] !== '{' || (i > 0 && items[i - 1] === '$')) continue;
    const found = findClose(items, i);
    if (!found) continue;
    const { close, commas } = found;
    const prefix = items.slice(0, i);
    const suffix = items.slice(close + 1);
    let alts: Item[][];
    if (commas.length > 0) {
      alts = [];
      let start = i + 1;
      for (const c of [...commas, close]) {
        alts.push(items.slice(start, c));
        start = c + 1;
      }
    } else {
      const inner = items.slice(i + 1, close);
      if (inner.some((x) => typeof x !== 'string')) continue;
      const seq = sequence(inner.join(''), counter);
      if (!seq) continue;
      alts = seq.map((s) => [...s]);
    }
    const tails = expand(suffix, counter);
    const heads = alts.flatMap((alt) => expand(alt, counter));
    const total = heads.length * tails.length;
    if (total > BRACE_LIMIT) throw new BraceLimit(total);
    counter.n += total;
    if (counter.n > BRACE_LIMIT) throw new BraceLimit(counter.n);
    const out: Item[][] = [];
    for (const a of heads) for (const t of tails) out.push([...prefix, ...a, ...t]);
    return out;
  }
  return [items];
}

function findClose(items: Item[], open: number): { close: number; commas: number[] } | undefined {
  let depth = 0;
  const commas: number[] = [];
  for (let j = open + 1; j < items.length; j++) {
    const c = items[j];
    if (c === '{' && items[j - 1] !== '$') depth++;
    else if (c === '}') {
      if (depth === 0) return { close: j, commas };
      depth--;
    } else if (c === ',' && depth === 0) commas.push(j);
  }
  return undefined;
}

function sequence(text: string, counter: { n: number }): string[] | undefined {
  const num = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/.exec(text);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    let step = Math.abs(Number(num[3] ?? 1)) || 1;
    const count = Math.floor(Math.abs(b - a) / step) + 1;
    if (count + counter.n > BRACE_LIMIT) throw new BraceLimit(count);
    const width = [num[1]!, num[2]!].some((s) => /^[-+]?0\d/.test(s))
      ? Math.max(num[1]!.length, num[2]!.length)
      : 0;
    if (b < a) step = -step;
    const out: string[] = [];
    for (let v = a; step > 0 ? v <= b : v >= b; v += step) out.push(pad(v, width));
    return out;
  }
  const chr = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.([-+]?\d+))?$/.exec(text);
  if (chr) {
    const a = chr[1]!.charCodeAt(0);
    const b = chr[2]!.charCodeAt(0);
    let step = Math.abs(Number(chr[3] ?? 1)) || 1;
    if (b < a) step = -step;
    const out: string[] = [];
    for (let v = a; step > 0 ? v <= b : v >= b; v += step) out.push(String.fromCharCode(v));
    return out;
  }
  return undefined;
}

function pad(v: number, width: number): string {
  const s = String(Math.abs(v)).padStart(v < 0 ? width - 1 : width, '0');
  return v < 0 ? '-' + s : s;
}

// The memory figures procps derives from /proc/meminfo (library/meminfo.c), shared by free and top,
// and free's size scaling (scale_size in free.c).

import { fixed } from './fmtnum';

/** All in kB, as procps computes them. */
export interface MemFigures {
  readonly total: number;
  readonly free: number;
  readonly used: number;
  readonly shared: number;
  readonly buffers: number;
  /** Cached + SReclaimable */
  readonly cached: number;
  readonly available: number;
  readonly swapTotal: number;
  readonly swapFree: number;
  readonly swapUsed: number;
}

export function memFigures(m: Map<string, number>): MemFigures {
  const get = (k: string): number => m.get(k) ?? 0;
  const total = get('MemTotal');
  const free = get('MemFree');
  let available = get('MemAvailable');
  if (available === 0 || available > total) available = free;
  let used = total - available;
  if (used < 0) used = total - free;
  const swapTotal = get('SwapTotal');
  const swapFree = get('SwapFree');
  return {
    total,
    free,
    used,
    shared: get('Shmem'),
    buffers: get('Buffers'),
    cached: get('Cached') + get('SReclaimable'),
    available,
    swapTotal,
    swapFree,
    swapUsed: swapFree < swapTotal ? swapTotal - swapFree : 0,
  };
}

export interface ScaleOptions {
  /** 0: kB (default), 1: bytes, 2: kilo/kibi, 3: mega/mebi, ... */
  readonly exponent: number;
  readonly si: boolean;
  readonly human: boolean;
}

const UNITS = ['B', 'K', 'M', 'G', 'T', 'P'];

/** free's scale_size: a kB figure as free prints it. */
export function scaleSize(kb: number, o: ScaleOptions): string {
  const base = o.si ? 1000 : 1024;
  const bytes = kb * 1024;
  if (!o.human) {
    if (o.exponent === 0) return String(Math.trunc(bytes / base));
    if (o.exponent === 1) return String(bytes);
    return String(Math.trunc(bytes / base ** (o.exponent - 1)));
  }
  if (`${bytes}B`.length <= 4) return `${bytes}B`;
  let text = '';
  for (let i = 1; i < UNITS.length; i++) {
    // C computes (float)(bytes / power(base, i)) and prints it with %.1f.
    const v = Math.fround(bytes / base ** i);
    const suffix = o.si ? UNITS[i]! : UNITS[i]! + 'i';
    const limit = o.si ? 4 : 5;
    text = fixed(v, 1) + suffix;
    if (text.length <= limit) return text;
    text = String(Math.trunc(bytes / base ** i)) + suffix;
    if (text.length <= limit) return text;
  }
  return text;
}

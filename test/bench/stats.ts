// Shared arithmetic for the benches: nearest-rank percentiles of latency samples, and operation
// rates from a loop timed with performance.now().

export interface Stats {
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  readonly runs: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean, runs: samples.length };
}

/** Times `runs` calls of `once` (ms each) after `warmup` untimed ones. */
export function sample(warmup: number, runs: number, once: () => void): Stats {
  for (let i = 0; i < warmup; i++) once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    once();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/** Windows per rate: the best one is kept, since other load on a shared host only slows a window. */
export const WINDOWS = 5;
export const WINDOW_MS = 100;

/**
 * Operations per second of `op(i)` (i counts up from 0): `warmup` untimed calls, then WINDOWS
 * windows of at least WINDOW_MS of wall time (the clock read every 64 calls); the best window wins.
 */
export function opsPerSecond(op: (i: number) => void, warmup = 200): number {
  let i = 0;
  for (; i < warmup; i++) op(i);
  let best = 0;
  for (let w = 0; w < WINDOWS; w++) {
    let done = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < WINDOW_MS) {
      for (let j = 0; j < 64; j++) op(i + done++);
      elapsed = performance.now() - start;
    }
    i += done;
    best = Math.max(best, (done / elapsed) * 1000);
  }
  return best;
}

export const fmtMs = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? '—' : x.toFixed(3);

/** 123456 → "123k", 1234567 → "1.23M". */
export function fmtRate(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return '—';
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)}M`;
  if (x >= 1e4) return `${(x / 1e3).toFixed(0)}k`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)}k`;
  return x.toFixed(0);
}

/** A text table: first column left-aligned, the rest right-aligned. */
export function textTable(head: readonly string[], body: readonly (readonly string[])[]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)];
}

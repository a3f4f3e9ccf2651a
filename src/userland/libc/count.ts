// Counts given to head/tail -n/-c (and similar): an optional sign, digits and GNU's multiplier
// suffixes (b=512, kB=1000, K/KiB=1024, MB, M, ... up to Y).

export interface Count {
  readonly value: number;
  /** '+' for "starting at", '-' for "all but the last", '' for plain. */
  readonly sign: '' | '+' | '-';
}

const SUFFIX: Record<string, number> = { b: 512, '': 1 };
'KMGTPEZY'.split('').forEach((l, i) => {
  SUFFIX[l] = 1024 ** (i + 1);
  SUFFIX[`${l}iB`] = 1024 ** (i + 1);
  SUFFIX[`${l}B`] = 1000 ** (i + 1);
});
SUFFIX['k'] = 1024;
SUFFIX['kB'] = 1000;

/** Parse e.g. "10", "-5", "+2", "1K"; null if invalid. Values beyond 2^53 are capped. */
export function parseCount(text: string): Count | null {
  const m = /^([+-]?)(\d+)([a-zA-Z]*)$/.exec(text);
  if (!m) return null;
  const mult = SUFFIX[m[3]!];
  if (mult === undefined) return null;
  const value = Math.min(Number(m[2]) * mult, Number.MAX_SAFE_INTEGER);
  return { value, sign: m[1] as Count['sign'] };
}

/** Rewrite the obsolete `head -5` / `tail -5` / `tail +5` first argument to `-n 5` forms. */
export function obsoleteCount(argv: readonly string[], allowPlus: boolean): string[] {
  const a = argv[1];
  if (a === undefined) return [...argv];
  const m = /^([+-])(\d+)([bcl]?)([fqv]*)$/.exec(a);
  if (!m || (m[1] === '+' && !allowPlus)) return [...argv];
  const opt = m[3] === 'c' ? '-c' : '-n';
  const mult = m[3] === 'b' ? 'b' : '';
  const value = (m[1] === '+' ? '+' : '') + m[2] + mult;
  const extra = m[4] ? [`-${m[4]}`] : [];
  return [argv[0]!, opt, value, ...extra, ...argv.slice(2)];
}

// pip's command-line parsing (Python's optparse): long options with unique-prefix abbreviation,
// "--opt=value" or "--opt value", clustered short flags, optparse's error texts, and difflib-like
// "maybe you meant" guesses for mistyped commands.

export interface OptDef {
  readonly key: string;
  readonly long: string;
  readonly short?: string;
  readonly arg?: boolean;
}

export interface Parsed {
  readonly values: Map<string, string[]>;
  readonly operands: string[];
}

function findLong(defs: readonly OptDef[], name: string): OptDef | string {
  const exact = defs.find((d) => d.long === name);
  if (exact !== undefined) return exact;
  const hits = defs.filter((d) => d.long.startsWith(name));
  if (hits.length === 1) return hits[0]!;
  if (hits.length === 0) return `no such option: --${name}`;
  return `ambiguous option: --${name} (${hits.map((h) => `--${h.long}`).join(', ')}?)`;
}

/** Parse options (interspersed with operands unless `stopAtOperand`); a string is optparse's error. */
export function parseOptions(
  args: readonly string[],
  defs: readonly OptDef[],
  stopAtOperand = false,
): Parsed | string {
  const values = new Map<string, string[]>();
  const operands: string[] = [];
  const add = (d: OptDef, v: string): void => void values.set(d.key, [...(values.get(d.key) ?? []), v]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const d = findLong(defs, a.slice(2, eq < 0 ? undefined : eq));
      if (typeof d === 'string') return d;
      if (!d.arg && eq >= 0) return `--${d.long} option does not take a value`;
      if (!d.arg) add(d, '');
      else if (eq >= 0) add(d, a.slice(eq + 1));
      else if (i + 1 < args.length) add(d, args[++i]!);
      else return `--${d.long} option requires 1 argument`;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const d = defs.find((x) => x.short === a[j]);
        if (d === undefined) return `no such option: -${a[j]}`;
        if (!d.arg) {
          add(d, '');
          continue;
        }
        if (j + 1 < a.length) add(d, a.slice(j + 1));
        else if (i + 1 < args.length) add(d, args[++i]!);
        else return `-${d.short} option requires 1 argument`;
        break;
      }
      continue;
    }
    if (stopAtOperand) {
      operands.push(...args.slice(i));
      break;
    }
    operands.push(a);
  }
  return { values, operands };
}

/** Matching characters of difflib.SequenceMatcher (longest common blocks, recursively). */
function matchCount(a: string, b: string): number {
  let best = 0;
  let ai = 0;
  let bi = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) [best, ai, bi] = [k, i, j];
    }
  if (best === 0) return 0;
  return (
    best + matchCount(a.slice(0, ai), b.slice(0, bi)) + matchCount(a.slice(ai + best), b.slice(bi + best))
  );
}

/** difflib.get_close_matches(name, commands)[0], as pip's get_similar_commands. */
export function similarCommand(name: string, commands: readonly string[]): string | undefined {
  let best: string | undefined;
  let score = 0.6;
  for (const c of commands) {
    const r = (2 * matchCount(name, c)) / (name.length + c.length);
    if (r >= score && (best === undefined || r > score)) [best, score] = [c, r];
  }
  return best;
}

// Builder flags (`COPY --from=build`, `HEALTHCHECK --interval=5s`): BuildKit's BFlags.Parse,
// with its error texts. Each instruction declares the flags it knows; anything else is an error.

export type FlagSpec = Record<string, 'string' | 'bool'>;

/** Parses raw `--name[=value]` words against `spec`; returns values by name or an error text. */
export function parseFlags(
  raw: readonly string[],
  spec: FlagSpec,
): { values: Record<string, string> } | { error: string } {
  const values: Record<string, string> = {};
  const used = new Set<string>();
  for (const word of raw) {
    if (!word.startsWith('--')) return { error: `Arg should start with -- : ${word}` };
    if (word === '--') break;
    let name = word.slice(2);
    let value = '';
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const type = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (type === undefined) return { error: `Unknown flag: ${name}` };
    if (used.has(name)) return { error: `Duplicate flag specified: ${name}` };
    used.add(name);
    if (type === 'string') {
      if (eq < 0) return { error: `Missing a value on flag: ${name}` };
      values[name] = value;
      continue;
    }
    if (eq >= 0 && value === '') return { error: `Missing a value on flag: ${name}` };
    const lower = value.toLowerCase();
    if (lower !== '' && lower !== 'true' && lower !== 'false') {
      return { error: `Expecting boolean value for flag ${name}, not: ${value}` };
    }
    values[name] = lower === '' ? 'true' : lower;
  }
  return { values };
}

// A small pflag-style option reader for the docker subcommands: --long value, --long=value,
// -s value, grouped -it, repeatable options; option parsing stops at the first operand when
// `interspersed` is false (docker run IMAGE COMMAND…).

export interface OptSpec {
  readonly bools?: readonly string[];
  readonly values?: readonly string[];
  readonly multi?: readonly string[];
  /** Short letter → long name. */
  readonly short?: Readonly<Record<string, string>>;
  readonly interspersed?: boolean;
}

export interface Parsed {
  readonly flags: Map<string, string | boolean>;
  readonly lists: Map<string, string[]>;
  readonly args: string[];
}

export type ParseOutcome = Parsed | { readonly error: string };

/**
 * `known`: the flags docker's full parser accepted for this command (name → value); a long flag
 * missing from `spec` but present there is skipped with its value instead of rejected.
 */
export function parseArgs(
  argv: readonly string[],
  known: Readonly<Record<string, unknown>>,
  spec: OptSpec,
): ParseOutcome {
  const flags = new Map<string, string | boolean>();
  const lists = new Map<string, string[]>();
  const args: string[] = [];
  const isBool = (n: string) => spec.bools?.includes(n) ?? false;
  const isMulti = (n: string) => spec.multi?.includes(n) ?? false;
  const inSpec = (n: string) => isBool(n) || isMulti(n) || (spec.values?.includes(n) ?? false);
  const set = (n: string, v: string | boolean) => {
    if (isMulti(n)) lists.set(n, [...(lists.get(n) ?? []), String(v)]);
    else flags.set(n, v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (!inSpec(name)) {
        if (!(name in known)) return { error: `unknown flag: --${name}` };
        if (typeof known[name] !== 'boolean' && eq < 0) i++;
        continue;
      }
      if (isBool(name)) set(name, eq > 0 ? a.slice(eq + 1) !== 'false' : true);
      else if (eq > 0) set(name, a.slice(eq + 1));
      else if (i + 1 < argv.length) set(name, argv[++i] ?? '');
      else return { error: `flag needs an argument: --${name}` };
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j] ?? '';
        const name = spec.short?.[ch];
        if (!name) return { error: `unknown shorthand flag: '${ch}' in ${a}` };
        if (isBool(name)) {
          set(name, true);
          continue;
        }
        const rest = a.slice(j + 1);
        if (rest !== '') set(name, rest.startsWith('=') ? rest.slice(1) : rest);
        else if (i + 1 < argv.length) set(name, argv[++i] ?? '');
        else return { error: `flag needs an argument: '${ch}' in -${ch}` };
        break;
      }
      continue;
    }
    if (spec.interspersed === false) {
      args.push(...argv.slice(i));
      break;
    }
    args.push(a);
  }
  return { flags, lists, args };
}

export function flagStr(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function flagBool(p: Parsed, name: string): boolean {
  return p.flags.get(name) === true;
}

// getopt_long(3) as GNU programs use it: clustered short options (-la), attached or separate
// arguments (-n5, -n 5, --lines=5, --lines 5), unambiguous long-option prefixes, `--`, and
// permutation (options may follow operands unless POSIXLY_CORRECT or a leading '+').

export interface OptionSpec {
  /** The key the parsed option is reported under. */
  readonly key: string;
  /** Short letter, e.g. 'n'. */
  readonly short?: string;
  /** Long name without dashes, e.g. 'lines'. */
  readonly long?: string;
  /** Whether it takes an argument. 'optional' arguments must be attached (--color=auto). */
  readonly arg?: boolean | 'optional';
}

export interface ParsedOption {
  readonly key: string;
  readonly value: string | undefined;
  /** How it was written, e.g. '-n' or '--lines'. */
  readonly spelled: string;
}

export type ParseResult =
  | { readonly ok: true; readonly options: ParsedOption[]; readonly operands: string[] }
  | { readonly ok: false; readonly message: string };

export interface ParseConfig {
  /** Stop at the first operand (POSIX / '+' behaviour). */
  readonly stopAtOperand?: boolean;
}

export function getopt(
  prog: string,
  argv: readonly string[],
  specs: readonly OptionSpec[],
  config: ParseConfig = {},
): ParseResult {
  const options: ParsedOption[] = [];
  const operands: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    i++;
    if (arg === '--') {
      operands.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('--')) {
      const r = parseLong(prog, arg, specs, argv, i);
      if (typeof r === 'string') return { ok: false, message: r };
      options.push(r.option);
      i = r.next;
    } else if (arg.startsWith('-') && arg.length > 1) {
      const r = parseShortCluster(prog, arg, specs, argv, i, options);
      if (typeof r === 'string') return { ok: false, message: r };
      i = r;
    } else {
      operands.push(arg);
      if (config.stopAtOperand) {
        operands.push(...argv.slice(i));
        break;
      }
    }
  }
  return { ok: true, options, operands };
}

function parseLong(
  prog: string,
  arg: string,
  specs: readonly OptionSpec[],
  argv: readonly string[],
  next: number,
): { option: ParsedOption; next: number } | string {
  const eq = arg.indexOf('=');
  const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
  const attached = eq < 0 ? undefined : arg.slice(eq + 1);
  const exact = specs.find((s) => s.long === name);
  const candidates = exact ? [exact] : specs.filter((s) => s.long?.startsWith(name));
  const distinct = [...new Set(candidates.map((s) => s.key))];
  if (candidates.length === 0) return `${prog}: unrecognized option '${eq < 0 ? arg : arg.slice(0, eq)}'`;
  if (distinct.length > 1) {
    const list = candidates.map((s) => `'--${s.long}'`).join(' ');
    return `${prog}: option '${arg}' is ambiguous; possibilities: ${list}`;
  }
  const spec = candidates[0]!;
  const spelled = `--${spec.long}`;
  if (!spec.arg) {
    if (attached !== undefined) return `${prog}: option '${spelled}' doesn't allow an argument`;
    return { option: { key: spec.key, value: undefined, spelled }, next };
  }
  if (attached !== undefined || spec.arg === 'optional') {
    return { option: { key: spec.key, value: attached, spelled }, next };
  }
  if (next >= argv.length) return `${prog}: option '${spelled}' requires an argument`;
  return { option: { key: spec.key, value: argv[next], spelled }, next: next + 1 };
}

function parseShortCluster(
  prog: string,
  arg: string,
  specs: readonly OptionSpec[],
  argv: readonly string[],
  next: number,
  out: ParsedOption[],
): number | string {
  for (let j = 1; j < arg.length; j++) {
    const letter = arg[j]!;
    const spec = specs.find((s) => s.short === letter);
    if (!spec) return `${prog}: invalid option -- '${letter}'`;
    const spelled = `-${letter}`;
    if (!spec.arg) {
      out.push({ key: spec.key, value: undefined, spelled });
      continue;
    }
    const rest = arg.slice(j + 1);
    if (rest !== '') {
      out.push({ key: spec.key, value: rest, spelled });
      return next;
    }
    if (spec.arg === 'optional') {
      out.push({ key: spec.key, value: undefined, spelled });
      return next;
    }
    if (next >= argv.length) return `${prog}: option requires an argument -- '${letter}'`;
    out.push({ key: spec.key, value: argv[next], spelled });
    return next + 1;
  }
  return next;
}

/** The GNU hint printed after a usage error. */
export function tryHelp(prog: string): string {
  return `Try '${prog} --help' for more information.`;
}

/** True if an option with this key was given. */
export function has(options: readonly ParsedOption[], key: string): boolean {
  return options.some((o) => o.key === key);
}

/** The value of the last occurrence of an option. */
export function last(options: readonly ParsedOption[], key: string): string | undefined {
  let value: string | undefined;
  for (const o of options) if (o.key === key) value = o.value;
  return value;
}

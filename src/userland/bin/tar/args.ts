// tar's command line (GNU tar 1.34, argp): traditional bundled options (`tar cvf x.tar .`, the
// letters' arguments taken from the following words), short clusters, long options with unique
// prefixes, and -C DIR kept in order among the file operands.
//
// Simplification: only the options listed in LONG/SHORT; an ambiguous prefix lists only those.

export interface TarArgs {
  modes: string[];
  file: string | undefined;
  verbose: number;
  /** File operands and -C directories, in command-line order. */
  items: ({ readonly dir: string } | { readonly name: string })[];
  sort: string;
  mtime: string | undefined;
  owner: string | undefined;
  group: string | undefined;
  numericOwner: boolean;
  excludes: string[];
  samePermissions: boolean | undefined;
  sameOwner: boolean | undefined;
  toStdout: boolean;
  dereference: boolean;
  gzip: boolean;
  keepOld: boolean;
  help: 'help' | 'usage' | 'version' | undefined;
}

interface Opt {
  readonly key: string;
  readonly long?: readonly string[];
  readonly short?: string;
  readonly arg?: boolean;
}

const OPTS: readonly Opt[] = [
  { key: 'c', short: 'c', long: ['create'] },
  { key: 'x', short: 'x', long: ['extract', 'get'] },
  { key: 't', short: 't', long: ['list'] },
  { key: 'f', short: 'f', long: ['file'], arg: true },
  { key: 'v', short: 'v', long: ['verbose'] },
  { key: 'C', short: 'C', long: ['directory'], arg: true },
  { key: 'z', short: 'z', long: ['gzip', 'gunzip', 'ungzip'] },
  { key: 'p', short: 'p', long: ['same-permissions', 'preserve-permissions'] },
  { key: 'no-p', long: ['no-same-permissions'] },
  { key: 'same-owner', long: ['same-owner'] },
  { key: 'no-same-owner', long: ['no-same-owner'] },
  { key: 'O', short: 'O', long: ['to-stdout'] },
  { key: 'h', short: 'h', long: ['dereference'] },
  { key: 'k', short: 'k', long: ['keep-old-files'] },
  { key: 'sort', long: ['sort'], arg: true },
  { key: 'mtime', long: ['mtime'], arg: true },
  { key: 'owner', long: ['owner'], arg: true },
  { key: 'group', long: ['group'], arg: true },
  { key: 'numeric-owner', long: ['numeric-owner'] },
  { key: 'exclude', long: ['exclude'], arg: true },
  { key: 'help', short: '?', long: ['help'] },
  { key: 'usage', long: ['usage'] },
  { key: 'version', long: ['version'] },
];

export function emptyArgs(): TarArgs {
  return {
    modes: [],
    file: undefined,
    verbose: 0,
    items: [],
    sort: 'none',
    mtime: undefined,
    owner: undefined,
    group: undefined,
    numericOwner: false,
    excludes: [],
    samePermissions: undefined,
    sameOwner: undefined,
    toStdout: false,
    dereference: false,
    gzip: false,
    keepOld: false,
    help: undefined,
  };
}

function apply(a: TarArgs, key: string, value: string | undefined): void {
  const v = value ?? '';
  if (key === 'c' || key === 'x' || key === 't') a.modes.push(key);
  else if (key === 'f') a.file = v;
  else if (key === 'v') a.verbose++;
  else if (key === 'C') a.items.push({ dir: v });
  else if (key === 'z') a.gzip = true;
  else if (key === 'p' || key === 'no-p') a.samePermissions = key === 'p';
  else if (key === 'same-owner' || key === 'no-same-owner') a.sameOwner = key === 'same-owner';
  else if (key === 'O') a.toStdout = true;
  else if (key === 'h') a.dereference = true;
  else if (key === 'k') a.keepOld = true;
  else if (key === 'sort') a.sort = v;
  else if (key === 'mtime') a.mtime = v;
  else if (key === 'owner') a.owner = v;
  else if (key === 'group') a.group = v;
  else if (key === 'numeric-owner') a.numericOwner = true;
  else if (key === 'exclude') a.excludes.push(v);
  else if (key === 'help' || key === 'usage' || key === 'version') a.help ??= key;
}

/** Old-style `tar cvf x.tar ...`: the first word is a bundle of letters without a dash. */
function expandTraditional(argv: readonly string[]): string[] | string {
  const first = argv[0];
  if (first === undefined || first.startsWith('-')) return [...argv];
  const out: string[] = [];
  let next = 1;
  for (const letter of first) {
    const opt = OPTS.find((o) => o.short === letter);
    out.push(`-${letter}`);
    if (!opt?.arg) continue;
    if (next >= argv.length) return `tar: option requires an argument -- '${letter}'`;
    out.push(argv[next++]!);
  }
  return [...out, ...argv.slice(next)];
}

function parseLong(a: TarArgs, arg: string, argv: readonly string[], i: number): number | string {
  const eq = arg.indexOf('=');
  const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
  const spelledArg = eq < 0 ? arg : arg.slice(0, eq);
  const all = OPTS.flatMap((o) => (o.long ?? []).map((l) => ({ o, l })));
  const exact = all.find((c) => c.l === name);
  const found = exact ? [exact] : all.filter((c) => c.l.startsWith(name));
  if (found.length === 0) return `tar: unrecognized option '${spelledArg}'`;
  if (new Set(found.map((c) => c.o.key)).size > 1)
    return `tar: option '${spelledArg}' is ambiguous; possibilities: ${found.map((c) => `'--${c.l}'`).join(' ')}`;
  const { o, l } = found[0]!;
  if (!o.arg) {
    if (eq >= 0) return `tar: option '--${l}' doesn't allow an argument`;
    apply(a, o.key, undefined);
    return i;
  }
  if (eq >= 0) apply(a, o.key, arg.slice(eq + 1));
  else if (i < argv.length) apply(a, o.key, argv[i++]);
  else return `tar: option '--${l}' requires an argument`;
  return i;
}

function parseShort(a: TarArgs, arg: string, argv: readonly string[], i: number): number | string {
  for (let j = 1; j < arg.length; j++) {
    const letter = arg[j]!;
    const o = OPTS.find((x) => x.short === letter);
    if (!o) return `tar: invalid option -- '${letter}'`;
    if (!o.arg) {
      apply(a, o.key, undefined);
      continue;
    }
    if (j + 1 < arg.length) apply(a, o.key, arg.slice(j + 1));
    else if (i < argv.length) apply(a, o.key, argv[i++]);
    else return `tar: option requires an argument -- '${letter}'`;
    return i;
  }
  return i;
}

/** Parse argv (without argv[0]); a string is a usage error message (exit 64). */
export function parseTarArgs(argv: readonly string[]): TarArgs | string {
  const words = expandTraditional(argv);
  if (typeof words === 'string') return words;
  const a = emptyArgs();
  let i = 0;
  while (i < words.length) {
    const arg = words[i++]!;
    let r: number | string = i;
    if (arg === '--') {
      for (const name of words.slice(i)) a.items.push({ name });
      break;
    } else if (arg.startsWith('--')) r = parseLong(a, arg, words, i);
    else if (arg.startsWith('-') && arg !== '-') r = parseShort(a, arg, words, i);
    else a.items.push({ name: arg });
    if (typeof r === 'string') return r;
    i = r;
  }
  return a;
}

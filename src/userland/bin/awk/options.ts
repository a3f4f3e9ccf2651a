// mawk's command line: -f progfile (repeatable), -F fs, -v var=value, -W version|usage|help|
// interactive|random=N|..., "--", then the program text (without -f) and the operands.

export const USAGE = `Usage: mawk [Options] [Program] [file ...]

Program:
    The -f option value is the name of a file containing program text.
    If no -f option is given, a "--" ends option processing; the following
    parameters are the program text.

Options:
    -f program-file  Program  text is read from file instead of from the
                     command-line.  Multiple -f options are accepted.
    -F value         sets the field separator, FS, to value.
    -v var=value     assigns value to program variable var.
    --               unambiguous end of options.

    Implementation-specific options are prefixed with "-W".  They can be
    abbreviated:

    -W version       show version information and exit.
    -W dump          show assembler-like listing of program and exit.
    -W help          show this message and exit.
    -W interactive   set unbuffered output, line-buffered input.
    -W exec file     use file as program as well as last option.
    -W random=number set initial random seed.
    -W sprintf=number adjust size of sprintf buffer.
    -W posix_space   do not consider "\\n" a space.
    -W usage         show this message and exit.
`;

export const VERSION = `mawk 1.3.4 20200120
Copyright 2008-2019,2020, Thomas E. Dickey
Copyright 1991-1996,2014, Michael D. Brennan

`;

export const VERSION_LIMITS = `random-funcs:       srandom/random
regex-funcs:        internal
compiled limits:
sprintf buffer      8192
maximum-integer     2147483647
`;

export interface AwkOptions {
  progFiles: string[];
  fs: string | null;
  assigns: string[];
  program: string | null;
  operands: string[];
  interactive: boolean;
  seed: number | null;
  /** -W version / usage: print this and exit 0 ('usage-stderr': no program given). */
  show: 'version' | 'usage' | 'usage-stderr' | null;
  /** Warnings to print first (vacuous options). */
  warnings: string[];
}

const W_OPTIONS = [
  'version',
  'dump',
  'help',
  'interactive',
  'exec',
  'random',
  'sprintf',
  'posix_space',
  'usage',
];

/** Parse argv; a string result is a fatal usage error (message without "awk: "). */
export function parseOptions(argv: readonly string[]): AwkOptions | string {
  const o: AwkOptions = {
    progFiles: [],
    fs: null,
    assigns: [],
    program: null,
    operands: [],
    interactive: false,
    seed: null,
    show: null,
    warnings: [],
  };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a.length < 2 || a[0] !== '-') break;
    const opt = a[1]!;
    if (!'fFvW'.includes(opt)) return `not an option: ${a}`;
    const value: string | undefined = a.length > 2 ? a.slice(2) : argv[++i];
    if (value === undefined) return `option -${opt} lacks argument`;
    if (opt === 'f') o.progFiles.push(value);
    else if (opt === 'F') o.fs = value;
    else if (opt === 'v') {
      if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) return `improper assignment: -v ${value}`;
      o.assigns.push(value);
    } else {
      const [name = '', arg] = value.split('=');
      const full = W_OPTIONS.find((w) => name !== '' && w.startsWith(name));
      if (full === 'version') o.show = 'version';
      else if (full === 'usage' || full === 'help') o.show = 'usage';
      else if (full === 'interactive') o.interactive = true;
      else if (full === 'random' && arg !== undefined) o.seed = Number(arg) || 0;
      else if (full === 'exec') {
        o.progFiles.push(argv[++i] ?? '');
        i++;
        break;
      } else if (!full) o.warnings.push(`vacuous option: -W ${value}`);
    }
  }
  if (o.show) return o;
  if (o.progFiles.length === 0) {
    if (i >= argv.length) {
      o.show = 'usage-stderr';
      return o;
    }
    o.program = argv[i++]!;
  }
  o.operands = argv.slice(i);
  return o;
}

/** The FS given by -F: escapes processed (mawk takes "-Ft" literally, not as a tab). */
export function fsOption(value: string, unescape: (s: string) => string): string {
  return unescape(value);
}

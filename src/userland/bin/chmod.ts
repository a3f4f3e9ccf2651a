// chmod(1): change file mode bits, octal (755) or symbolic (u+x,go-w,a=r,g=u,+X); -R recursive,
// -v / -c report, and GNU's warning when the umask kept a symbolic change from applying fully.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import type { Stat } from '../../kernel/abi/stat';
import { isDir, isLnk } from '../../kernel/abi/stat';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import type { ModeSpec } from '../libc/mode';
import { adjustMode, compileMode, modeString, octalMode } from '../libc/mode';
import { quoteLocale, quoteaf, quotef } from '../libc/quote';
import { walkTree } from '../libc/walk';

const HELP = `Usage: chmod [OPTION]... MODE[,MODE]... FILE...
  or:  chmod [OPTION]... OCTAL-MODE FILE...
  or:  chmod [OPTION]... --reference=RFILE FILE...
Change the mode of each FILE to MODE.
With --reference, change the mode of each FILE to that of RFILE.

  -c, --changes          like verbose but report only when a change is made
  -f, --silent, --quiet  suppress most error messages
  -v, --verbose          output a diagnostic for every file processed
      --no-preserve-root  do not treat '/' specially (the default)
      --preserve-root    fail to operate recursively on '/'
      --reference=RFILE  use RFILE's mode instead of MODE values
  -R, --recursive        change files and directories recursively
      --help        display this help and exit
      --version     output version information and exit

Each MODE is of the form '[ugoa]*([-+=]([rwxXst]*|[ugo]))+|[-+=][0-7]+'.
`;

const TOOL = {
  name: 'chmod',
  help: HELP,
  version: coreutilsVersion('chmod', 'David MacKenzie and Jim Meyering'),
};
const SPECS = [
  { key: 'c', short: 'c', long: 'changes' },
  { key: 'f', short: 'f', long: 'silent' },
  { key: 'f', long: 'quiet' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'R', short: 'R', long: 'recursive' },
  { key: 'ref', long: 'reference', arg: true },
  { key: 'pr', long: 'preserve-root' },
  { key: 'npr', long: 'no-preserve-root' },
  // Symbolic modes like -w, -x, -rwx look like options: getopt hands them back as mode letters.
  ...['r', 'w', 'x', 'X', 's', 't', 'u', 'g', 'o', 'a'].map((l) => ({ key: 'mode', short: l })),
  ...['0', '1', '2', '3', '4', '5', '6', '7'].map((l) => ({ key: 'mode', short: l })),
];

interface Opts {
  spec: ModeSpec | null;
  refMode: number;
  umask: number;
  verbose: 'all' | 'changes' | 'none';
  quiet: boolean;
  out: Output;
}

function* changeOne(sys: Sys, path: string, st: Stat, o: Opts): Gen<boolean> {
  if (isLnk(st.mode)) return true;
  const old = st.mode & 0o7777;
  const mode = o.spec ? adjustMode(st.mode, isDir(st.mode), o.umask, o.spec) : o.refMode;
  const r = yield* sys.chmod(path, mode);
  if (r < 0) {
    if (!o.quiet) yield* warn(sys, `chmod: changing permissions of ${quoteaf(path)}: ${strerror(r)}`);
    return false;
  }
  const changed = mode !== old;
  const perms = (m: number): string => `${octalMode(m)} (${modeString(m).slice(1)})`;
  if (o.verbose === 'all' || (o.verbose === 'changes' && changed)) {
    yield* o.out.write(
      changed
        ? `mode of ${quoteaf(path)} changed from ${perms(old)} to ${perms(mode)}\n`
        : `mode of ${quoteaf(path)} retained as ${perms(mode)}\n`,
    );
  }
  if (o.spec) {
    const naive = adjustMode(st.mode, isDir(st.mode), 0, o.spec);
    if (naive !== mode) {
      yield* o.out.flush();
      yield* warn(
        sys,
        `chmod: ${quotef(path)}: new permissions are ${modeString(mode).slice(1)}, not ${modeString(naive).slice(1)}`,
      );
      return false;
    }
  }
  return true;
}

function* chmodPath(sys: Sys, path: string, recursive: boolean, o: Opts): Gen<boolean> {
  let ok = true;
  const cannot = function* (p: string, err: number): Gen<void> {
    ok = false;
    if (!o.quiet) yield* warn(sys, `chmod: cannot access ${quoteaf(p)}: ${strerror(err)}`);
  };
  if (!recursive) {
    const st = yield* sys.stat(path);
    if (typeof st === 'number') yield* cannot(path, st);
    else if (!(yield* changeOne(sys, path, st, o))) ok = false;
    return ok;
  }
  yield* walkTree(sys, path, {
    *pre(e) {
      let st = e.st;
      if (e.depth === 0 && isLnk(st.mode)) {
        const t = yield* sys.stat(e.path);
        if (typeof t === 'number') {
          yield* cannot(e.path, t);
          return false;
        }
        st = t;
      }
      if (!(yield* changeOne(sys, e.path, st, o))) ok = false;
      return e.depth === 0 || !isLnk(e.st.mode);
    },
    *error(p, err, readingDir) {
      ok = false;
      if (o.quiet) return;
      if (readingDir) yield* warn(sys, `chmod: cannot read directory ${quoteaf(p)}: ${strerror(err)}`);
      else yield* warn(sys, `chmod: cannot access ${quoteaf(p)}: ${strerror(err)}`);
    },
  });
  return ok;
}

/** The mode text: the first operand, or option-looking modes (-w, -x) glued back together. */
function modeText(argv: readonly string[], operands: string[]): string | undefined {
  const dashed = argv.slice(1).find((a) => /^-[rwxXstugoa0-7]+$/.test(a) && !/^-[cfvR]+$/.test(a));
  if (dashed !== undefined) return dashed;
  return operands.shift();
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const ops = [...args.operands];
  const ref = last(args.options, 'ref');
  const umask = yield* sys.umask(0);
  yield* sys.umask(umask);
  const o: Opts = {
    spec: null,
    refMode: 0,
    umask,
    verbose: has(args.options, 'v') ? 'all' : has(args.options, 'c') ? 'changes' : 'none',
    quiet: has(args.options, 'f'),
    out: new Output(sys, STDOUT),
  };
  if (ref !== undefined) {
    const st = yield* sys.stat(ref);
    if (typeof st === 'number') {
      yield* warn(sys, `chmod: failed to get attributes of ${quoteaf(ref)}: ${strerror(st)}`);
      return 1;
    }
    o.refMode = st.mode & 0o7777;
  } else {
    const text = modeText(argv, ops);
    if (text === undefined) return yield* usageError(sys, TOOL, 'chmod: missing operand');
    if (ops.length === 0)
      return yield* usageError(sys, TOOL, `chmod: missing operand after ${quoteLocale(text)}`);
    o.spec = compileMode(text);
    if (!o.spec) return yield* usageError(sys, TOOL, `chmod: invalid mode: ${quoteLocale(text)}`);
  }
  if (ops.length === 0) return yield* usageError(sys, TOOL, 'chmod: missing operand');
  let status = 0;
  for (const path of ops) if (!(yield* chmodPath(sys, path, has(args.options, 'R'), o))) status = 1;
  yield* o.out.flush();
  return status;
}

export const chmod: Command = {
  summary: 'chmod - change file mode bits',
  synopsis:
    'chmod [OPTION]... MODE[,MODE]... FILE...\nchmod [OPTION]... OCTAL-MODE FILE...\nchmod [OPTION]... --reference=RFILE FILE...',
  description: HELP,
  main,
};

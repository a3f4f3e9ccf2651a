// mkdir(1): make directories, with -p (parents, existing ones are fine), -m MODE and -v.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { EEXIST, strerror } from '../../kernel/abi/errno';
import { isDir } from '../../kernel/abi/stat';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { adjustMode, compileMode } from '../libc/mode';
import { quoteLocale, quoteaf } from '../libc/quote';

const HELP = `Usage: mkdir [OPTION]... DIRECTORY...
Create the DIRECTORY(ies), if they do not already exist.

Mandatory arguments to long options are mandatory for short options too.
  -m, --mode=MODE   set file mode (as in chmod), not a=rwx - umask
  -p, --parents     no error if existing, make parent directories as needed,
                    with their file modes unaffected by any -m option.
  -v, --verbose     print a message for each created directory
  -Z                   set SELinux security context of each created directory
                         to the default type
      --context[=CTX]  like -Z, or if CTX is specified then set the SELinux
                         or SMACK security context to CTX
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = { name: 'mkdir', help: HELP, version: coreutilsVersion('mkdir', 'David MacKenzie') };
const SPECS = [
  { key: 'm', short: 'm', long: 'mode', arg: true },
  { key: 'p', short: 'p', long: 'parents' },
  { key: 'v', short: 'v', long: 'verbose' },
];

interface Opts {
  parents: boolean;
  mode: number | null;
  out: Output | null;
}

function* makeOne(sys: Sys, path: string, mode: number, fix: boolean, o: Opts): Gen<number> {
  const r = yield* sys.mkdir(path, mode);
  if (r === 0) {
    if (fix) yield* sys.chmod(path, mode);
    if (o.out) yield* o.out.write(`mkdir: created directory ${quoteaf(path)}\n`);
  }
  return r;
}

function* makeParents(sys: Sys, path: string, o: Opts, umask: number): Gen<number> {
  const parts = path.split('/');
  let prefix = path.startsWith('/') ? '/' : '';
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] === '') continue;
    prefix += parts[i];
    const r = yield* makeOne(sys, prefix, (0o777 & ~umask) | 0o300, true, o);
    if (r < 0 && r !== -EEXIST) return yield* fail(sys, prefix, r);
    if (r === -EEXIST) {
      const st = yield* sys.stat(prefix);
      if (typeof st === 'number' || !isDir(st.mode))
        return yield* fail(sys, prefix, typeof st === 'number' ? st : -20);
    }
    prefix += '/';
  }
  return 0;
}

function* fail(sys: Sys, path: string, err: number): Gen<number> {
  yield* warn(sys, `mkdir: cannot create directory ${quoteLocale(path)}: ${strerror(err)}`);
  return 1;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) return yield* usageError(sys, TOOL, 'mkdir: missing operand');
  const umask = yield* sys.umask(0);
  yield* sys.umask(umask);
  const modeText = last(args.options, 'm');
  let mode: number | null = null;
  if (modeText !== undefined) {
    const spec = compileMode(modeText);
    if (!spec) {
      yield* warn(sys, `mkdir: invalid mode ${quoteLocale(modeText)}`);
      return 1;
    }
    mode = adjustMode(0o777, true, umask, spec);
  }
  const o: Opts = {
    parents: has(args.options, 'p'),
    mode,
    out: has(args.options, 'v') ? new Output(sys, STDOUT) : null,
  };
  let status = 0;
  for (const path of args.operands) {
    if (o.parents && (yield* makeParents(sys, path, o, umask)) !== 0) {
      status = 1;
      continue;
    }
    const r = yield* makeOne(sys, path, mode ?? 0o777, mode !== null, o);
    if (r < 0) {
      if (o.parents && r === -EEXIST) {
        const st = yield* sys.stat(path);
        if (typeof st !== 'number' && isDir(st.mode)) continue;
      }
      status = yield* fail(sys, path, r);
    }
  }
  if (o.out) yield* o.out.flush();
  return status;
}

export const mkdir: Command = {
  summary: 'mkdir - make directories',
  synopsis: 'mkdir [OPTION]... DIRECTORY...',
  description: HELP,
  main,
};

// realpath(1): print the resolved absolute file name; -e all components must exist, -m none need
// to, -s does not expand symlinks, --relative-to / --relative-base print relative names.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { normalizePath } from '../../lib/path';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { quotef } from '../libc/quote';
import type { CanonMode } from '../libc/resolve';
import { canonicalize, relativePath } from '../libc/resolve';

const HELP = `Usage: realpath [OPTION]... FILE...
Print the resolved absolute file name;
all but the last component must exist

  -e, --canonicalize-existing  all components of the path must exist
  -m, --canonicalize-missing   no path components need exist or be a directory
  -L, --logical                resolve '..' components before symlinks
  -P, --physical               resolve symlinks as encountered (default)
  -q, --quiet                  suppress most error messages
      --relative-to=DIR        print the resolved path relative to DIR
      --relative-base=DIR      print absolute paths unless paths below DIR
  -s, --strip, --no-symlinks   don't expand symlinks
  -z, --zero                   end each output line with NUL, not newline
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = { name: 'realpath', help: HELP, version: coreutilsVersion('realpath', 'Padraig Brady') };
const SPECS = [
  { key: 'e', short: 'e', long: 'canonicalize-existing' },
  { key: 'm', short: 'm', long: 'canonicalize-missing' },
  { key: 'L', short: 'L', long: 'logical' },
  { key: 'P', short: 'P', long: 'physical' },
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 's', short: 's', long: 'strip' },
  { key: 's', long: 'no-symlinks' },
  { key: 'z', short: 'z', long: 'zero' },
  { key: 'rt', long: 'relative-to', arg: true },
  { key: 'rb', long: 'relative-base', arg: true },
];

function* resolve(sys: Sys, path: string, mode: CanonMode, strip: boolean): Gen<string | number> {
  if (!strip) return yield* canonicalize(sys, path, mode);
  let abs = path;
  if (!path.startsWith('/')) {
    const cwd = yield* sys.getcwd();
    if (typeof cwd === 'number') return cwd;
    abs = `${cwd}/${path}`;
  }
  const norm = normalizePath(abs);
  if (mode !== 'missing') {
    const st = yield* sys.lstat(norm);
    if (typeof st === 'number' && (mode === 'existing' || st !== -2)) return st;
  }
  return norm;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) return yield* usageError(sys, TOOL, 'realpath: missing operand');
  const opt = (k: string): boolean => has(args.options, k);
  const mode: CanonMode = opt('e') ? 'existing' : opt('m') ? 'missing' : 'all-but-last';
  const strip = opt('s');
  let relTo: string | undefined;
  let relBase: string | undefined;
  for (const [key, text] of [
    ['rt', last(args.options, 'rt')],
    ['rb', last(args.options, 'rb')],
  ] as const) {
    if (text === undefined) continue;
    const r = yield* resolve(sys, text, mode, strip);
    if (typeof r === 'number') {
      yield* warn(sys, `realpath: ${quotef(text)}: ${strerror(r)}`);
      return 1;
    }
    if (key === 'rt') relTo = r;
    else relBase = r;
  }
  if (relBase !== undefined && relTo === undefined) relTo = relBase;
  const out = new Output(sys, STDOUT);
  let status = 0;
  for (const path of args.operands) {
    const r = yield* resolve(sys, path, mode, strip);
    if (typeof r === 'number') {
      status = 1;
      yield* out.flush();
      if (!opt('q')) yield* warn(sys, `realpath: ${quotef(path)}: ${strerror(r)}`);
      continue;
    }
    const under = (base: string): boolean => base === '/' || r === base || r.startsWith(base + '/');
    const rel = relTo !== undefined && (relBase === undefined || under(relBase)) ? relativePath(r, relTo) : r;
    yield* out.write(rel + (opt('z') ? '\0' : '\n'));
  }
  yield* out.flush();
  return status;
}

export const realpath: Command = {
  summary: 'realpath - print the resolved path',
  synopsis: 'realpath [OPTION]... FILE...',
  description: HELP,
  main,
};

// rm(1): remove files, and with -r whole trees (depth first). -f ignores missing files, -i asks,
// -d removes empty directories, -v reports. Refuses "/" (--preserve-root) and "." / "..".
//
// Simplification: no "write-protected" prompt (it needs a terminal on stdin and a non-root user).

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { ENOENT, ENOTDIR, EISDIR, strerror } from '../../kernel/abi/errno';
import type { Stat } from '../../kernel/abi/stat';
import { isDir } from '../../kernel/abi/stat';
import { has } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { fileTypeName } from '../libc/mode';
import { quoteaf } from '../libc/quote';
import { askYes } from '../libc/ask';
import { childPath, compareNames, readDir } from '../libc/walk';

const HELP = `Usage: rm [OPTION]... [FILE]...
Remove (unlink) the FILE(s).

  -f, --force           ignore nonexistent files and arguments, never prompt
  -i                    prompt before every removal
  -I                    prompt once before removing more than three files, or
                          when removing recursively; less intrusive than -i,
                          while still giving protection against most mistakes
      --interactive[=WHEN]  prompt according to WHEN: never, once (-I), or
                          always (-i); without WHEN, prompt always
      --one-file-system  when removing a hierarchy recursively, skip any
                          directory that is on a file system different from
                          that of the corresponding command line argument
      --no-preserve-root  do not treat '/' specially
      --preserve-root[=all]  do not remove '/' (default);
                              with 'all', reject any command line argument
                              on a separate device from its parent
  -r, -R, --recursive   remove directories and their contents recursively
  -d, --dir             remove empty directories
  -v, --verbose         explain what is being done
      --help        display this help and exit
      --version     output version information and exit

By default, rm does not remove directories.  Use the --recursive (-r or -R)
option to remove each listed directory, too, along with all of its contents.

To remove a file whose name starts with a '-', for example '-foo',
use one of these commands:
  rm -- -foo

  rm ./-foo

Note that if you use rm to remove a file, it might be possible to recover
some of its contents, given sufficient expertise and/or time.  For greater
assurance that the contents are truly unrecoverable, consider using shred(1).
`;

const TOOL = {
  name: 'rm',
  help: HELP,
  version: coreutilsVersion('rm', 'Paul Rubin, David MacKenzie, Richard M. Stallman,\nand Jim Meyering'),
};
const SPECS = [
  { key: 'f', short: 'f', long: 'force' },
  { key: 'i', short: 'i' },
  { key: 'I', short: 'I' },
  { key: 'r', short: 'r', long: 'recursive' },
  { key: 'r', short: 'R' },
  { key: 'd', short: 'd', long: 'dir' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'npr', long: 'no-preserve-root' },
  { key: 'pr', long: 'preserve-root', arg: 'optional' as const },
  { key: 'x', long: 'one-file-system' },
  { key: 'interactive', long: 'interactive', arg: 'optional' as const },
];

interface Opts {
  force: boolean;
  interactive: boolean;
  recursive: boolean;
  dirs: boolean;
  out: Output;
  verbose: boolean;
}

function* fail(sys: Sys, path: string, err: number): Gen<false> {
  yield* warn(sys, `rm: cannot remove ${quoteaf(path)}: ${strerror(err)}`);
  return false;
}

function* removed(o: Opts, path: string, dir: boolean): Gen<void> {
  if (o.verbose) yield* o.out.write(`removed ${dir ? 'directory ' : ''}${quoteaf(path)}\n`);
}

/** Remove one non-directory or empty directory. */
function* unlinkOne(sys: Sys, path: string, st: Stat, o: Opts): Gen<boolean> {
  if (
    o.interactive &&
    !(yield* askYes(sys, o.out, `rm: remove ${fileTypeName(st.mode, st.size)} ${quoteaf(path)}? `))
  )
    return true;
  const dir = isDir(st.mode);
  const r = dir ? yield* sys.rmdir(path) : yield* sys.unlink(path);
  if (r < 0) return yield* fail(sys, path, r);
  yield* removed(o, path, dir);
  return true;
}

/** Remove a tree; returns true when everything under `path` (and it) went. */
function* removeTree(sys: Sys, path: string, st: Stat, o: Opts): Gen<boolean> {
  yield* sys.compute(1000);
  if (!isDir(st.mode)) return yield* unlinkOne(sys, path, st, o);
  if (o.interactive && !(yield* askYes(sys, o.out, `rm: descend into directory ${quoteaf(path)}? `)))
    return true;
  const entries = yield* readDir(sys, path);
  if (typeof entries === 'number') {
    const r = yield* sys.rmdir(path);
    if (r === 0) {
      yield* removed(o, path, true);
      return true;
    }
    return yield* fail(sys, path, entries);
  }
  let ok = true;
  for (const name of entries.map((e) => e.name).sort(compareNames)) {
    const child = childPath(path, name);
    const cst = yield* sys.lstat(child);
    if (typeof cst === 'number') {
      if (!(o.force && cst === -ENOENT)) ok = yield* fail(sys, child, cst);
      continue;
    }
    if (!(yield* removeTree(sys, child, cst, o))) ok = false;
  }
  if (!ok) return false;
  if (o.interactive && !(yield* askYes(sys, o.out, `rm: remove directory ${quoteaf(path)}? `))) return true;
  const r = yield* sys.rmdir(path);
  if (r < 0) return yield* fail(sys, path, r);
  yield* removed(o, path, true);
  return true;
}

function* refuses(sys: Sys, path: string, preserveRoot: boolean): Gen<boolean> {
  const base = path.replace(/\/+$/, '').split('/').pop();
  if (base === '.' || base === '..') {
    yield* warn(sys, `rm: refusing to remove '.' or '..' directory: skipping ${quoteaf(path)}`);
    return true;
  }
  if (!preserveRoot) return false;
  const st = yield* sys.lstat(path);
  const root = yield* sys.stat('/');
  if (typeof st === 'number' || typeof root === 'number' || st.ino !== root.ino || st.dev !== root.dev)
    return false;
  const same = path === '/' ? '' : ` (same as '/')`;
  yield* warn(sys, `rm: it is dangerous to operate recursively on ${quoteaf(path)}${same}`);
  yield* warn(sys, 'rm: use --no-preserve-root to override this failsafe');
  return true;
}

function* removeOperand(sys: Sys, path: string, o: Opts, preserveRoot: boolean): Gen<boolean> {
  if (o.recursive && (yield* refuses(sys, path, preserveRoot))) return false;
  const st = yield* sys.lstat(path);
  if (typeof st === 'number') {
    if (o.force && (st === -ENOENT || st === -ENOTDIR)) return true;
    return yield* fail(sys, path, st);
  }
  if (isDir(st.mode) && !o.recursive) {
    if (!o.dirs) return yield* fail(sys, path, -EISDIR);
  }
  if (o.recursive) return yield* removeTree(sys, path, st, o);
  return yield* unlinkOne(sys, path, st, o);
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  let force = false;
  let interactive = false;
  for (const opt of args.options) {
    if (opt.key === 'f') [force, interactive] = [true, false];
    if (opt.key === 'i' || (opt.key === 'interactive' && opt.value !== 'never' && opt.value !== 'once')) {
      [force, interactive] = [false, true];
    }
  }
  if (args.operands.length === 0) {
    if (force) return 0;
    return yield* usageError(sys, TOOL, 'rm: missing operand');
  }
  const o: Opts = {
    force,
    interactive,
    recursive: has(args.options, 'r'),
    dirs: has(args.options, 'd'),
    out: new Output(sys, STDOUT),
    verbose: has(args.options, 'v'),
  };
  const preserveRoot = !has(args.options, 'npr');
  let status = 0;
  for (const path of args.operands) {
    if (!(yield* removeOperand(sys, path, o, preserveRoot))) status = 1;
  }
  yield* o.out.flush();
  return status;
}

export const rm: Command = {
  summary: 'rm - remove files or directories',
  synopsis: 'rm [OPTION]... [FILE]...',
  description: HELP,
  main,
};

// Running programs: the PATH search (bash's findcmd.c, with its hash table) and execve with
// bash's diagnostics: "command not found" (127), "No such file or directory" (127),
// "Permission denied" and "Is a directory" (126). A file execve rejects as not a binary
// (ENOEXEC) is run as a shell script, as bash does.

import { EACCES, ENOENT, ENOEXEC, strerror } from '../../../kernel/abi/errno';
import { X_OK } from '../../../kernel/abi/fcntl';
import { isDir, isReg } from '../../../kernel/abi/stat';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { readText } from '../../libc/io';
import { ExitShell } from '../shell';

/** Locate `name`: a path when it contains '/', else the PATH entry; undefined if not found. */
export function* findCommand(sh: Shell, name: string): Gen<string | undefined> {
  if (name.includes('/')) return name;
  // A standalone busybox re-executes itself through /proc/self/exe; in a new root with no /proc
  // mounted (a fresh chroot) it falls back to the PATH, where a busybox rootfs has its applet links.
  if (sh.applets.has(name) && typeof (yield* sh.sys.stat('/proc/self/exe')) !== 'number')
    return '/proc/self/exe';
  const hashed = sh.hash.get(name);
  if (hashed !== undefined) {
    const st = yield* sh.sys.stat(hashed);
    if (typeof st !== 'number' && isReg(st.mode)) return hashed;
    sh.hash.delete(name);
  }
  const path = sh.vars.get('PATH') ?? '/usr/local/bin:/usr/bin:/bin';
  let fallback: string | undefined;
  for (const dir of path.split(':')) {
    const full = dir === '' ? name : dir.endsWith('/') ? dir + name : `${dir}/${name}`;
    const st = yield* sh.sys.stat(full);
    if (typeof st === 'number' || isDir(st.mode)) continue;
    if ((yield* sh.sys.access(full, X_OK)) === 0) {
      if (sh.opt('hashall')) sh.hash.set(name, full);
      return full;
    }
    fallback ??= full;
  }
  return fallback;
}

/** In a child: execve, or print bash's error and return the exit status. */
export function* execExternal(sh: Shell, path: string | undefined, argv: readonly string[]): Gen<number> {
  const name = argv[0]!;
  if (path === undefined) {
    yield* sh.error(`${name}: command not found`);
    return 127;
  }
  const env = sh.vars.environ();
  const r = yield* sh.sys.execve(path, argv, env);
  if (r === -ENOEXEC) return yield* runAsScript(sh, path, argv);
  if (r === -EACCES) {
    const st = yield* sh.sys.stat(path);
    if (typeof st !== 'number' && isDir(st.mode)) {
      yield* sh.error(`${name}: Is a directory`);
      return 126;
    }
  }
  yield* sh.error(`${name}: ${strerror(r)}`);
  return r === -ENOENT ? 127 : 126;
}

/** ENOEXEC: bash reads the file itself as a script, in a fresh (non-exported state dropped) shell. */
function* runAsScript(sh: Shell, path: string, argv: readonly string[]): Gen<number> {
  const text = yield* readText(sh.sys, path);
  if (typeof text === 'number') {
    yield* sh.error(`${argv[0]}: ${strerror(text)}`);
    return 126;
  }
  if (text.slice(0, 256).includes('\0')) {
    yield* sh.error(`${argv[0]}: cannot execute binary file: Exec format error`);
    return 126;
  }
  for (const n of sh.vars.names()) {
    const v = sh.vars.lookup(n);
    if (v && !v.exported) sh.vars.unset(n);
  }
  sh.funcs.clear();
  sh.arg0 = path;
  sh.params = argv.slice(1);
  sh.funcSource = undefined;
  sh.sourceName = path;
  try {
    return yield* sh.hooks.evalString(sh, text);
  } catch (e) {
    if (e instanceof ExitShell) return e.status;
    throw e;
  }
}

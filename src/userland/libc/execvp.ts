// execvp(3): run a program found through $PATH, as glibc does. A name containing '/' is executed
// as is; otherwise each PATH directory is tried in order, remembering EACCES, and the search goes
// on past ENOENT/ENOTDIR. Returns only on failure, with -errno.

import { EACCES, ENOENT, ENOTDIR, ENOEXEC } from '../../kernel/abi/errno';
import type { Gen, Sys } from '../sys';

/** glibc's default search path when PATH is unset. */
export const DEFAULT_PATH = '/bin:/usr/bin';

/** The value of NAME in an envp array, or undefined. */
export function getenv(envp: readonly string[], name: string): string | undefined {
  const prefix = name + '=';
  for (let i = envp.length - 1; i >= 0; i--) {
    const e = envp[i]!;
    if (e.startsWith(prefix)) return e.slice(prefix.length);
  }
  return undefined;
}

/** Run `file` with PATH search (PATH taken from `envp`). Returns -errno when nothing could run. */
export function* execvp(
  sys: Sys,
  file: string,
  argv: readonly string[],
  envp: readonly string[],
  path = getenv(envp, 'PATH') ?? DEFAULT_PATH,
): Gen<number> {
  if (file === '') return -ENOENT;
  if (file.includes('/')) return yield* tryExec(sys, file, argv, envp);
  let sawEacces = false;
  for (const dir of path.split(':')) {
    const full = (dir === '' ? '.' : dir) + '/' + file;
    const r = yield* tryExec(sys, full, argv, envp);
    if (r === -EACCES) sawEacces = true;
    else if (r !== -ENOENT && r !== -ENOTDIR) return r;
  }
  return sawEacces ? -EACCES : -ENOENT;
}

/** execve, and on ENOEXEC run the file as a shell script the way glibc's execvp does. */
function* tryExec(sys: Sys, path: string, argv: readonly string[], envp: readonly string[]): Gen<number> {
  const r = yield* sys.execve(path, argv, envp);
  if (r !== -ENOEXEC) return r;
  yield* sys.execve('/bin/sh', ['sh', path, ...argv.slice(1)], envp);
  return r;
}

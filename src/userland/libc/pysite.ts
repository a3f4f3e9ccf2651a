// Python's third-party package directories, shared by pip (which installs into them) and python3
// (whose flask and redis modules are importable only once pip has installed them).
//
// Simplification: pip is python:2.7-slim's pip 20.0.2 wherever it runs, so it always installs into
// /usr/local/lib/python2.7/site-packages; python3 looks there as well as in its own directories.
// A package counts as installed when `<dir>/<module>/__init__.py` exists.

import { isDir, isReg } from '../../kernel/abi/stat';
import type { Gen, Sys } from '../sys';

/** Where pip installs (python:2.7-slim's site-packages). */
export const PIP_SITE = '/usr/local/lib/python2.7/site-packages';

/** The directories python3 searches for installed packages, in order. */
export const SITE_DIRS: readonly string[] = [
  '/usr/local/lib/python3.11/dist-packages',
  '/usr/local/lib/python3.11/site-packages',
  '/usr/lib/python3/dist-packages',
  PIP_SITE,
];

/** The site directory holding package `module` (`<dir>/<module>/__init__.py`), or undefined. */
export function* findPackage(sys: Sys, module: string): Gen<string | undefined> {
  for (const dir of SITE_DIRS) {
    const st = yield* sys.stat(`${dir}/${module}/__init__.py`);
    if (typeof st !== 'number' && isReg(st.mode)) return dir;
  }
  return undefined;
}

/** Whether `path` is a directory. */
export function* isDirectory(sys: Sys, path: string): Gen<boolean> {
  const st = yield* sys.stat(path);
  return typeof st !== 'number' && isDir(st.mode);
}

/** The Python version a site directory belongs to ("2.7.18" for python2.7's). */
export function pythonVersionOf(siteDir: string): string {
  return siteDir.includes('python2.7') ? '2.7.18' : '3.11.2';
}

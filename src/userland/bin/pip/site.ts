// What pip installs and finds in site-packages: one NAME-VERSION.dist-info directory per
// distribution (METADATA, INSTALLER, RECORD, top_level.txt) and an __init__.py per top-level
// package, which is what makes python3's `import flask` work (libc/pysite.ts).
//
// Simplification: the packages' code is a one-line __init__.py, not the real modules.

import { O_CREAT, O_DIRECTORY, O_RDONLY, O_TRUNC, O_WRONLY } from '../../../kernel/abi/fcntl';
import { EEXIST } from '../../../kernel/abi/errno';
import type { Gen, Sys } from '../../sys';
import { readText, writeAll } from '../../libc/io';
import type { Dist } from './catalogue';

export interface Installed {
  readonly name: string;
  readonly version: string;
}

/** The distributions installed in `site` (from their dist-info METADATA). */
export function* installedDists(sys: Sys, site: string): Gen<Installed[]> {
  const fd = yield* sys.open(site, O_RDONLY | O_DIRECTORY);
  if (fd < 0) return [];
  const names: string[] = [];
  for (;;) {
    const ents = yield* sys.getdents64(fd);
    if (typeof ents === 'number' || ents.length === 0) break;
    for (const e of ents) if (e.name.endsWith('.dist-info')) names.push(e.name);
  }
  yield* sys.close(fd);
  const out: Installed[] = [];
  for (const n of names.sort()) {
    const meta = yield* readText(sys, `${site}/${n}/METADATA`);
    if (typeof meta === 'number') continue;
    const name = /^Name: (.*)$/m.exec(meta)?.[1];
    const version = /^Version: (.*)$/m.exec(meta)?.[1];
    if (name !== undefined && version !== undefined) out.push({ name, version });
  }
  return out;
}

function* mkdirs(sys: Sys, path: string): Gen<number> {
  let cur = '';
  for (const part of path.split('/').filter((p) => p !== '')) {
    cur += `/${part}`;
    const r = yield* sys.mkdir(cur, 0o755);
    if (r < 0 && r !== -EEXIST) return r;
  }
  return 0;
}

function* writeFile(sys: Sys, path: string, text: string): Gen<number> {
  const fd = yield* sys.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
  if (fd < 0) return fd;
  const r = yield* writeAll(sys, fd, text);
  yield* sys.close(fd);
  return r;
}

/** The files of an installed distribution, relative to site-packages. */
export function distFiles(d: Dist): [string, string][] {
  const info = `${d.name.replace(/-/g, '_')}-${d.version}.dist-info`;
  const files: [string, string][] = d.modules.map((m) => [
    `${m}/__init__.py`,
    `# ${d.name} ${d.version}: ${d.summary}\n__version__ = "${d.version}"\n`,
  ]);
  files.push(
    [`${info}/INSTALLER`, 'pip\n'],
    [
      `${info}/METADATA`,
      `Metadata-Version: 2.1\nName: ${d.name}\nVersion: ${d.version}\nSummary: ${d.summary}\n` +
        d.requires.map((r) => `Requires-Dist: ${r}\n`).join(''),
    ],
    [
      `${info}/WHEEL`,
      `Wheel-Version: 1.0\nGenerator: bdist_wheel (0.34.2)\nRoot-Is-Purelib: true\nTag: ${d.file
        .split('-')
        .slice(2)
        .join('-')
        .replace(/\.whl$/, '')}\n`,
    ],
    [`${info}/top_level.txt`, d.modules.map((m) => `${m}\n`).join('')],
  );
  const record = files.map(([p]) => `${p},,\n`).join('') + `${info}/RECORD,,\n`;
  files.push([`${info}/RECORD`, record]);
  return files;
}

/** Install a distribution's files into `site`: 0, or -errno and the path that failed. */
export function* installDist(sys: Sys, site: string, d: Dist): Gen<{ err: number; path: string }> {
  for (const [rel, text] of distFiles(d)) {
    const path = `${site}/${rel}`;
    let r = yield* mkdirs(sys, path.slice(0, path.lastIndexOf('/')));
    if (r >= 0) r = yield* writeFile(sys, path, text);
    if (r < 0) return { err: r, path: `${site}/${rel.split('/')[0]}` };
  }
  return { err: 0, path: '' };
}

function* removeTree(sys: Sys, path: string): Gen<void> {
  const fd = yield* sys.open(path, O_RDONLY | O_DIRECTORY);
  if (fd < 0) {
    yield* sys.unlink(path);
    return;
  }
  const names: string[] = [];
  for (;;) {
    const ents = yield* sys.getdents64(fd);
    if (typeof ents === 'number' || ents.length === 0) break;
    for (const e of ents) if (e.name !== '.' && e.name !== '..') names.push(e.name);
  }
  yield* sys.close(fd);
  for (const n of names) yield* removeTree(sys, `${path}/${n}`);
  yield* sys.rmdir(path);
}

/** Uninstall: the dist-info directory and the top-level packages it lists. */
export function* removeDist(sys: Sys, site: string, d: Installed): Gen<void> {
  const info = `${site}/${d.name.replace(/-/g, '_')}-${d.version}.dist-info`;
  const top = yield* readText(sys, `${info}/top_level.txt`);
  if (typeof top === 'string')
    for (const m of top.split('\n').filter((x) => x !== '')) yield* removeTree(sys, `${site}/${m}`);
  yield* removeTree(sys, info);
}

// The real side of the differential test: node:fs on a real `mount -t overlay` inside a fresh
// tmpfs. node:fs has no mknod or xattr calls, so whiteouts, opaque marks and the xattr dump go
// through python3 (part of every machine of this project), batched into one call each.

import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { errnoName } from '../../../src/kernel/abi/errno';
import { toSt } from './fsapi';
import type { Fs } from './fsapi';

const ERRNO: Map<string, number> = new Map(
  Array.from({ length: 134 }, (_, i) => [errnoName(i + 1), i + 1] as const),
);

function errno(e: unknown): number {
  const code = (e as { code?: unknown }).code;
  const n = typeof code === 'string' ? ERRNO.get(code) : undefined;
  if (n === undefined) throw e;
  return -n;
}

function call(f: () => void): number {
  try {
    f();
    return 0;
  } catch (e) {
    return errno(e);
  }
}

function attempt<T>(f: () => T): T | number {
  try {
    return f();
  } catch (e) {
    return errno(e);
  }
}

export const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Run a python3 program with JSON on stdin; returns its stdout. */
export function python(program: string, input: unknown): string {
  return execFileSync(PYTHON, ['-c', program], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
}

const READ_XATTRS = `
import json, os, sys
out = {}
for root in json.load(sys.stdin):
    for d, dirs, files in os.walk(root):
        for p in [d] + [os.path.join(d, n) for n in dirs + files]:
            try:
                names = os.listxattr(p, follow_symlinks=False)
                xs = [[n, os.getxattr(p, n, follow_symlinks=False).hex()] for n in names]
            except OSError:
                continue
            out[p] = [x for x in xs if x[0].startswith('trusted.overlay.')]
print(json.dumps(out))
`;

/** node:fs as an Fs; xattrs come from a table loaded by loadXattrs. */
export class HostFs implements Fs {
  private xattrTable = new Map<string, Array<[string, Uint8Array]>>();

  /** Read the trusted.overlay.* xattrs of every object under the roots (one python3 run). */
  loadXattrs(roots: readonly string[]): void {
    const table = JSON.parse(python(READ_XATTRS, roots)) as Record<string, Array<[string, string]>>;
    for (const [p, xs] of Object.entries(table)) {
      this.xattrTable.set(
        p,
        xs.map(([n, v]) => [n, Uint8Array.from(Buffer.from(v, 'hex'))]),
      );
    }
  }

  *mkdir(p: string, mode: number) {
    return call(() => fs.mkdirSync(p, mode));
  }
  *rmdir(p: string) {
    return call(() => fs.rmdirSync(p));
  }
  *unlink(p: string) {
    return call(() => fs.unlinkSync(p));
  }
  *rename(from: string, to: string) {
    return call(() => fs.renameSync(from, to));
  }
  *link(from: string, to: string) {
    return call(() => fs.linkSync(from, to));
  }
  *symlink(target: string, p: string) {
    return call(() => fs.symlinkSync(target, p));
  }
  *chmod(p: string, mode: number) {
    return call(() => fs.chmodSync(p, mode));
  }
  *truncate(p: string, len: number) {
    return call(() => fs.truncateSync(p, len));
  }
  *write(p: string, data: string, append: boolean) {
    return call(() => {
      const fd = fs.openSync(p, append ? 'a' : 'w', 0o644);
      try {
        fs.writeSync(fd, data);
      } finally {
        fs.closeSync(fd);
      }
    });
  }
  *read(p: string) {
    return attempt(() => fs.readFileSync(p, 'latin1'));
  }
  *readdir(p: string) {
    return attempt(() => fs.readdirSync(p));
  }
  *stat(p: string) {
    return attempt(() => toSt(fs.statSync(p)));
  }
  *lstat(p: string) {
    return attempt(() => toSt(fs.lstatSync(p)));
  }
  *readlink(p: string) {
    return attempt(() => fs.readlinkSync(p));
  }
  *remount(dir: string, options: string) {
    run('umount', [`${dir}/m`]);
    run('mount', ['-t', 'overlay', 'overlay', '-o', options, `${dir}/m`]);
    return 0;
  }
  *xattrs(p: string) {
    const xs = this.xattrTable.get(p);
    if (!xs) throw new Error(`xattrs of ${p} were not loaded`);
    return xs;
  }
}

/** Whiteouts (c 0 0, mode 000) and opaque marks for the layers, all in one python3 run. */
export function markLayers(whiteouts: readonly string[], opaque: readonly string[]): void {
  if (whiteouts.length === 0 && opaque.length === 0) return;
  python(
    `
import json, os, stat, sys
w, o = json.load(sys.stdin)
for p in w: os.mknod(p, stat.S_IFCHR, os.makedev(0, 0))
for p in o: os.setxattr(p, 'trusted.overlay.opaque', b'y', follow_symlinks=False)
`,
    [whiteouts, opaque],
  );
}

export function run(cmd: string, args: readonly string[]): void {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Whether this process may mount a real overlay (root on Linux with overlayfs available). */
export function canMountOverlay(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const dir = fs.mkdtempSync('/tmp/ovl-probe-');
  try {
    run('mount', ['-t', 'tmpfs', 'tmpfs', dir]);
    try {
      for (const d of ['l', 'u', 'w', 'm']) fs.mkdirSync(`${dir}/${d}`);
      run('mount', [
        '-t',
        'overlay',
        'overlay',
        '-o',
        `lowerdir=${dir}/l,upperdir=${dir}/u,workdir=${dir}/w`,
        `${dir}/m`,
      ]);
      run('umount', [`${dir}/m`]);
      python('import os', null);
      return true;
    } finally {
      run('umount', [dir]);
    }
  } catch {
    return false;
  } finally {
    fs.rmdirSync(dir);
  }
}

/** The process umask, read without the deprecated process.umask() getter. */
export function hostUmask(): number {
  const dir = fs.mkdtempSync('/tmp/ovl-umask-');
  try {
    fs.mkdirSync(`${dir}/probe`, 0o777);
    return ~fs.statSync(`${dir}/probe`).mode & 0o777;
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
}

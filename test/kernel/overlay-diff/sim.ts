// The simulated side of the differential test: the same Fs calls made as system calls of a
// process in a freshly booted kernel (test/kernel/harness.ts).

import type { Gen, Sys } from '../../../src/userland/sys';
import { O_APPEND, O_CREAT, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY } from '../../../src/kernel/abi/fcntl';
import { S_IFCHR } from '../../../src/kernel/abi/stat';
import { readDir } from '../../../src/userland/libc/walk';
import { toSt } from './fsapi';
import type { Fs, Marker, St } from './fsapi';

function* statOf(r: Gen<{ mode: number; size: number; nlink: number; ino: number; rdev: number } | number>) {
  const st = yield* r;
  return typeof st === 'number' ? st : toSt(st);
}

export class SimFs implements Fs, Marker {
  constructor(private readonly sys: Sys) {}

  mkdir(p: string, mode: number) {
    return this.sys.mkdir(p, mode);
  }
  rmdir(p: string) {
    return this.sys.rmdir(p);
  }
  unlink(p: string) {
    return this.sys.unlink(p);
  }
  rename(from: string, to: string) {
    return this.sys.rename(from, to);
  }
  link(from: string, to: string) {
    return this.sys.link(from, to);
  }
  symlink(target: string, p: string) {
    return this.sys.symlink(target, p);
  }
  chmod(p: string, mode: number) {
    return this.sys.chmod(p, mode);
  }
  *truncate(p: string, len: number): Gen<number> {
    const fd = yield* this.sys.open(p, O_RDWR);
    if (fd < 0) return fd;
    const r = yield* this.sys.ftruncate(fd, len);
    yield* this.sys.close(fd);
    return r;
  }
  *write(p: string, data: string, append: boolean): Gen<number> {
    const fd = yield* this.sys.open(p, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o644);
    if (fd < 0) return fd;
    const r = yield* this.sys.write(fd, data);
    yield* this.sys.close(fd);
    return r < 0 ? r : 0;
  }
  *read(p: string): Gen<string | number> {
    const fd = yield* this.sys.open(p, O_RDONLY);
    if (fd < 0) return fd;
    let text = '';
    for (;;) {
      const chunk = yield* this.sys.read(fd, 65536);
      if (typeof chunk === 'number') {
        yield* this.sys.close(fd);
        return chunk;
      }
      if (chunk.length === 0) break;
      text += String.fromCharCode(...chunk);
    }
    yield* this.sys.close(fd);
    return text;
  }
  *readdir(p: string): Gen<string[] | number> {
    const r = yield* readDir(this.sys, p);
    return typeof r === 'number' ? r : r.map((d) => d.name);
  }
  stat(p: string): Gen<St | number> {
    return statOf(this.sys.stat(p));
  }
  lstat(p: string): Gen<St | number> {
    return statOf(this.sys.lstat(p));
  }
  readlink(p: string) {
    return this.sys.readlink(p);
  }
  *xattrs(p: string): Gen<Array<[string, Uint8Array]>> {
    const names = yield* this.sys.llistxattr(p);
    if (typeof names === 'number') return [];
    const out: Array<[string, Uint8Array]> = [];
    for (const n of names.filter((x) => x.startsWith('trusted.overlay.'))) {
      const v = yield* this.sys.lgetxattr(p, n);
      if (typeof v !== 'number') out.push([n, v]);
    }
    return out;
  }
  *remount(dir: string, options: string): Gen<number> {
    const r = yield* this.sys.umount2(`${dir}/m`, 0);
    if (r < 0) return r;
    return yield* this.sys.mount('overlay', `${dir}/m`, 'overlay', 0, options);
  }
  *whiteout(p: string): Gen<void> {
    const r = yield* this.sys.mknod(p, S_IFCHR, 0);
    if (r < 0) throw new Error(`mknod ${p}: ${r}`);
  }
  *opaque(p: string): Gen<void> {
    const r = yield* this.sys.lsetxattr(p, 'trusted.overlay.opaque', new TextEncoder().encode('y'), 0);
    if (r < 0) throw new Error(`setxattr ${p}: ${r}`);
  }
}

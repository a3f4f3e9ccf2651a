// A stand-in kernel for the procps/util-linux programs: an in-memory tree of files (e.g. /proc,
// /etc/passwd) with directory listings derived from the paths, captured stdout/stderr, and
// per-test overrides for any other system call (uname, kill, mount...). Calls are recorded.

import type { Command } from '../../../src/userland/command';
import type { Syscall } from '../../../src/userland/sys';
import { createSys } from '../../../src/userland/libc/syscall';
import { concatBytes, decode, encode } from '../../../src/lib/utf8';

export interface FakeRun {
  stdout: string;
  stderr: string;
  status: number;
  calls: Syscall[];
}

type Handler = (...args: never[]) => unknown;

export function runFake(
  cmd: Command,
  argv: string[],
  opts: { files?: Record<string, string>; handlers?: Record<string, Handler>; env?: string[] } = {},
): FakeRun {
  const files = new Map(Object.entries(opts.files ?? {}));
  const dirs = new Set<string>(['/']);
  for (const p of files.keys()) {
    const parts = p.split('/');
    for (let i = 2; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const fds = new Map<number, { data: Uint8Array; pos: number; dir: string | undefined }>();
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const calls: Syscall[] = [];
  const base: Record<string, Handler> = {
    open: (p: string) => {
      const text = files.get(p);
      if (text === undefined && !dirs.has(p)) return -2;
      let fd = 3;
      while (fds.has(fd)) fd++;
      fds.set(fd, { data: encode(text ?? ''), pos: 0, dir: text === undefined ? p : undefined });
      return fd;
    },
    close: (fd: number) => (fds.delete(fd) ? 0 : -9),
    read: (fd: number, n: number) => {
      const f = fds.get(fd);
      if (!f) return -9;
      if (f.dir) return -21;
      const chunk = f.data.slice(f.pos, f.pos + n);
      f.pos += chunk.length;
      return chunk;
    },
    getdents64: (fd: number) => {
      const f = fds.get(fd);
      if (!f?.dir) return -20;
      if (f.pos > 0) return [];
      f.pos = 1;
      const prefix = f.dir === '/' ? '/' : f.dir + '/';
      const names = new Set<string>();
      for (const p of [...files.keys(), ...dirs]) {
        if (p.startsWith(prefix) && p.length > prefix.length)
          names.add(p.slice(prefix.length).split('/')[0]!);
      }
      return [...names].map((name, i) => ({ ino: i + 1, type: 0, name }));
    },
    write: (fd: number, d: Uint8Array | string) => {
      const bytes = typeof d === 'string' ? encode(d) : d;
      (fd === 2 ? err : out).push(bytes.slice());
      return bytes.length;
    },
    compute: () => 0,
    nanosleep: () => 0,
    getuid: () => 0,
    geteuid: () => 0,
    getgid: () => 0,
    getegid: () => 0,
    getgroups: () => [],
    getpid: () => 100,
    ioctl: () => -25,
    clock_gettime: () => ({ sec: 1795588853 + 600, nsec: 0 }),
    ...opts.handlers,
  };
  const sys = createSys();
  const gen = cmd.main(sys, argv, opts.env ?? ['PATH=/usr/bin:/bin']);
  let reply: unknown = undefined;
  let status = -1;
  for (let steps = 0; steps < 1_000_000; steps++) {
    const r = gen.next(reply);
    if (r.done) {
      status = r.value;
      break;
    }
    const call = r.value as Syscall;
    calls.push(call);
    if (call.nr === 'exit') {
      status = call.args[0] as number;
      break;
    }
    const h = base[call.nr];
    if (!h) throw new Error(`fake kernel: unsupported syscall ${call.nr}`);
    reply = (h as (...a: unknown[]) => unknown)(...call.args);
  }
  return { stdout: decode(concatBytes(out)), stderr: decode(concatBytes(err)), status, calls };
}

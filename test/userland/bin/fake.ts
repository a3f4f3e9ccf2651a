// A tiny stand-in kernel for unit-testing programs before/without the real one: an in-memory file
// table, stdin from a string, captured stdout/stderr. It services only the calls text tools make.

import type { Command } from '../../../src/userland/command';
import type { Syscall } from '../../../src/userland/sys';
import { createSys } from '../../../src/userland/libc/syscall';
import { O_APPEND, O_CREAT, O_TRUNC, O_WRONLY, O_RDWR } from '../../../src/kernel/abi/fcntl';
import { S_IFDIR, S_IFREG } from '../../../src/kernel/abi/stat';
import { concatBytes, decode, encode } from '../../../src/lib/utf8';
import { normalizePath } from '../../../src/lib/path';

export interface FakeResult {
  stdout: string;
  stderr: string;
  status: number;
  files: Map<string, Uint8Array>;
}

interface Fd {
  path: string | null;
  data: Uint8Array;
  pos: number;
  append: boolean;
}

export function runProgram(
  cmd: Command,
  argv: string[],
  opts: {
    stdin?: string;
    files?: Record<string, string>;
    dirs?: string[];
    maxSteps?: number;
    /** Programs execve can find as /bin/NAME or /usr/bin/NAME. A negative exit status means "killed by signal -status". */
    commands?: Record<string, Command>;
  } = {},
): FakeResult {
  const files = new Map<string, Uint8Array>();
  for (const [k, v] of Object.entries(opts.files ?? {})) files.set(k, encode(v));
  const dirs = new Set(['/', '.', ...(opts.dirs ?? [])]);
  for (const k of files.keys()) {
    const parts = k.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/') || '/');
  }
  const listed = new Set<number>();
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const fds = new Map<number, Fd>([
    [0, { path: null, data: encode(opts.stdin ?? ''), pos: 0, append: false }],
  ]);
  const norm = (p: string): string => normalizePath(p);
  const stat = (p0: string): unknown => {
    const p = norm(p0);
    if (dirs.has(p)) return { mode: S_IFDIR | 0o755, size: 0 };
    return files.has(p) ? { mode: S_IFREG | 0o644, size: files.get(p)!.length } : -2;
  };
  const handlers: Record<string, (...a: never[]) => unknown> = {
    open: (p0: string, flags: number) => {
      const p = norm(p0);
      if (dirs.has(p) && flags & (O_WRONLY | O_RDWR)) return -21;
      if (!files.has(p) && !dirs.has(p)) {
        if (!(flags & O_CREAT)) return -2;
        const parent = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) || '/' : '.';
        if (!dirs.has(parent)) return -2;
        files.set(p, new Uint8Array());
      }
      if (flags & O_TRUNC) files.set(p, new Uint8Array());
      let fd = 3;
      while (fds.has(fd)) fd++;
      fds.set(fd, {
        path: p,
        data: files.get(p) ?? new Uint8Array(),
        pos: dirs.has(p) ? -1 : 0,
        append: !!(flags & O_APPEND),
      });
      return fd;
    },
    close: (fd: number) => (listed.delete(fd), fds.delete(fd) ? 0 : -9),
    getdents64: (fd: number) => {
      const f = fds.get(fd);
      if (!f || f.pos >= 0 || f.path === null) return -20;
      if (listed.has(fd)) return [];
      listed.add(fd);
      const base = f.path === '.' ? '' : f.path.replace(/\/$/, '') + '/';
      const names = new Set<string>();
      for (const k of [...files.keys(), ...dirs]) {
        if (k !== '/' && k !== '.' && k.startsWith(base) && k !== f.path && k.length > base.length)
          names.add(k.slice(base.length).split('/')[0]!);
      }
      return [...names].sort().map((name, i) => ({ ino: i + 10, type: 0, name }));
    },
    read: (fd: number, n: number) => {
      const f = fds.get(fd);
      if (!f) return -9;
      if (f.pos < 0) return -21;
      const chunk = f.data.slice(f.pos, f.pos + n);
      f.pos += chunk.length;
      return chunk;
    },
    write: (fd: number, d: Uint8Array | string) => {
      if (fds.get(fd)?.pos === -1) return -9;
      const bytes = typeof d === 'string' ? encode(d) : d;
      if (fd === 1) out.push(bytes.slice());
      else if (fd === 2) err.push(bytes.slice());
      else {
        const f = fds.get(fd);
        if (!f || f.path === null) return -9;
        const cur = files.get(f.path) ?? new Uint8Array();
        files.set(f.path, concatBytes([cur, bytes]));
      }
      return bytes.length;
    },
    stat,
    lstat: stat,
    fstat: (fd: number) =>
      fd <= 2 ? { mode: 0o10644, size: 0 } : fds.get(fd)?.path ? stat(fds.get(fd)!.path!) : -9,
    compute: () => 0,
    ioctl: () => -25, // ENOTTY: no terminals here
    nanosleep: () => 0,
    sched_yield: () => 0,
    getcwd: () => '/',
    rename: (a: string, b: string) => {
      const d = files.get(a);
      if (!d) return -2;
      files.delete(a);
      files.set(b, d);
      return 0;
    },
    unlink: (p: string) => (files.delete(p) ? 0 : -2),
    chmod: () => 0,
    fchmod: () => 0,
    umask: () => 0o22,
    getrandom: (n: number) => new Uint8Array(n),
    clock_gettime: () => ({ sec: 0, nsec: 0 }),
  };
  const sys = createSys();
  const statuses = new Map<number, number>();
  let nextPid = 100;
  const drive = (start: Generator<Syscall, number, unknown>): number => {
    let gen = start;
    let reply: unknown = undefined;
    for (let steps = 0; steps < (opts.maxSteps ?? 1_000_000); steps++) {
      const r = gen.next(reply);
      if (r.done) return r.value;
      const call = r.value;
      if (call.nr === 'exit') return call.args[0] as number;
      if (call.nr === 'clone') {
        const pid = nextPid++;
        statuses.set(pid, drive((call.args[1] as () => Generator<Syscall, number, unknown>)()));
        reply = pid;
      } else if (call.nr === 'wait4') {
        const pid = call.args[0] as number;
        const st = statuses.get(pid);
        reply = st === undefined ? -10 : { pid, status: st < 0 ? -st : (st & 0xff) << 8 };
      } else if (call.nr === 'execve') {
        const path = call.args[0] as string;
        const name = path.replace(/^\/(usr\/)?bin\//, '');
        const target = opts.commands?.[name];
        if (!target || name.includes('/')) reply = -2;
        else gen = target.main(sys, call.args[1] as string[], call.args[2] as string[]);
        if (target && !name.includes('/')) reply = undefined;
      } else {
        const h = handlers[call.nr];
        if (!h) throw new Error(`fake kernel: unsupported syscall ${call.nr}`);
        reply = (h as (...a: unknown[]) => unknown)(...call.args);
      }
    }
    return -1;
  };
  const status = drive(cmd.main(sys, argv, ['PATH=/usr/bin:/bin']));
  return { stdout: decode(concatBytes(out)), stderr: decode(concatBytes(err)), status, files };
}

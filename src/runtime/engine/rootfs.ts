// What `runc init` does inside the new namespaces before the user's program runs
// (libcontainer/rootfs_linux.go): make every mount private, mount /proc, /sys, /dev (with its
// device nodes and devpts), /dev/shm and the cgroup filesystem under the container's root, then
// pivot_root into it and detach the old root.
//
// Simplification: no masked or read-only /proc paths, no seccomp or capability dropping; on cgroup
// v1 each hierarchy is a bind mount of the container's own cgroup directory (what runc mounts in
// effect); /etc/hostname, /etc/hosts and /etc/resolv.conf are files of the init layer rather than
// bind mounts.

import {
  MNT_DETACH,
  MS_BIND,
  MS_NODEV,
  MS_NOEXEC,
  MS_NOSUID,
  MS_PRIVATE,
  MS_RDONLY,
  MS_REC,
  MS_REMOUNT,
} from '../../kernel/abi/mount';
import { S_IFCHR, makedev } from '../../kernel/abi/stat';
import type { Gen, Sys } from '../../userland/sys';
import { mkdirAll } from './fsio';

const V1_MOUNTS = ['blkio', 'cpu', 'cpuacct', 'cpuset', 'devices', 'freezer', 'memory', 'pids'];

const DEVICES: readonly [string, number, number, number][] = [
  ['null', 1, 3, 0o666],
  ['zero', 1, 5, 0o666],
  ['full', 1, 7, 0o666],
  ['random', 1, 8, 0o666],
  ['urandom', 1, 9, 0o666],
  ['tty', 5, 0, 0o666],
];

/** A -v mount: a host directory (or a named volume's _data) bound into the container. */
export interface BindSpec {
  readonly source: string;
  readonly target: string;
  readonly readonly: boolean;
}

export interface RootfsSpec {
  /** The overlay's merged directory (already mounted by the daemon). */
  readonly root: string;
  readonly cgroupV2: boolean;
  /** The container's cgroup path on the host ("/docker/<id>"), for v1 bind mounts. */
  readonly cgroupPath: string;
  readonly binds: readonly BindSpec[];
}

/** Mount the pseudo filesystems under the new root and pivot into it. 0 or -errno with the step. */
export function* setupRootfs(sys: Sys, spec: RootfsSpec): Gen<{ err: number; step: string } | undefined> {
  const { root } = spec;
  const steps: [string, () => Gen<number>][] = [
    ['make / private', () => sys.mount('none', '/', '', MS_REC | MS_PRIVATE, '')],
    ['mount proc', () => sys.mount('proc', `${root}/proc`, 'proc', MS_NOSUID | MS_NODEV | MS_NOEXEC, '')],
    ['mount sysfs', () => sys.mount('sysfs', `${root}/sys`, 'sysfs', MS_RDONLY | MS_NOSUID | MS_NODEV, '')],
    ['mount /dev', () => sys.mount('tmpfs', `${root}/dev`, 'tmpfs', MS_NOSUID, 'mode=755,size=65536k')],
    ['create devices', () => devices(sys, `${root}/dev`)],
    [
      'mount devpts',
      () =>
        sys.mount(
          'devpts',
          `${root}/dev/pts`,
          'devpts',
          MS_NOSUID | MS_NOEXEC,
          'newinstance,ptmxmode=0666,mode=0620,gid=5',
        ),
    ],
    [
      'mount /dev/shm',
      () => sys.mount('shm', `${root}/dev/shm`, 'tmpfs', MS_NOSUID | MS_NODEV | MS_NOEXEC, 'size=65536k'),
    ],
    ['mount cgroup', () => cgroups(sys, spec)],
    ['mount volumes', () => binds(sys, spec)],
    ['pivot_root', () => pivot(sys, root)],
  ];
  for (const [step, run] of steps) {
    const err = yield* run();
    if (err < 0) return { err, step };
  }
  return undefined;
}

function* devices(sys: Sys, dev: string): Gen<number> {
  for (const [name, maj, min, mode] of DEVICES) {
    const r = yield* sys.mknod(`${dev}/${name}`, S_IFCHR | mode, makedev(maj, min));
    if (r < 0) return r;
    yield* sys.chmod(`${dev}/${name}`, mode);
  }
  for (const d of ['pts', 'shm', 'mqueue']) yield* sys.mkdir(`${dev}/${d}`, 0o755);
  yield* sys.symlink('/proc/self/fd', `${dev}/fd`);
  yield* sys.symlink('/proc/self/fd/0', `${dev}/stdin`);
  yield* sys.symlink('/proc/self/fd/1', `${dev}/stdout`);
  yield* sys.symlink('/proc/self/fd/2', `${dev}/stderr`);
  yield* sys.symlink('pts/ptmx', `${dev}/ptmx`);
  return 0;
}

function* cgroups(sys: Sys, spec: RootfsSpec): Gen<number> {
  const target = `${spec.root}/sys/fs/cgroup`;
  const flags = MS_NOSUID | MS_NODEV | MS_NOEXEC;
  if (spec.cgroupV2) return yield* sys.mount('cgroup', target, 'cgroup2', flags | MS_RDONLY, '');
  const t = yield* sys.mount('tmpfs', target, 'tmpfs', flags, 'mode=755');
  if (t < 0) return t;
  for (const h of V1_MOUNTS) {
    yield* mkdirAll(sys, `${target}/${h}`);
    const r = yield* sys.mount(`/sys/fs/cgroup/${h}${spec.cgroupPath}`, `${target}/${h}`, '', MS_BIND, '');
    if (r < 0) return r;
  }
  return 0;
}

function* binds(sys: Sys, spec: RootfsSpec): Gen<number> {
  for (const b of spec.binds) {
    const target = `${spec.root}${b.target}`;
    yield* mkdirAll(sys, target);
    const r = yield* sys.mount(b.source, target, '', MS_BIND | MS_REC, '');
    if (r < 0) return r;
    if (b.readonly) yield* sys.mount('', target, '', MS_BIND | MS_REMOUNT | MS_RDONLY | MS_REC, '');
  }
  return 0;
}

function* pivot(sys: Sys, root: string): Gen<number> {
  const c = yield* sys.chdir(root);
  if (c < 0) return c;
  const p = yield* sys.pivot_root('.', '.');
  if (p < 0) return p;
  const u = yield* sys.umount2('.', MNT_DETACH);
  if (u < 0) return u;
  return yield* sys.chdir('/');
}

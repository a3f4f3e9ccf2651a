// Boot: the root filesystem (a tmpfs), the standard mounts (/proc, /dev, /dev/pts, /sys) and the
// device nodes, in the initial mount namespace. Directory and file creation here bypasses system
// calls: it is the kernel (and the world's installer) laying out the disk before init runs.

import { S_IFCHR, S_IFDIR, S_IFLNK, S_IFREG, makedev } from './abi/stat';
import { MS_NOEXEC, MS_NOSUID, MS_RELATIME, MS_NODEV, MS_RDONLY } from './abi/mount';
import { CgroupFs } from './cgroup/fs';
import type { KernelCore } from './core';
import { RegularInode } from './vfs/inode';
import type { Inode, DirInode } from './vfs/inode';
import { Mount } from './vfs/mount';
import { createTmpfs, FILESYSTEMS } from './fs/registry';
import type { SuperBlock } from './vfs/superblock';
import { crossMounts } from './vfs/lookup';
import { encode } from '../lib/utf8';
import { sendSignal } from './task/signal';

/** Walk (creating directories) to the directory at `path`, crossing mounts. */
export function ensureDir(k: KernelCore, path: string, perm = 0o755): { mnt: Mount; inode: DirInode } {
  let cur = crossMounts({ mnt: k.initMntNs.root, inode: k.initMntNs.root.root });
  for (const name of path.split('/').filter((c) => c !== '')) {
    const dir = cur.inode as DirInode;
    let child = dir.lookup(name);
    if (!child) {
      child = dir.create(name, S_IFDIR | perm, 0) as Inode;
    }
    cur = crossMounts({ mnt: cur.mnt, inode: child });
  }
  return cur as { mnt: Mount; inode: DirInode };
}

function splitPath(path: string): [string, string] {
  const i = path.lastIndexOf('/');
  return [path.slice(0, i) || '/', path.slice(i + 1)];
}

/** Create or replace a regular file (used to install the root filesystem). */
export function installFile(
  k: KernelCore,
  path: string,
  content: string | Uint8Array,
  perm = 0o644,
  shared = false,
): RegularInode {
  const [dirPath, name] = splitPath(path);
  const dir = ensureDir(k, dirPath).inode;
  let inode = dir.lookup(name);
  if (!(inode instanceof RegularInode)) {
    if (inode) dir.detach(name);
    inode = dir.create(name, S_IFREG | perm, 0) as RegularInode;
  }
  const file = inode as RegularInode;
  if (shared && typeof content !== 'string') file.shareBytes(content);
  else file.setBytes(typeof content === 'string' ? encode(content) : content);
  file.mode = S_IFREG | perm;
  return file;
}

export function installSymlink(k: KernelCore, path: string, target: string): void {
  const [dirPath, name] = splitPath(path);
  const dir = ensureDir(k, dirPath).inode;
  if (dir.lookup(name)) dir.detach(name);
  dir.create(name, S_IFLNK | 0o777, 0, target);
}

function mountAt(k: KernelCore, path: string, sb: SuperBlock, source: string, flags: number): void {
  const at = ensureDir(k, path);
  const m = new Mount(k.nextMountId++, sb, sb.root, at.mnt, at.inode, flags, source, k.initMntNs);
  at.mnt.children.set(at.inode, m);
}

function makeDevices(k: KernelCore): void {
  const dev = ensureDir(k, '/dev').inode;
  const nodes: Array<[string, number, number, number]> = [
    ['null', 1, 3, 0o666],
    ['zero', 1, 5, 0o666],
    ['full', 1, 7, 0o666],
    ['random', 1, 8, 0o666],
    ['urandom', 1, 9, 0o666],
    ['tty', 5, 0, 0o666],
    ['console', 5, 1, 0o600],
    ['ptmx', 5, 2, 0o666],
  ];
  for (const [name, maj, min, perm] of nodes) dev.create(name, S_IFCHR | perm, makedev(maj, min));
  for (const [name, target] of [
    ['fd', '/proc/self/fd'],
    ['stdin', '/proc/self/fd/0'],
    ['stdout', '/proc/self/fd/1'],
    ['stderr', '/proc/self/fd/2'],
  ] as const) {
    dev.create(name, S_IFLNK | 0o777, 0, target);
  }
  ensureDir(k, '/dev/shm', 0o1777);
}

const CGROUP_MOUNT_FLAGS = MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RELATIME;

/** cgroup2 at /sys/fs/cgroup, or (hybrid) v1 controllers beside cgroup2 at /sys/fs/cgroup/unified. */
function mountCgroups(k: KernelCore): void {
  const m = k.cgroups;
  if (k.profile !== 'hybrid') {
    mountAt(k, '/sys/fs/cgroup', new CgroupFs(k, k.cgroupHost, m.unified).sb, 'cgroup2', CGROUP_MOUNT_FLAGS);
    return;
  }
  const tmp = createTmpfs(k, 'mode=755,size=4k') as SuperBlock;
  tmp.options = 'ro,size=4096k,nr_inodes=1024,mode=755';
  mountAt(k, '/sys/fs/cgroup', tmp, 'tmpfs', MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC);
  mountAt(
    k,
    '/sys/fs/cgroup/unified',
    new CgroupFs(k, k.cgroupHost, m.unified).sb,
    'cgroup2',
    CGROUP_MOUNT_FLAGS,
  );
  for (const h of [...m.v1].sort((a, b) => b.id - a.id)) {
    const name = h.controllers[0]!.replace('name=', '');
    const fs = new CgroupFs(k, k.cgroupHost, h);
    if (name === 'systemd') fs.sb.options = 'rw,xattr,name=systemd';
    mountAt(k, `/sys/fs/cgroup/${name}`, fs.sb, 'cgroup', CGROUP_MOUNT_FLAGS);
  }
}

export function boot(k: KernelCore): void {
  k.filesystems = { ...FILESYSTEMS };
  k.sendSignal = (task, sig) => sendSignal(k, task, sig);
  // The namespace's first mount is the initial "rootfs"; the real root is mounted on top of it,
  // so `/` has a parent (as pivot_root(2) requires) that mountinfo does not show.
  const rootfsSb = createTmpfs(k, 'mode=755') as SuperBlock;
  const rootfs = new Mount(1, rootfsSb, rootfsSb.root, undefined, undefined, 0, 'rootfs', k.initMntNs);
  k.initMntNs.root = rootfs;
  const rootSb = createTmpfs(k, 'mode=755') as SuperBlock;
  rootSb.options = 'rw';
  const root = new Mount(
    k.nextMountId++,
    rootSb,
    rootSb.root,
    rootfs,
    rootfsSb.root,
    MS_RELATIME,
    '/dev/root',
    k.initMntNs,
  );
  rootfs.children.set(rootfsSb.root, root);
  for (const dir of ['proc', 'sys', 'dev', 'tmp', 'run'])
    ensureDir(k, `/${dir}`, dir === 'tmp' ? 0o1777 : 0o755);
  const fs = k.filesystems;
  mountAt(
    k,
    '/proc',
    fs.proc!(k, 'proc', 0, '') as SuperBlock,
    'proc',
    MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RELATIME,
  );
  mountAt(
    k,
    '/sys',
    fs.sysfs!(k, 'sysfs', 0, '') as SuperBlock,
    'sysfs',
    MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RELATIME,
  );
  mountCgroups(k);
  const devSb = createTmpfs(k, 'mode=755') as SuperBlock;
  devSb.options = 'rw,size=10240k,mode=755';
  mountAt(k, '/dev', devSb, 'udev', MS_NOSUID | MS_RELATIME);
  makeDevices(k);
  mountAt(
    k,
    '/dev/pts',
    fs.devpts!(k, 'devpts', 0, '') as SuperBlock,
    'devpts',
    MS_NOSUID | MS_NOEXEC | MS_RELATIME,
  );
  k.printk(`Linux version 6.18.0-glasshouse (glasshouse) #1 SMP PREEMPT_DYNAMIC`);
  k.printk(`Command line: console=ttyS0 root=/dev/root`);
  k.printk(`smpboot: Allowing ${k.cpus} CPUs, 0 hotplug CPUs`);
  k.printk(`Memory: ${Math.floor(k.memoryBytes / 1024)}K available`);
  k.printk('devtmpfs: initialized');
  k.printk('Run /sbin/init as init process');
}

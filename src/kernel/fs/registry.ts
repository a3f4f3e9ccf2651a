// Filesystem types (register_filesystem, /proc/filesystems): each makes a SuperBlock for a mount.

import { EINVAL, ENODEV } from '../abi/errno';
import type { KernelCore } from '../core';
import { makedev } from '../abi/stat';
import { SuperBlock } from '../vfs/superblock';
import { createProcFs } from './proc/procfs';
import { createDevpts } from './devpts';
import { createSysfs } from './sysfs';
import { CgroupFs } from '../cgroup/fs';
import { createOverlay } from './overlay/super';

export const TMPFS_MAGIC = 0x01021994;

export type FsFactory = (k: KernelCore, source: string, flags: number, data: string) => SuperBlock | number;

/** An anonymous device number (0:N) for a virtual filesystem instance. */
export function anonDev(k: KernelCore): number {
  return makedev(0, k.nextAnonMinor++);
}

const SIZE_SUFFIX: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, '': 1 };

function parseSize(value: string): number | undefined {
  const m = /^(\d+)([kmg]?)$/i.exec(value);
  return m ? Number(m[1]) * SIZE_SUFFIX[m[2]!.toLowerCase()]! : undefined;
}

function parseTmpfsOptions(data: string): { mode: number; extra: string; sizeBytes?: number } | number {
  let mode = 0o1777;
  let sizeBytes: number | undefined;
  const extra: string[] = [];
  for (const opt of data.split(',').filter((o) => o !== '')) {
    const [key, value = ''] = opt.split('=');
    if (key === 'mode') {
      if (!/^[0-7]+$/.test(value)) return -EINVAL;
      mode = parseInt(value, 8);
      extra.push(`mode=${mode.toString(8).padStart(3, '0')}`);
    } else if (key === 'size') {
      sizeBytes = parseSize(value);
      if (sizeBytes === undefined) return -EINVAL;
      extra.push(`size=${Math.floor(sizeBytes / 1024)}k`);
    } else if (key === 'nr_inodes' || key === 'uid' || key === 'gid') {
      extra.push(opt);
    } else if (
      !['rw', 'ro', 'nosuid', 'nodev', 'noexec', 'relatime', 'noatime', 'strictatime', 'defaults'].includes(
        opt,
      )
    ) {
      return -EINVAL;
    }
  }
  return sizeBytes === undefined
    ? { mode, extra: extra.join(',') }
    : { mode, extra: extra.join(','), sizeBytes };
}

export function createTmpfs(k: KernelCore, data: string): SuperBlock | number {
  const opts = parseTmpfsOptions(data);
  if (typeof opts === 'number') return opts;
  const sb = new SuperBlock(k, 'tmpfs', anonDev(k), TMPFS_MAGIC);
  sb.options = opts.extra ? `rw,${opts.extra}` : 'rw';
  sb.sizeLimit = opts.sizeBytes ?? Math.floor(k.memoryBytes / 2);
  const root = sb.makeInode(0o040000 | opts.mode);
  if (typeof root === 'number') return root;
  sb.root = root as typeof sb.root;
  return sb;
}

function createCgroupFs(k: KernelCore, version: 1 | 2, data: string): SuperBlock | number {
  const m = k.cgroups;
  if (version === 2) {
    let root = m.unified.root;
    for (const name of (k.current?.ns.cgroup.root ?? '/').split('/').filter((p) => p !== ''))
      root = root.children.get(name) ?? root;
    return new CgroupFs(k, k.cgroupHost, m.unified, root).sb;
  }
  const opts = data
    .split(',')
    .filter((o) => o !== '' && !['rw', 'ro', 'nosuid', 'nodev', 'noexec', 'relatime'].includes(o));
  const h = m.v1.find((x) => opts.length > 0 && opts.every((o) => x.controllers.includes(o)));
  return h ? new CgroupFs(k, k.cgroupHost, h).sb : -EINVAL;
}

export const FILESYSTEMS: Readonly<Record<string, FsFactory>> = {
  cgroup: (k, _source, _flags, data) => createCgroupFs(k, 1, data),
  overlay: (k, _source, _flags, data) => createOverlay(k, data),
  cgroup2: (k, _source, _flags, data) => createCgroupFs(k, 2, data),
  tmpfs: (k, _source, _flags, data) => createTmpfs(k, data),
  proc: (k) => createProcFs(k),
  devpts: (k) => createDevpts(k),
  sysfs: (k) => createSysfs(k),
};

export function makeSuperBlock(
  k: KernelCore,
  fstype: string,
  source: string,
  flags: number,
  data: string,
): SuperBlock | number {
  const factory = k.filesystems[fstype];
  if (!factory) return -ENODEV;
  return factory(k, source, flags, data);
}

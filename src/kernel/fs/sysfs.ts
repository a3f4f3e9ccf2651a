// sysfs (/sys): the few attributes userland reads here (CPU topology), plus the empty
// /sys/fs/cgroup directory the cgroup filesystems are mounted on.
// Simplification: no devices, buses or drivers.

import type { KernelCore } from '../core';
import { SuperBlock } from '../vfs/superblock';
import { anonDev } from './registry';
import { fixedDir, roFile } from './synthetic';
import { DirInode } from '../vfs/inode';

export const SYSFS_MAGIC = 0x62656572;

export function createSysfs(k: KernelCore): SuperBlock {
  const sb = new SuperBlock(k, 'sysfs', anonDev(k), SYSFS_MAGIC);
  sb.backed = false;
  const range = `0-${k.cpus - 1}\n`;
  const cgroupDir = new DirInode(sb, 2, 0o755);
  const root = fixedDir(0o555, {
    devices: fixedDir(0o755, {
      system: fixedDir(0o755, {
        cpu: fixedDir(0o755, {
          online: roFile(() => range),
          possible: roFile(() => range),
          present: roFile(() => range),
        }),
      }),
    }),
    fs: fixedDir(0o755, { cgroup: () => cgroupDir }),
    kernel: fixedDir(0o755, {}),
  });
  sb.root = root(sb, 1) as DirInode;
  sb.allocIno();
  sb.allocIno();
  return sb;
}

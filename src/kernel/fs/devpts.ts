// devpts (/dev/pts): one character device per pseudo-terminal, /dev/pts/N = (136, N).

import { S_IFCHR, makedev } from '../abi/stat';
import type { KernelCore } from '../core';
import { DeviceInode } from '../vfs/inode';
import { SuperBlock } from '../vfs/superblock';
import { anonDev } from './registry';
import { SynthDir } from './synthetic';

export const DEVPTS_SUPER_MAGIC = 0x1cd1;

export function createDevpts(k: KernelCore): SuperBlock {
  const sb = new SuperBlock(k, 'devpts', anonDev(k), DEVPTS_SUPER_MAGIC);
  sb.options = 'rw,gid=5,mode=620,ptmxmode=000';
  const names = (): string[] => [...k.ttys.map((t) => String(t.index)), 'ptmx'];
  sb.root = new SynthDir(sb, 1, 0o755, names, (name) => {
    if (name === 'ptmx') return (s, ino) => new DeviceInode(s, ino, S_IFCHR | 0o000, makedev(5, 2));
    return (s, ino) => {
      const dev = new DeviceInode(s, ino, S_IFCHR | 0o620, makedev(136, Number(name)));
      dev.gid = 5;
      return dev;
    };
  });
  return sb;
}

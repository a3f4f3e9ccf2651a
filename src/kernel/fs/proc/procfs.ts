// procfs (proc(5)): a synthetic filesystem showing the kernel's state as text. Each mount belongs
// to the pid namespace of the task that mounted it and lists only the processes visible there.

import type { KernelCore } from '../../core';
import { SuperBlock } from '../../vfs/superblock';
import { anonDev } from '../registry';
import { link, SynthDir } from '../synthetic';
import type { ChildFactory } from '../synthetic';
import { pidDir } from './pid';
import { systemEntries } from './system';

export const PROC_SUPER_MAGIC = 0x9fa0;

export function createProcFs(k: KernelCore): SuperBlock {
  const ns = k.current?.pidns ?? k.initPidNs;
  const sb = new SuperBlock(k, 'proc', anonDev(k), PROC_SUPER_MAGIC);
  sb.backed = false;
  const fixed: Record<string, ChildFactory> = {
    ...systemEntries(k),
    self: link(() => String(k.current?.pidIn(ns) ?? ''), undefined, 0),
    mounts: link(() => 'self/mounts'),
    net: link(() => 'self/net'),
  };
  const names = (): string[] => {
    const pids = [...ns.tasks.keys()].filter((p) => ns.tasks.get(p)!.state !== 'X').sort((a, b) => a - b);
    return [...pids.map(String), ...Object.keys(fixed)];
  };
  const make = (name: string): ChildFactory | undefined => {
    if (/^\d+$/.test(name)) {
      const t = ns.tasks.get(Number(name));
      return t ? pidDir(k, t, ns) : undefined;
    }
    return fixed[name];
  };
  sb.root = new SynthDir(sb, 1, 0o555, names, make);
  return sb;
}

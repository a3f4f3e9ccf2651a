// machine(): the mount namespaces with their mounts and the network namespaces with their
// interfaces, plus memory, CPUs and the kernel release. Mounts come from the same code that
// prints /proc/PID/mountinfo (for the lowest pid in each mount namespace, so a container's list
// starts at its pivot_root'ed overlay root); interfaces, addresses, veth peers and bridge ports
// from the network stacks `ip link` and `ip addr` ask through rtnetlink.
// Cost: one pass over the task table plus every visible mount and device; no syscalls are made
// and nothing in the kernel changes (a namespace whose stack was never used shows the DOWN
// loopback device Linux would create for it).
// Simplification: mount namespaces without live processes are left out; so are network
// namespaces without processes, unless they are bind-mounted somewhere a process can see (as
// `ip netns add` does under /run/netns) or hold the other end of a veth; IPv6 addresses are
// not listed.

import type { Kernel } from '../../kernel';
import type { KernelCore } from '../../kernel/core';
import { formatIPv4, formatMac } from '../../lib/inet';
import type { MountNamespace } from '../../kernel/vfs/mount';
import { NetNamespace } from '../../kernel/ns/nsproxy';
import { NsInode } from '../../kernel/ns/nsfs';
import type { Task } from '../../kernel/task/task';
import type { NetDevice } from '../../kernel/net/device';
import type { NetStack } from '../../kernel/net/stack';
import { major, minor } from '../../kernel/abi/stat';
import { mountFlags, optional, rootInFs, visible } from '../../kernel/fs/proc/mountinfo';
import { KERNEL_RELEASE } from '../../kernel/syscall/system';
import type {
  InterfaceInfo,
  MachineSnapshot,
  MountInfo,
  MountNamespaceInfo,
  NetNamespaceInfo,
  NsLeader,
} from './types';

interface Group<N> {
  readonly ns: N;
  readonly tasks: Task[];
}

/** Live tasks grouped by a namespace, in pid order (the task table is keyed by pid). */
function groupBy<N>(k: KernelCore, of: (t: Task) => N): Map<N, Group<N>> {
  const out = new Map<N, Group<N>>();
  const tasks = [...k.tasks.values()].filter((t) => t.alive).sort((a, b) => a.pid - b.pid);
  for (const t of tasks) {
    const ns = of(t);
    const g = out.get(ns) ?? { ns, tasks: [] };
    g.tasks.push(t);
    out.set(ns, g);
  }
  return out;
}

function leaderOf(t: Task | undefined): NsLeader | undefined {
  return t ? { pid: t.pid, comm: t.comm, args: t.cmdline.join(' ') } : undefined;
}

/** Split "lowerdir=a:b,upperdir=u,workdir=w" (overlay's superblock options). */
export function overlayParts(superOptions: string): MountInfo['overlay'] {
  const opts = new Map<string, string>();
  for (const part of superOptions.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) opts.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const lower = opts.get('lowerdir');
  if (lower === undefined) return undefined;
  return {
    lowerdir: lower.split(/(?<!\\):/),
    upperdir: opts.get('upperdir') ?? '',
    workdir: opts.get('workdir') ?? '',
  };
}

function mountsOf(t: Task): MountInfo[] {
  return visible(t).map(({ m, at }) => {
    const superOptions = m.sb.options;
    const overlay = m.sb.fstype === 'overlay' ? overlayParts(superOptions) : undefined;
    return {
      id: m.id,
      parentId: m.parent ? m.parent.id : m.id,
      target: at,
      source: m.source,
      fstype: m.sb.fstype,
      options: mountFlags(m),
      superOptions,
      root: rootInFs(m),
      device: `${major(m.sb.dev)}:${minor(m.sb.dev)}`,
      propagation: m.propagation,
      optionalFields: optional(m).trim(),
      ...(overlay ? { overlay } : {}),
    };
  });
}

function mountNamespaces(k: KernelCore): MountNamespaceInfo[] {
  const groups = groupBy<MountNamespace>(k, (t) => t.ns.mnt);
  return [...groups.values()]
    .map(({ ns, tasks }) => {
      const lead = tasks[0]!;
      const leader = leaderOf(lead);
      return {
        inode: ns.inum,
        initial: ns === k.initMntNs,
        pids: tasks.map((t) => t.pid),
        ...(leader ? { leader } : {}),
        hostname: lead.ns.uts.hostname,
        mounts: mountsOf(lead),
      };
    })
    .sort((a, b) => a.inode - b.inode);
}

function kindOf(d: NetDevice): InterfaceInfo['kind'] {
  return d.kind === 'loopback' || d.kind === 'veth' || d.kind === 'bridge' ? d.kind : 'other';
}

function interfacesOf(stack: NetStack): InterfaceInfo[] {
  return stack.list().map((d) => ({
    index: d.index,
    name: d.name,
    kind: kindOf(d),
    up: d.up,
    operstate: d.operstate(),
    mtu: d.mtu,
    mac: formatMac(d.mac),
    addresses: stack.addrs.filter((a) => a.dev === d).map((a) => `${formatIPv4(a.addr)}/${a.prefixlen}`),
    ...(d.master ? { master: d.master.name } : {}),
    ...(d.peer ? { peer: { netns: d.peer.stack.inum, index: d.peer.index, name: d.peer.name } } : {}),
  }));
}

/** What a namespace whose stack was never created has: its loopback device, down. */
const UNUSED_LO: InterfaceInfo = {
  index: 1,
  name: 'lo',
  kind: 'loopback',
  up: false,
  operstate: 'DOWN',
  mtu: 65536,
  mac: '00:00:00:00:00:00',
  addresses: [],
};

/** Network namespaces bind-mounted where some process sees them, with those paths. */
function boundNetns(k: KernelCore): Map<NetNamespace, string[]> {
  const out = new Map<NetNamespace, string[]>();
  const leaders = [...groupBy<MountNamespace>(k, (t) => t.ns.mnt).values()].map((g) => g.tasks[0]!);
  for (const t of leaders) {
    for (const { m, at } of visible(t)) {
      const root = m.root;
      if (!(root instanceof NsInode) || !(root.ns instanceof NetNamespace)) continue;
      const paths = out.get(root.ns) ?? [];
      if (!paths.includes(at)) paths.push(at);
      out.set(root.ns, paths);
    }
  }
  return out;
}

function netInfo(
  k: KernelCore,
  ns: NetNamespace,
  tasks: readonly Task[],
  bound: readonly string[],
): NetNamespaceInfo {
  const leader = leaderOf(tasks[0]);
  return {
    inode: ns.inum,
    initial: ns === k.initNet,
    pids: tasks.map((t) => t.pid),
    ...(leader ? { leader } : {}),
    hostname: tasks[0]?.ns.uts.hostname ?? '',
    ...(bound.length ? { bindMounts: bound } : {}),
    interfaces: ns.stack ? interfacesOf(ns.stack) : [UNUSED_LO],
  };
}

function netNamespaces(k: KernelCore): NetNamespaceInfo[] {
  const groups = groupBy<NetNamespace>(k, (t) => t.ns.net);
  const bound = boundNetns(k);
  for (const ns of bound.keys()) if (!groups.has(ns)) groups.set(ns, { ns, tasks: [] });
  const out = new Map<number, NetNamespaceInfo>();
  const stacks: NetStack[] = [];
  for (const { ns, tasks } of groups.values()) {
    out.set(ns.inum, netInfo(k, ns, tasks, bound.get(ns) ?? []));
    if (ns.stack) stacks.push(ns.stack);
  }
  // Namespaces nobody is in but that hold a veth end (reached from the other end).
  for (let i = 0; i < stacks.length; i++) {
    for (const d of stacks[i]!.devices.values()) {
      const other = d.peer?.stack;
      if (!other || out.has(other.inum)) continue;
      stacks.push(other);
      const initial = other.inum === k.initNet.inum;
      out.set(other.inum, {
        inode: other.inum,
        initial,
        pids: [],
        hostname: '',
        interfaces: interfacesOf(other),
      });
    }
  }
  return [...out.values()].sort((a, b) => a.inode - b.inode);
}

export function machine(kernel: Kernel): MachineSnapshot {
  const k = kernel.core;
  return {
    timeNs: k.clock.monotonicNs,
    mountNamespaces: mountNamespaces(k),
    netNamespaces: netNamespaces(k),
    memory: { totalBytes: k.memoryBytes, usedBytes: k.memoryUsedBytes() },
    cpus: k.cpus,
    kernelRelease: KERNEL_RELEASE,
  };
}

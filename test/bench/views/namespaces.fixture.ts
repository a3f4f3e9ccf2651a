// A synthetic process snapshot for the namespace view's frame-time bench and tests: a host with
// shells and sleeps, and containers (each its own pid, mnt, uts, ipc, net and cgroup namespaces,
// started by a containerd-shim on the host), one of them holding a nested pid namespace.
// Deterministic: the same count gives the same snapshot. About 10 pid namespaces for 200.

import type { NsKind, ProcessInfo, ProcessSnapshot } from '../../../src/world/inspect/types';
import { NS_KINDS } from '../../../src/world/inspect/types';

const HOST: Record<NsKind, number> = {
  mnt: 0xeffffff8,
  net: 0xeffffff9,
  time: 0xeffffffa,
  cgroup: 0xeffffffb,
  pid: 0xeffffffc,
  user: 0xeffffffd,
  uts: 0xeffffffe,
  ipc: 0xefffffff,
};
const UNSHARED: readonly NsKind[] = ['mnt', 'uts', 'ipc', 'net', 'pid', 'cgroup'];
const COMMS = ['sh', 'nginx', 'sleep', 'python3', 'redis-server', 'node', 'postgres', 'cat'];

interface Proc {
  pid: number;
  ppid: number;
  comm: string;
  nsPids: { ns: number; pid: number }[];
  ns: Record<NsKind, number>;
  hostname: string;
  cgroup: string;
}

function info(p: Proc): ProcessInfo {
  return {
    ...p,
    args: p.comm === 'sleep' ? 'sleep 1000' : p.comm,
    state: 'S',
    uid: 0,
    rssBytes: 1 << 20,
    cpuNs: p.pid * 1000,
    startNs: p.pid * 1_000_000,
  };
}

export function makeProcessSnapshot(processes: number): ProcessSnapshot {
  const procs: Proc[] = [];
  let nextPid = 1;
  let nextIno = 4026532178;
  const parents = new Map<number, number>();
  const host = (ppid: number, comm: string): Proc => {
    const pid = nextPid++;
    const p = {
      pid,
      ppid,
      comm,
      nsPids: [{ ns: HOST.pid, pid }],
      ns: { ...HOST },
      hostname: 'glasshouse',
      cgroup: '/',
    };
    procs.push(p);
    return p;
  };
  host(0, 'init');
  const containers = Math.max(1, Math.round(processes / 22));
  const hostCount = Math.max(2, processes - containers * 18);
  for (let i = 1; i < hostCount && procs.length < processes; i++)
    host(i % 7 === 0 ? 1 : Math.max(1, i - 1), i % 3 ? 'bash' : 'sleep');
  for (let c = 0; c < containers && procs.length < processes; c++) {
    const shim = host(1, 'containerd-shim');
    const ns = { ...HOST };
    for (const kind of UNSHARED) ns[kind] = nextIno++;
    const id = (0x1f00 + c * 0x111).toString(16).padStart(12, 'a');
    let inner = 1;
    let parent = shim.pid;
    const size = Math.min(18, processes - procs.length);
    const nested = c === 0 && size >= 8 ? nextIno++ : 0;
    if (nested) parents.set(nested, ns.pid);
    for (let j = 0; j < size; j++) {
      const pid = nextPid++;
      const nsPids = [
        { ns: HOST.pid, pid },
        { ns: ns.pid, pid: inner++ },
      ];
      const deep = nested !== 0 && j >= size - 3;
      if (deep) nsPids.push({ ns: nested, pid: j - (size - 3) + 1 });
      const comm = j === 0 ? 'sh' : COMMS[(c + j) % COMMS.length]!;
      const own = deep ? { ...ns, pid: nested } : { ...ns };
      const ppid = deep && j > size - 3 ? pid - 1 : parent;
      procs.push({
        pid,
        ppid,
        comm,
        nsPids,
        ns: own,
        hostname: id,
        cgroup: `/system.slice/docker-${id}.scope`,
      });
      if (j === 0) parent = pid;
    }
  }
  return { timeNs: processes * 1e9, processes: procs.map(info), namespaces: namespacesOf(procs, parents) };
}

function namespacesOf(procs: readonly Proc[], parents: Map<number, number>): ProcessSnapshot['namespaces'] {
  const seen = new Map<
    string,
    { kind: NsKind; inode: number; initial: boolean; pids: number[]; parent?: number }
  >();
  for (const p of procs) {
    for (const kind of NS_KINDS) {
      const key = `${kind}:${p.ns[kind]}`;
      let e = seen.get(key);
      if (!e) {
        e = { kind, inode: p.ns[kind], initial: p.ns[kind] === HOST[kind], pids: [] };
        if (kind === 'pid' && !e.initial) e.parent = parents.get(e.inode) ?? HOST.pid;
        seen.set(key, e);
      }
      e.pids.push(p.pid);
    }
  }
  return [...seen.values()];
}

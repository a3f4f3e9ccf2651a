// What the Container vs VM view compares, worked out from two world.inspect snapshots: every VM
// (a qemu-system-* process: the whole machine is that one host process) and every container (the
// processes of a pid namespace other than the initial one, running on the host kernel).
// Simplification: a VM's guest RAM size and CPUs are read from its command line (-m, -smp), as
// `ps` would show them; a pid namespace made by `unshare -p` counts as a container too.

import { tx } from '../../i18n/react';
import type { MachineSnapshot, ProcessInfo, ProcessSnapshot } from '../../../world/inspect';

export interface VmEntry {
  readonly pid: number;
  readonly name: string;
  /** Guest RAM from -m (default 128 MiB). */
  readonly ramBytes: number;
  readonly cpus: number;
  readonly rssBytes: number;
  readonly cpuNs: number;
  readonly upNs: number;
  readonly args: string;
}

export interface ContainerProcess {
  readonly pid: number;
  /** Its pid inside the container's pid namespace. */
  readonly nsPid: number;
  readonly comm: string;
  readonly args: string;
  readonly rssBytes: number;
  readonly depth: number;
}

export interface ContainerEntry {
  /** The pid namespace's inode: the container's identity here. */
  readonly pidNs: number;
  readonly label: string;
  readonly hostname: string;
  readonly cgroup: string;
  readonly processes: readonly ContainerProcess[];
  readonly rssBytes: number;
  readonly cpuNs: number;
  readonly upNs: number;
}

export interface Comparison {
  readonly timeNs: number;
  readonly vms: readonly VmEntry[];
  readonly containers: readonly ContainerEntry[];
  readonly hostKernel: string;
  readonly memory: { readonly totalBytes: number; readonly usedBytes: number };
}

const MiB = 1024 ** 2;
const UNITS: Record<string, number> = { b: 1, k: 1024, m: MiB, g: 1024 ** 3, t: 1024 ** 4 };

/** qemu's -m value: "512" is MiB; suffixes k, M, G, T; "size=2G,…". */
export function ramFromArgs(words: readonly string[]): number {
  let ram = 128 * MiB;
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i] !== '-m' && words[i] !== '--m') continue;
    const text = (words[i + 1] ?? '').split(',')[0]!.replace(/^size=/, '');
    const m = /^(\d+(?:\.\d+)?)([bkmgt]?)$/i.exec(text);
    if (m && Number(m[1]) > 0) ram = Number(m[1]) * (m[2] ? UNITS[m[2].toLowerCase()]! : MiB);
  }
  return ram;
}

function optionValue(words: readonly string[], name: string): string | undefined {
  const i = words.findIndex((w) => w === `-${name}` || w === `--${name}`);
  return i >= 0 ? words[i + 1] : undefined;
}

export function isVm(p: ProcessInfo): boolean {
  const exe = p.args.split(' ')[0] ?? '';
  return /(^|\/)qemu-system-/.test(exe) || p.comm.startsWith('qemu-system-');
}

function vmEntry(p: ProcessInfo, timeNs: number): VmEntry {
  const words = p.args.split(' ');
  const name = optionValue(words, 'name')
    ?.split(',')[0]
    ?.replace(/^guest=/, '');
  const smp = optionValue(words, 'smp')
    ?.split(',')[0]
    ?.replace(/^cpus=/, '');
  return {
    pid: p.pid,
    name: name || `#${p.pid}`,
    ramBytes: ramFromArgs(words),
    cpus: smp && /^\d+$/.test(smp) && Number(smp) > 0 ? Number(smp) : 1,
    rssBytes: p.rssBytes,
    cpuNs: p.cpuNs,
    upNs: Math.max(0, timeNs - p.startNs),
    args: p.args,
  };
}

/** The container's processes as a tree (parents first), depth from its first process. */
function treeOf(members: readonly ProcessInfo[], pidNs: number): ContainerProcess[] {
  const byPid = new Set(members.map((p) => p.pid));
  const children = new Map<number, ProcessInfo[]>();
  const roots: ProcessInfo[] = [];
  for (const p of members) {
    if (!byPid.has(p.ppid)) roots.push(p);
    else if (children.has(p.ppid)) children.get(p.ppid)!.push(p);
    else children.set(p.ppid, [p]);
  }
  const out: ContainerProcess[] = [];
  const walk = (p: ProcessInfo, depth: number): void => {
    const nsPid = p.nsPids.find((n) => n.ns === pidNs)?.pid ?? p.pid;
    out.push({ pid: p.pid, nsPid, comm: p.comm, args: p.args, rssBytes: p.rssBytes, depth });
    for (const c of children.get(p.pid) ?? []) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  return out;
}

function containerLabel(cgroup: string, hostname: string): string {
  const id = /docker[-/]([0-9a-f]{12})/.exec(cgroup)?.[1];
  return id ? tx('views:vm.containerLabel', { id }) : tx('views:vm.pidnsLabel', { hostname });
}

function containerEntry(members: ProcessInfo[], pidNs: number, all: ProcessSnapshot): ContainerEntry {
  const first = members.reduce((a, b) => (b.startNs < a.startNs ? b : a));
  return {
    pidNs,
    label: containerLabel(first.cgroup, first.hostname),
    hostname: first.hostname,
    cgroup: first.cgroup,
    processes: treeOf(members, pidNs),
    rssBytes: members.reduce((n, p) => n + p.rssBytes, 0),
    cpuNs: members.reduce((n, p) => n + p.cpuNs, 0),
    upNs: Math.max(0, all.timeNs - first.startNs),
  };
}

export function compare(
  ps: ProcessSnapshot,
  machine: Pick<MachineSnapshot, 'memory' | 'kernelRelease'>,
): Comparison {
  const initialPidNs = new Set(
    ps.namespaces.filter((n) => n.kind === 'pid' && n.initial).map((n) => n.inode),
  );
  const vms: VmEntry[] = [];
  const groups = new Map<number, ProcessInfo[]>();
  for (const p of ps.processes) {
    if (p.state === 'Z') continue;
    if (!initialPidNs.has(p.ns.pid)) {
      const group = groups.get(p.ns.pid);
      if (group) group.push(p);
      else groups.set(p.ns.pid, [p]);
    } else if (isVm(p)) vms.push(vmEntry(p, ps.timeNs));
  }
  const containers = [...groups].map(([ns, members]) => containerEntry(members, ns, ps));
  return {
    timeNs: ps.timeNs,
    vms: vms.sort((a, b) => a.pid - b.pid),
    containers: containers.sort((a, b) => (a.upNs === b.upNs ? a.pidNs - b.pidNs : b.upNs - a.upNs)),
    hostKernel: machine.kernelRelease,
    memory: machine.memory,
  };
}

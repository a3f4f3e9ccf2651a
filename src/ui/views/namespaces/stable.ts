// Keep the previous snapshot when nothing the view draws has changed (pids, names, zombie or not,
// namespaces, hostnames, cgroups, command lines), so an idle machine costs no layout and no
// re-render although snapshots keep coming at 8 Hz. CPU time, memory and the R/S state change all
// the time and are not drawn in the diagram (the details show the state as of the last change).
// Compared field by field with an early exit: no strings are built.

import type { NamespaceInfo, ProcessInfo, ProcessSnapshot } from '../../../world/inspect/types';
import { NS_KINDS } from '../../../world/inspect/types';

function sameProcess(a: ProcessInfo, b: ProcessInfo): boolean {
  if (a.pid !== b.pid || a.ppid !== b.ppid || a.comm !== b.comm || a.args !== b.args) return false;
  if ((a.state === 'Z') !== (b.state === 'Z') || a.hostname !== b.hostname || a.cgroup !== b.cgroup)
    return false;
  for (const k of NS_KINDS) if (a.ns[k] !== b.ns[k]) return false;
  if (a.nsPids.length !== b.nsPids.length) return false;
  for (let i = 0; i < a.nsPids.length; i++) {
    if (a.nsPids[i]!.pid !== b.nsPids[i]!.pid || a.nsPids[i]!.ns !== b.nsPids[i]!.ns) return false;
  }
  return true;
}

function sameNamespace(a: NamespaceInfo, b: NamespaceInfo): boolean {
  return a.kind === b.kind && a.inode === b.inode && a.parent === b.parent && a.pids.length === b.pids.length;
}

export function drawsTheSame(a: ProcessSnapshot, b: ProcessSnapshot): boolean {
  if (a.processes.length !== b.processes.length || a.namespaces.length !== b.namespaces.length) return false;
  for (let i = 0; i < a.processes.length; i++)
    if (!sameProcess(a.processes[i]!, b.processes[i]!)) return false;
  for (let i = 0; i < a.namespaces.length; i++)
    if (!sameNamespace(a.namespaces[i]!, b.namespaces[i]!)) return false;
  return true;
}

/** `next` unless it draws the same as `previous`, then `previous` (same object: React skips). */
export function keepIfSame(previous: ProcessSnapshot | null, next: ProcessSnapshot): ProcessSnapshot {
  return previous && drawsTheSame(previous, next) ? previous : next;
}

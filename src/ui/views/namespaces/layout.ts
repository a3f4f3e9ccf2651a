// The namespace view's layout, computed once per snapshot: pid namespaces as nested boxes (the
// host's outermost), each holding its processes as rows in process-tree order, and a child
// namespace's box placed right under the row of the process that created it. Pure: no DOM.
// Host processes that are neither in another namespace nor an ancestor of one are folded away
// (the "kernel noise": logins, daemons), unless `showAll` or nothing is in another namespace.

import type { NsKind, ProcessInfo, ProcessSnapshot } from '../../../world/inspect/types';
import { tx } from '../../i18n/react';

/** The kinds drawn as chips on each row (pid is drawn as the box instead). */
export const CHIP_KINDS: readonly NsKind[] = ['mnt', 'uts', 'net', 'ipc', 'user', 'cgroup', 'time'];

export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const INSET = 10;
export const TREE_INDENT = 14;
const GAP = 6;

export interface GroupBox {
  /** The pid namespace's inode. */
  readonly inode: number;
  readonly parent: number | undefined;
  readonly level: number;
  readonly x: number;
  readonly y: number;
  readonly height: number;
  readonly processes: number;
  readonly label: string;
}

export interface ProcessRow {
  readonly pid: number;
  readonly process: ProcessInfo;
  /** The pid namespace box it sits in. */
  readonly pidns: number;
  readonly x: number;
  readonly y: number;
  /** Distance of its right edge from the canvas's right edge. */
  readonly right: number;
  /** Depth in the process tree inside its box. */
  readonly depth: number;
  /** "sh — pid 1 here · 4321 on the host" */
  readonly label: string;
}

export interface FoldRow {
  readonly y: number;
  readonly x: number;
  readonly hidden: number;
}

export interface NamespaceLayout {
  readonly groups: readonly GroupBox[];
  readonly rows: readonly ProcessRow[];
  readonly fold: FoldRow | undefined;
  readonly height: number;
  /** Inodes of the host's (initial) namespaces by kind. */
  readonly host: Readonly<Record<NsKind, number>>;
}

const short = (inode: number): string => `pid:[${inode}]`;

/** "sh — pid 1 here · 3 in pid:[…] · 4321 on the host", from its NSpid list. */
export function pidLabel(p: ProcessInfo): string {
  const own = p.nsPids.at(-1)?.pid ?? p.pid;
  if (p.nsPids.length <= 1) return tx('views:namespaces.pid', { comm: p.comm, pid: p.pid });
  const middle = p.nsPids
    .slice(1, -1)
    .map((x) => tx('views:namespaces.pidIn', { pid: x.pid, nsName: short(x.ns) }));
  const here = tx('views:namespaces.pidHere', { comm: p.comm, pid: own });
  return [here, ...middle, tx('views:namespaces.pidOnHost', { pid: p.pid })].join(' · ');
}

function hostNamespaces(snap: ProcessSnapshot): Record<NsKind, number> {
  const host = {} as Record<NsKind, number>;
  for (const ns of snap.namespaces) if (ns.initial) host[ns.kind] = ns.inode;
  return host;
}

/** Pids of processes in some non-host namespace, and of all their ancestors. */
export function interestingPids(snap: ProcessSnapshot, host: Record<NsKind, number>): Set<number> {
  const byPid = new Map(snap.processes.map((p) => [p.pid, p]));
  const out = new Set<number>();
  for (const p of snap.processes) {
    const unshared = (Object.keys(host) as NsKind[]).some((k) => p.ns[k] !== host[k]);
    if (!unshared) continue;
    for (let q: ProcessInfo | undefined = p; q && !out.has(q.pid); q = byPid.get(q.ppid)) out.add(q.pid);
  }
  return out;
}

interface Tree {
  readonly children: Map<number, ProcessInfo[]>;
  readonly roots: Map<number, ProcessInfo[]>;
  readonly childNs: Map<number, number[]>;
}

/** Per pid namespace: its root processes, each process's children inside it, its child namespaces. */
function buildTree(snap: ProcessSnapshot, shown: readonly ProcessInfo[]): Tree {
  const byPid = new Map(shown.map((p) => [p.pid, p]));
  const children = new Map<number, ProcessInfo[]>();
  const roots = new Map<number, ProcessInfo[]>();
  const push = <K>(m: Map<K, ProcessInfo[]>, k: K, p: ProcessInfo): void => {
    const list = m.get(k);
    if (list) list.push(p);
    else m.set(k, [p]);
  };
  for (const p of shown) {
    const parent = byPid.get(p.ppid);
    if (parent && parent.ns.pid === p.ns.pid) push(children, parent.pid, p);
    else push(roots, p.ns.pid, p);
  }
  const childNs = new Map<number, number[]>();
  for (const ns of snap.namespaces) {
    if (ns.kind !== 'pid' || ns.parent === undefined) continue;
    const list = childNs.get(ns.parent);
    if (list) list.push(ns.inode);
    else childNs.set(ns.parent, [ns.inode]);
  }
  return { children, roots, childNs };
}

export function layoutNamespaces(
  snap: ProcessSnapshot,
  options: { readonly showAll: boolean; readonly keep?: number | undefined },
): NamespaceLayout {
  const host = hostNamespaces(snap);
  const interesting = interestingPids(snap, host);
  const fold = !options.showAll && interesting.size > 0;
  const shown = fold
    ? snap.processes.filter((p) => interesting.has(p.pid) || p.pid === 1 || p.pid === options.keep)
    : snap.processes;
  const tree = buildTree(snap, shown);
  const byPid = new Map(shown.map((p) => [p.pid, p]));
  const groups: GroupBox[] = [];
  const rows: ProcessRow[] = [];
  const placed = new Set<number>();
  let y = 0;

  const placeGroup = (inode: number, parent: number | undefined, level: number): void => {
    placed.add(inode);
    const x = level * INSET;
    const top = y;
    const index = groups.length;
    groups.push({ inode, parent, level, x, y: top, height: 0, processes: 0, label: '' });
    y += HEADER_HEIGHT;
    let count = 0;
    const subGroupsOf = (pid: number): number[] =>
      (tree.childNs.get(inode) ?? []).filter((c) => {
        if (placed.has(c)) return false;
        const r = tree.roots.get(c) ?? [];
        return r.some((p) => p.ppid === pid);
      });
    const placeRow = (p: ProcessInfo, depth: number): void => {
      rows.push({
        pid: p.pid,
        process: p,
        pidns: inode,
        x: x + INSET + depth * TREE_INDENT,
        y,
        right: x + INSET,
        depth,
        label: pidLabel(p),
      });
      y += ROW_HEIGHT;
      count++;
      for (const c of subGroupsOf(p.pid)) placeGroup(c, inode, level + 1);
      for (const child of tree.children.get(p.pid) ?? []) placeRow(child, depth + 1);
    };
    for (const p of tree.roots.get(inode) ?? []) placeRow(p, 0);
    for (const c of tree.childNs.get(inode) ?? []) if (!placed.has(c)) placeGroup(c, inode, level + 1);
    y += GAP;
    const total = level === 0 ? count + snap.processes.length - shown.length : count;
    const label = groupLabel(inode, level, total, byPid, tree.roots.get(inode));
    groups[index] = { inode, parent, level, x, y: top, height: y - top, processes: total, label };
    y += GAP;
  };

  placeGroup(host.pid, undefined, 0);
  const hidden = snap.processes.length - shown.length;
  const foldRow = hidden > 0 ? { x: INSET, y, hidden } : undefined;
  if (foldRow) y += ROW_HEIGHT;
  return { groups, rows, fold: foldRow, height: y, host };
}

function groupLabel(
  inode: number,
  level: number,
  count: number,
  byPid: Map<number, ProcessInfo>,
  roots: readonly ProcessInfo[] | undefined,
): string {
  const processes = tx('views:namespaces.processes', { count });
  if (level === 0) return tx('views:namespaces.hostGroup', { nsName: short(inode), processes });
  const init = roots?.find((p) => p.nsPids.at(-1)?.pid === 1) ?? byPid.get(roots?.[0]?.pid ?? -1);
  const initText = init ? tx('views:namespaces.groupInit', { comm: init.comm, pid: init.pid }) : '';
  return tx('views:namespaces.group', { nsName: short(inode), level, processes }) + initText;
}

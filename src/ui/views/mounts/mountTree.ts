// The mount tree of one mount namespace, from its mountinfo list (parent ids), and the badge each
// mount gets: its filesystem type, plus "bind" when it shows a subtree (or a file) of its
// filesystem rather than the filesystem's root.
// Simplification: a bind mount of a filesystem's whole root cannot be told from the original
// mount (mountinfo cannot either), so it gets no "bind" badge.

import { tx } from '../../i18n/react';
import type { MountInfo, MountNamespaceInfo } from '../../../world/inspect/types';

export type BadgeKind = 'overlay' | 'proc' | 'sysfs' | 'tmpfs' | 'cgroup' | 'devpts' | 'bind' | 'other';

export interface MountNode {
  readonly mount: MountInfo;
  readonly kind: BadgeKind;
  readonly bind: boolean;
  readonly children: MountNode[];
}

export function badgeKind(fstype: string): BadgeKind {
  switch (fstype) {
    case 'overlay':
    case 'proc':
    case 'sysfs':
    case 'tmpfs':
    case 'devpts':
      return fstype;
    case 'cgroup':
    case 'cgroup2':
      return 'cgroup';
    default:
      return 'other';
  }
}

/** A bind mount of a subtree: its root within the filesystem is not the filesystem's root. */
export function isBind(m: MountInfo): boolean {
  return m.root !== '/' && !/^[a-z]+:\[\d+\]$/.test(m.root);
}

/** Mounts as a forest, children in mountinfo order; a mount whose parent is not visible is a root. */
export function mountTree(mounts: readonly MountInfo[]): MountNode[] {
  const byId = new Map<number, MountNode>();
  for (const m of mounts)
    byId.set(m.id, { mount: m, kind: badgeKind(m.fstype), bind: isBind(m), children: [] });
  const roots: MountNode[] = [];
  for (const m of mounts) {
    const node = byId.get(m.id)!;
    const parent = m.parentId !== m.id ? byId.get(m.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** How the namespace is named in the chooser: its inode, and whose it is. */
export function mountNsLabel(ns: MountNamespaceInfo): string {
  const id = `mnt:[${ns.inode}]`;
  if (ns.initial) return `${id} ${tx('views:mounts.host')}`;
  const who = ns.leader
    ? tx('views:mounts.leader', { cmd: ns.leader.args || ns.leader.comm, pid: ns.leader.pid })
    : '';
  return `${id} ${ns.hostname}${who}`;
}

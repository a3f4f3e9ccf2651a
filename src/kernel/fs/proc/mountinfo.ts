// /proc/PID/mountinfo and /proc/PID/mounts (proc(5), fs/proc_namespace.c show_mountinfo).

import {
  MS_NOATIME,
  MS_NODEV,
  MS_NOEXEC,
  MS_NOSUID,
  MS_RDONLY,
  MS_RELATIME,
  MS_STRICTATIME,
} from '../../abi/mount';
import { major, minor } from '../../abi/stat';
import type { Task } from '../../task/task';
import type { Mount, Path } from '../../vfs/mount';
import { pathName } from '../../vfs/lookup';
import { DirInode } from '../../vfs/inode';
import { NsInode } from '../../ns/nsfs';

/** Octal escapes for space, tab, newline and backslash (mangle()). */
export function mangle(path: string): string {
  return path.replace(/[ \t\n\\]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
}

export function mountFlags(m: Mount): string {
  const f = m.flags;
  const out = [f & MS_RDONLY ? 'ro' : 'rw'];
  if (f & MS_NOSUID) out.push('nosuid');
  if (f & MS_NODEV) out.push('nodev');
  if (f & MS_NOEXEC) out.push('noexec');
  if (f & MS_NOATIME) out.push('noatime');
  else if (f & MS_STRICTATIME) out.push('strictatime');
  else if (f & MS_RELATIME) out.push('relatime');
  return out.join(',');
}

/** Path of a mount's root within its filesystem (field 4); nsfs roots read TYPE:[INODE]. */
export function rootInFs(m: Mount): string {
  if (m.root instanceof NsInode) return `${m.root.nsType}:[${m.root.ino}]`;
  const names: string[] = [];
  for (let d = m.root instanceof DirInode ? m.root : undefined; d && d.parent !== d; d = d.parent)
    names.push(d.name);
  return '/' + names.reverse().join('/');
}

export function optional(m: Mount): string {
  const parts: string[] = [];
  if (m.propagation === 'shared') parts.push(`shared:${m.peerGroup}`);
  if (m.masterGroup) parts.push(`master:${m.masterGroup}`);
  if (m.propagation === 'unbindable') parts.push('unbindable');
  return parts.map((p) => ` ${p}`).join('');
}

export function visible(t: Task): Array<{ m: Mount; at: string }> {
  const root: Path = t.fs.root;
  const out: Array<{ m: Mount; at: string }> = [];
  for (const m of t.ns.mnt.mounts()) {
    const top: Path = { mnt: m, inode: m.root };
    if (!isInside(m, root.mnt) || !reaches(top, root)) continue;
    const at = pathName(top, root);
    out.push({ m, at });
  }
  return out;
}

/**
 * Whether `root` is on the way up from `p` (seq_path_root's SEQ_SKIP): in a chroot, the mounts
 * outside the new root, the one holding it included, are not shown.
 */
function reaches(p: Path, root: Path): boolean {
  let cur = p;
  for (let guard = 0; guard < 4096; guard++) {
    if (cur.mnt === root.mnt && cur.inode === root.inode) return true;
    if (cur.inode === cur.mnt.root) {
      const parent = cur.mnt.parent;
      if (!parent || !cur.mnt.mountpoint) return false;
      const leaf = cur.mnt.leaf;
      cur = leaf ? { mnt: parent, inode: leaf.dir } : { mnt: parent, inode: cur.mnt.mountpoint };
      continue;
    }
    if (!(cur.inode instanceof DirInode) || cur.inode.parent === cur.inode) return false;
    cur = { mnt: cur.mnt, inode: cur.inode.parent };
  }
  return false;
}

function isInside(m: Mount, rootMnt: Mount): boolean {
  for (let c: Mount | undefined = m; c; c = c.parent) if (c === rootMnt) return true;
  return false;
}

export function mountinfo(t: Task): string {
  return visible(t)
    .map(({ m, at }) => {
      const parentId = m.parent ? m.parent.id : m.id;
      const dev = `${major(m.sb.dev)}:${minor(m.sb.dev)}`;
      return `${m.id} ${parentId} ${dev} ${mangle(rootInFs(m))} ${mangle(at)} ${mountFlags(m)}${optional(m)} - ${m.sb.fstype} ${mangle(m.source)} ${m.sb.options}\n`;
    })
    .join('');
}

export function mounts(t: Task): string {
  return visible(t)
    .map(
      ({ m, at }) =>
        `${mangle(m.source)} ${mangle(at)} ${m.sb.fstype} ${mergeOptions(mountFlags(m), m.sb.options)} 0 0\n`,
    )
    .join('');
}

function mergeOptions(perMount: string, sbOptions: string): string {
  const extra = sbOptions.split(',').filter((o) => o !== 'rw' && o !== 'ro' && o !== '');
  return [perMount, ...extra].join(',');
}

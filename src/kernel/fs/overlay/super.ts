// Mounting overlayfs (fs/overlayfs/super.c, params.c): lowerdir=L1:L2 (leftmost on top),
// upperdir and workdir (same mount, separate subtrees; workdir/work is made afresh), redirect_dir;
// the errors and dmesg lines of Linux 6.18; the options mountinfo shows, including uuid=on at the
// first mount of an upper.

import { EINVAL, ENOTDIR } from '../../abi/errno';
import { S_IFDIR } from '../../abi/stat';
import type { KernelCore } from '../../core';
import { DirInode } from '../../vfs/inode';
import type { Inode } from '../../vfs/inode';
import type { Path } from '../../vfs/mount';
import { lookupPath } from '../../vfs/lookup';
import { SuperBlock } from '../../vfs/superblock';
import { anonDev } from '../registry';
import { OvlDir } from './inode';
import { UUID_XATTR, dropEntry } from './whiteout';
import type { WorkDir } from './whiteout';

export const OVERLAYFS_SUPER_MAGIC = 0x794c7630;

export class OverlaySuper extends SuperBlock implements WorkDir {
  upperRoot: DirInode | undefined;
  redirectDir = false;
  /** workdir/work, emptied at mount (ovl_workdir_create). */
  work: DirInode | undefined;
  whiteout: Inode | undefined;

  constructor(k: KernelCore) {
    super(k, 'overlay', anonDev(k), OVERLAYFS_SUPER_MAGIC);
  }
}

interface Options {
  lowers: string[];
  upper?: string;
  work?: string;
  redirect?: string;
  rest: string[];
}

function parseOptions(data: string): Options | number {
  const opts: Options = { lowers: [], rest: [] };
  for (const item of data.split(',').filter((o) => o !== '')) {
    const eq = item.indexOf('=');
    const key = eq < 0 ? item : item.slice(0, eq);
    const value = eq < 0 ? '' : item.slice(eq + 1);
    if (key === 'lowerdir') opts.lowers = value.split(':').filter((l) => l !== '');
    else if (key === 'upperdir') opts.upper = value;
    else if (key === 'workdir') opts.work = value;
    else if (key === 'redirect_dir') {
      if (!['on', 'off', 'follow', 'nofollow'].includes(value)) return -EINVAL;
      opts.redirect = value;
    } else if (['index', 'xino', 'metacopy', 'nfs_export', 'uuid'].includes(key)) opts.rest.push(item);
    else if (!['rw', 'ro', 'userxattr', 'volatile', 'defaults'].includes(key)) return -EINVAL;
  }
  return opts;
}

function isUnder(inner: Path, outer: Path): boolean {
  if (inner.mnt !== outer.mnt) return false;
  for (
    let d = inner.inode instanceof DirInode ? inner.inode : undefined;
    d;
    d = d.parent === d ? undefined : d.parent
  ) {
    if (d === outer.inode) return true;
  }
  return false;
}

export function createOverlay(k: KernelCore, data: string): SuperBlock | number {
  const opts = parseOptions(data);
  if (typeof opts === 'number') return opts;
  const t = k.current;
  if (!t) return -EINVAL;
  const fail = (msg: string, errno: number): number => (k.printk(`overlayfs: ${msg}`), errno);
  if (opts.lowers.length === 0) return fail("missing 'lowerdir'", -EINVAL);
  const resolveDir = (path: string): Path | number => {
    const p = lookupPath(t.fs, t.cred, path, { follow: true });
    if (typeof p === 'number') return fail(`failed to resolve '${path}': ${p}`, p);
    return p.inode instanceof DirInode ? p : fail(`failed to resolve '${path}': ${-ENOTDIR}`, -ENOTDIR);
  };
  const lowers: DirInode[] = [];
  for (const l of opts.lowers) {
    const p = resolveDir(l);
    if (typeof p === 'number') return p;
    lowers.push(p.inode as DirInode);
  }
  const osb = new OverlaySuper(k);
  const shown = [`lowerdir=${opts.lowers.join(':')}`];
  if (opts.upper !== undefined || opts.work !== undefined) {
    if (opts.upper === undefined || opts.work === undefined) return fail("missing 'workdir'", -EINVAL);
    const upper = resolveDir(opts.upper);
    if (typeof upper === 'number') return upper;
    const work = resolveDir(opts.work);
    if (typeof work === 'number') return work;
    if (upper.mnt !== work.mnt) return fail('workdir and upperdir must reside under the same mount', -EINVAL);
    if (isUnder(work, upper) || isUnder(upper, work))
      return fail('workdir and upperdir must be separate subtrees', -EINVAL);
    const workDir = work.inode as DirInode;
    dropEntry(workDir, 'work');
    const made = workDir.create('work', S_IFDIR, 0);
    if (made instanceof DirInode) osb.work = made;
    osb.upperRoot = upper.inode as DirInode;
    shown.push(`upperdir=${opts.upper}`, `workdir=${opts.work}`);
  } else if (lowers.length < 2) {
    return fail('at least 2 lowerdir are needed while upperdir nonexistent', -EINVAL);
  }
  osb.redirectDir = opts.redirect === 'on' || (!osb.upperRoot && opts.redirect === undefined);
  if (opts.redirect !== undefined && opts.redirect !== 'off') shown.push(`redirect_dir=${opts.redirect}`);
  else if (!osb.upperRoot) shown.push('redirect_dir=on');
  shown.push(...opts.rest);
  if (osb.upperRoot && !(osb.upperRoot.getxattr(UUID_XATTR) instanceof Uint8Array)) {
    osb.upperRoot.setxattr(UUID_XATTR, k.randomBytes(16), 0);
    shown.push('uuid=on');
  }
  osb.readOnly = !osb.upperRoot;
  osb.options = `${osb.readOnly ? 'ro' : 'rw'},${shown.join(',')}`;
  const origin = osb.upperRoot ?? lowers[0]!;
  osb.root = new OvlDir(osb, origin.ino, undefined, '', osb.upperRoot, lowers);
  return osb;
}

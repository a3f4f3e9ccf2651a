// Permission checks (fs/namei.c generic_permission): owner, group, other bits; root bypasses
// read/write checks and needs one execute bit to execute a non-directory.
// Simplification: capabilities are "euid 0 has all of them".

import { EACCES } from '../abi/errno';
import { S_IFDIR, S_IFMT } from '../abi/stat';
import type { Inode } from './inode';

export interface Cred {
  uid: number;
  gid: number;
  euid: number;
  egid: number;
  groups: number[];
  /** Holds the full capability set in its user namespace (see ns/capable.ts). */
  caps: boolean;
}

export const MAY_EXEC = 1;
export const MAY_WRITE = 2;
export const MAY_READ = 4;

export function permission(cred: Cred, object: Inode, mask: number): number {
  const inode = object.attrSource();
  const mode = inode.mode;
  if (cred.euid === 0) {
    if (!(mask & MAY_EXEC) || (mode & S_IFMT) === S_IFDIR || mode & 0o111) return 0;
    return -EACCES;
  }
  let bits: number;
  if (cred.euid === inode.uid) bits = (mode >> 6) & 7;
  else if (cred.egid === inode.gid || cred.groups.includes(inode.gid)) bits = (mode >> 3) & 7;
  else bits = mode & 7;
  return (bits & mask) === mask ? 0 : -EACCES;
}

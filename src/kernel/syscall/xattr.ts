// Extended attribute calls (xattr(7)): user.* and trusted.* names on inodes; l* variants do not
// follow a final symlink.

import { E2BIG } from '../abi/errno';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { xattrCall } from './attr';

const set =
  (follow: boolean) =>
  (_k: KernelCore, t: Task, path: string, name: string, value: Uint8Array, flags: number) =>
    value.length > 65536
      ? -E2BIG
      : xattrCall(t, path, follow, name, (i) => i.setxattr(name, value, flags), true);

const get = (follow: boolean) => (_k: KernelCore, t: Task, path: string, name: string) =>
  xattrCall(t, path, follow, name, (i) => i.getxattr(name), false);

const list = (follow: boolean) => (_k: KernelCore, t: Task, path: string) =>
  xattrCall(
    t,
    path,
    follow,
    '',
    (i) => (t.cred.euid === 0 ? i.listxattr() : i.listxattr().filter((n) => !n.startsWith('trusted.'))),
    false,
  );

export const xattrs = {
  setxattr: set(true),
  lsetxattr: set(false),
  getxattr: get(true),
  lgetxattr: get(false),
  listxattr: list(true),
  llistxattr: list(false),
  removexattr: (_k: KernelCore, t: Task, path: string, name: string) =>
    xattrCall(t, path, true, name, (i) => i.removexattr(name), true),
};

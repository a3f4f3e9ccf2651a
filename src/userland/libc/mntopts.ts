// Mount option strings as libmount splits them (libmount/src/optmap.c): the generic VFS options
// become MS_* flags for mount(2), options only user space reads (defaults, noauto, nofail, x-*...)
// are dropped, and everything else is the filesystem's own data string, passed on in order.
//
// Simplification: no user/users/owner permission logic, no loop devices, no SELinux contexts.

import {
  MS_BIND,
  MS_DIRSYNC,
  MS_MANDLOCK,
  MS_MOVE,
  MS_NOATIME,
  MS_NODEV,
  MS_NODIRATIME,
  MS_NOEXEC,
  MS_NOSUID,
  MS_NOSYMFOLLOW,
  MS_PRIVATE,
  MS_RDONLY,
  MS_REC,
  MS_RELATIME,
  MS_REMOUNT,
  MS_SHARED,
  MS_SILENT,
  MS_SLAVE,
  MS_STRICTATIME,
  MS_SYNCHRONOUS,
  MS_UNBINDABLE,
} from '../../kernel/abi/mount';

/** MS_LAZYTIME and MS_I_VERSION (not in kernel/abi/mount.ts). */
const MS_LAZYTIME = 1 << 25;
const MS_I_VERSION = 1 << 23;

export const MS_PROPAGATION = MS_SHARED | MS_SLAVE | MS_UNBINDABLE | MS_PRIVATE;

/** name → [flag, inverted]: "rw" clears MS_RDONLY, "exec" clears MS_NOEXEC... */
const LINUX_MAP: Readonly<Record<string, readonly [number, boolean]>> = {
  ro: [MS_RDONLY, false],
  rw: [MS_RDONLY, true],
  exec: [MS_NOEXEC, true],
  noexec: [MS_NOEXEC, false],
  suid: [MS_NOSUID, true],
  nosuid: [MS_NOSUID, false],
  dev: [MS_NODEV, true],
  nodev: [MS_NODEV, false],
  sync: [MS_SYNCHRONOUS, false],
  async: [MS_SYNCHRONOUS, true],
  dirsync: [MS_DIRSYNC, false],
  remount: [MS_REMOUNT, false],
  bind: [MS_BIND, false],
  rbind: [MS_BIND | MS_REC, false],
  mand: [MS_MANDLOCK, false],
  nomand: [MS_MANDLOCK, true],
  loud: [MS_SILENT, true],
  silent: [MS_SILENT, false],
  atime: [MS_NOATIME, true],
  noatime: [MS_NOATIME, false],
  iversion: [MS_I_VERSION, false],
  noiversion: [MS_I_VERSION, true],
  diratime: [MS_NODIRATIME, true],
  nodiratime: [MS_NODIRATIME, false],
  relatime: [MS_RELATIME, false],
  norelatime: [MS_RELATIME, true],
  strictatime: [MS_STRICTATIME, false],
  nostrictatime: [MS_STRICTATIME, true],
  lazytime: [MS_LAZYTIME, false],
  nolazytime: [MS_LAZYTIME, true],
  nosymfollow: [MS_NOSYMFOLLOW, false],
  symfollow: [MS_NOSYMFOLLOW, true],
  move: [MS_MOVE, false],
  unbindable: [MS_UNBINDABLE, false],
  runbindable: [MS_UNBINDABLE | MS_REC, false],
  private: [MS_PRIVATE, false],
  rprivate: [MS_PRIVATE | MS_REC, false],
  slave: [MS_SLAVE, false],
  rslave: [MS_SLAVE | MS_REC, false],
  shared: [MS_SHARED, false],
  rshared: [MS_SHARED | MS_REC, false],
};

/** Options only mount(8) itself reads; never passed to the kernel. */
const USERSPACE = new Set([
  'defaults',
  'auto',
  'noauto',
  'user',
  'nouser',
  'users',
  'owner',
  'noowner',
  'group',
  'nogroup',
  '_netdev',
  'nofail',
  'loop',
  'offset',
  'sizelimit',
  'encryption',
  'comment',
  'uhelper',
  'helper',
]);

export interface MountOptions {
  /** MS_* flags for mount(2). */
  readonly flags: number;
  /** The filesystem-specific rest, comma-separated, in the order given. */
  readonly data: string;
  /** Whether "nofail" was given. */
  readonly nofail: boolean;
}

/** Split at commas that are not inside double quotes (libmount's mnt_optstr_next_option). */
export function splitOptions(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      if (cur !== '') out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/** Parse an -o string (several -o options are joined with commas by the caller). */
export function parseMountOptions(text: string, initialFlags = 0): MountOptions {
  let flags = initialFlags;
  const data: string[] = [];
  let nofail = false;
  for (const opt of splitOptions(text)) {
    const eq = opt.indexOf('=');
    const name = eq < 0 ? opt : opt.slice(0, eq);
    const known = eq < 0 ? LINUX_MAP[name] : undefined;
    if (known) {
      const [flag, invert] = known;
      flags = invert ? flags & ~flag : flags | flag;
      // The atime modes exclude each other, as in the kernel's do_mount.
      if (!invert && flag === MS_NOATIME) flags &= ~(MS_RELATIME | MS_STRICTATIME);
    } else if (name === 'nofail') nofail = true;
    else if (USERSPACE.has(name) || /^x-/i.test(name)) continue;
    else data.push(opt);
  }
  return { flags, data: data.join(','), nofail };
}

/** The VFS options of a mountinfo line ("rw,nosuid,relatime") as MS_* flags. */
export function flagsFromVfsOptions(text: string): number {
  return parseMountOptions(text).flags;
}

/** libmount's merge_optstr: "ro"/"rw" first, then the VFS options, then the superblock's. */
export function mergeOptions(vfs: string, fs: string): string {
  if (vfs === fs) return vfs;
  const all = [...splitOptions(vfs), ...splitOptions(fs)];
  const ro = all.includes('ro');
  return [ro ? 'ro' : 'rw', ...all.filter((o) => o !== 'ro' && o !== 'rw')].join(',');
}

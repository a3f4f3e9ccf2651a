// What mount(8) and umount(8) say when mount(2)/umount2(2) fail: libmount's
// mnt_context_get_mount_excode and mnt_context_get_umount_excode (util-linux 2.38). The message
// is printed as "mount: TARGET: MESSAGE." and the exit status is MNT_EX_FAIL (32).

import {
  EACCES,
  EBUSY,
  EINVAL,
  EIO,
  EMFILE,
  ENODEV,
  ENOENT,
  ENOTBLK,
  ENOTDIR,
  ENXIO,
  EPERM,
  EROFS,
  strerror,
} from '../../kernel/abi/errno';
import { MS_BIND, MS_RDONLY, MS_REMOUNT } from '../../kernel/abi/mount';
import { isBlk, isDir, isReg } from '../../kernel/abi/stat';
import type { Gen, Sys } from '../sys';
import { isErr } from '../sys';
import { MS_PROPAGATION } from './mntopts';
import { readMountinfo } from './mountinfo';

/** mount(8) exit codes (mount(8) RETURN CODES). */
export const MNT_EX_SUCCESS = 0;
export const MNT_EX_USAGE = 1;
export const MNT_EX_SYSERR = 2;
export const MNT_EX_FAIL = 32;

export interface MountAttempt {
  readonly source: string;
  readonly target: string;
  readonly fstype: string;
  readonly flags: number;
  readonly nofail: boolean;
}

/** The message for a failed mount(2), or null when "nofail" turns the failure into success. */
export function* mountErrorMessage(sys: Sys, a: MountAttempt, errno: number): Gen<string | null> {
  const { source: src, target: tgt, flags } = a;
  const st = yield* sys.stat(tgt);
  const srcSt = src === '' ? -ENOENT : yield* sys.stat(src);
  const failed = `mount(2) system call failed: ${strerror(-errno)}`;
  switch (-errno) {
    case EPERM: {
      const euid = yield* sys.geteuid();
      if (euid !== 0) return 'must be superuser to use mount';
      return isErr(st) || !isDir(st.mode) ? 'mount point is not a directory' : 'permission denied';
    }
    case EBUSY:
      if (flags & MS_REMOUNT) return 'mount point is busy';
      return yield* alreadyMounted(sys, src);
    case ENOENT: {
      if (isErr(yield* sys.lstat(tgt))) return 'mount point does not exist';
      if (isErr(st)) return 'mount point is a symbolic link to nowhere';
      if (isErr(srcSt)) return a.nofail ? null : `special device ${src} does not exist`;
      return failed;
    }
    case ENOTDIR:
      if (isErr(st) || !isDir(st.mode)) return 'mount point is not a directory';
      if (srcSt === -ENOTDIR)
        return a.nofail ? null : `special device ${src} does not exist (a path prefix is not a directory)`;
      return failed;
    case EINVAL:
      if (flags & MS_REMOUNT) return 'mount point not mounted or bad option';
      if (flags & MS_PROPAGATION) return 'not mount point or bad option';
      return `wrong fs type, bad option, bad superblock on ${src}, missing codepage or helper program, or other error`;
    case EMFILE:
      return 'mount table full';
    case EIO:
      return `can't read superblock on ${src}`;
    case ENODEV:
      return a.fstype ? `unknown filesystem type '${a.fstype}'` : 'unknown filesystem type';
    case ENOTBLK:
      if (a.nofail) return null;
      if (isErr(srcSt)) return `${src} is not a block device, and stat(2) fails?`;
      if (isBlk(srcSt.mode))
        return `the kernel does not recognize ${src} as a block device; maybe "modprobe driver" is necessary`;
      if (isReg(srcSt.mode)) return `${src} is not a block device; try "-o loop"`;
      return `${src} is not a block device`;
    case ENXIO:
      return a.nofail ? null : `${src} is not a valid block device`;
    case EACCES:
    case EROFS:
      if (flags & MS_RDONLY) return `cannot mount ${src} read-only`;
      if (flags & MS_REMOUNT) return `cannot remount ${src} read-write, is write-protected`;
      if (flags & MS_BIND) return `bind ${src} failed`;
      return failed;
    default:
      return failed;
  }
}

function* alreadyMounted(sys: Sys, src: string): Gen<string> {
  const mounts = yield* readMountinfo(sys);
  if (!isErr(mounts)) {
    const m = mounts.find((e) => e.source === src);
    if (m) return `${src} already mounted on ${m.target}`;
  }
  return `${src} already mounted or mount point busy`;
}

/** The message for a failed umount2(2). */
export function umountErrorMessage(errno: number): string {
  switch (-errno) {
    case ENXIO:
      return 'invalid block device';
    case EINVAL:
      return 'not mounted';
    case EIO:
      return "can't write superblock";
    case EBUSY:
      return 'target is busy';
    case ENOENT:
      return 'no mount point specified';
    case EPERM:
      return 'must be superuser to unmount';
    case EACCES:
      return 'block devices are not permitted on filesystem';
    default:
      return `umount(2) system call failed: ${strerror(-errno)}`;
  }
}

// Decoders for the file system calls: arguments as strace prints them for the Linux call glibc
// makes (open → openat(AT_FDCWD, ...), stat → newfstatat(AT_FDCWD, ..., 0), fstat →
// newfstatat(fd, "", ..., AT_EMPTY_PATH)).

import type { TraceSyscall, TraceValue } from '../../kernel/abi/trace';
import type { Decoder } from './args';
import { addr, failed, num, numField, outOrAddr, path, sizeOf, str } from './args';
import { isBytes, quoteBuffer, quoteString } from './quote';
import { MOUNT_FLAGS, UMOUNT_FLAGS, constOf, flagsOf, octalMode, openFlags, statMode } from './xlat';

const AT = 'AT_FDCWD';
const FCNTL_CMDS = [
  [0, 'F_DUPFD'],
  [1, 'F_GETFD'],
  [2, 'F_SETFD'],
  [3, 'F_GETFL'],
  [4, 'F_SETFL'],
  [1030, 'F_DUPFD_CLOEXEC'],
] as const;
const IOCTLS = [
  [0x5401, 'TCGETS'],
  [0x5402, 'TCSETS'],
  [0x5403, 'TCSETSW'],
  [0x5404, 'TCSETSF'],
  [0x540e, 'TIOCSCTTY'],
  [0x540f, 'TIOCGPGRP'],
  [0x5410, 'TIOCSPGRP'],
  [0x5413, 'TIOCGWINSZ'],
  [0x5414, 'TIOCSWINSZ'],
  [0x5422, 'TIOCNOTTY'],
  [0x80045430, 'TIOCGPTN'],
] as const;

/** struct stat as strace abbreviates it. */
export function statStruct(v: TraceValue): string {
  const mode = numField(v, 'mode');
  const type = mode & 0o170000;
  if (type === 0o020000 || type === 0o060000) {
    const rdev = numField(v, 'rdev');
    return `{st_mode=${statMode(mode)}, st_rdev=${makedev(rdev)}, ...}`;
  }
  return `{st_mode=${statMode(mode)}, st_size=${numField(v, 'size')}, ...}`;
}

function makedev(dev: number): string {
  const major = ((dev >>> 8) & 0xfff) | ((dev / 2 ** 32) & ~0xfff);
  const minor = (dev & 0xff) | ((dev >>> 12) & ~0xff);
  return `makedev(0x${major.toString(16)}, 0x${minor.toString(16)})`;
}

const statAt =
  (flags: string): Decoder =>
  (r) => ({ enter: [AT, path(r, 0)], exit: [outOrAddr(r, () => statStruct(r.result)), flags] });

const bufferRead =
  (extra: (r: TraceSyscall) => string[]): Decoder =>
  (r, o) => ({
    enter: [String(num(r, 0))],
    exit: [outOrAddr(r, () => quoteBuffer(r.result, o.strsize)), ...extra(r)],
  });

function fcntl(r: TraceSyscall): ReturnType<Decoder> {
  const cmd = num(r, 1);
  const args = [String(num(r, 0)), constOf(cmd, FCNTL_CMDS)];
  const res = typeof r.result === 'number' ? r.result : 0;
  if (cmd === 0 || cmd === 1030) args.push(String(num(r, 2)));
  if (cmd === 2) args.push(num(r, 2) & 1 ? 'FD_CLOEXEC' : '0');
  if (cmd === 4) args.push(openFlags(num(r, 2)));
  if (cmd === 1 && res >= 0)
    return { enter: args, result: `0x${res.toString(16)} (flags ${res & 1 ? 'FD_CLOEXEC' : '0'})` };
  if (cmd === 3 && res >= 0) {
    const fl = res | 0o100000;
    return { enter: args, result: `0x${fl.toString(16)} (flags ${openFlags(fl)})` };
  }
  return { enter: args };
}

function ioctl(r: TraceSyscall): ReturnType<Decoder> {
  const req = num(r, 1);
  const name = constOf(req, IOCTLS, true);
  const arg = r.args[2];
  let shown = typeof arg === 'number' ? `[${arg}]` : addr(r, 2);
  if (req === 0x5413 && !failed(r)) shown = winsize(r.result);
  else if (req === 0x5414) shown = winsize(arg);
  else if (req === 0x5401 && !failed(r)) shown = '{B38400 opost isig icanon echo ...}';
  else if (req >= 0x5402 && req <= 0x5404) shown = '{B38400 opost isig icanon echo ...}';
  else if (req === 0x540f && !failed(r)) shown = `[${typeof r.result === 'number' ? r.result : 0}]`;
  else if (req === 0x540e || req === 0x5422) shown = String(typeof arg === 'number' ? arg : 0);
  return { enter: [String(num(r, 0)), name, shown], ...(req === 0x540f ? { result: '0' } : {}) };
}

function winsize(v: TraceValue): string {
  return `{ws_row=${numField(v, 'rows')}, ws_col=${numField(v, 'cols')}, ws_xpixel=0, ws_ypixel=0}`;
}

function timespecs(r: TraceSyscall): string {
  const one = (v: TraceValue): string => {
    if (v === null || v === undefined) return 'UTIME_OMIT';
    if (v === 'now') return 'UTIME_NOW';
    if (typeof v === 'number') return `{tv_sec=${Math.floor(v / 1e9)}, tv_nsec=${v % 1e9}}`;
    return `{tv_sec=${numField(v, 'sec')}, tv_nsec=${numField(v, 'nsec')}}`;
  };
  const a = r.args[1];
  const m = r.args[2];
  if (a === 'now' && m === 'now') return 'NULL';
  return `[${one(a)}, ${one(m)}]`;
}

function nullable(v: string, max: number): string {
  return v === '' ? 'NULL' : quoteString(v, max);
}

const XATTR_FLAGS = [
  [1, 'XATTR_CREATE'],
  [2, 'XATTR_REPLACE'],
] as const;

export const FILE_DECODERS: Readonly<Record<string, Decoder>> = {
  open: (r) => {
    const flags = num(r, 1);
    const args = [AT, path(r, 0), openFlags(flags)];
    if (flags & 0o100 || (flags & 0o20200000) === 0o20200000) args.push(octalMode(num(r, 2, 0o666)));
    return { enter: args };
  },
  close: (r) => ({ enter: [String(num(r, 0))] }),
  read: bufferRead((r) => [String(num(r, 1))]),
  pread: bufferRead((r) => [String(num(r, 1)), String(num(r, 2))]),
  write: (r, o) => ({
    enter: [String(num(r, 0)), quoteBuffer(r.args[1], o.strsize), String(sizeOf(r.args[1]))],
  }),
  lseek: (r) => ({
    enter: [
      String(num(r, 0)),
      String(num(r, 1)),
      constOf(num(r, 2), [
        [0, 'SEEK_SET'],
        [1, 'SEEK_CUR'],
        [2, 'SEEK_END'],
      ]),
    ],
  }),
  dup: (r) => ({ enter: [String(num(r, 0))] }),
  dup2: (r) => ({ enter: [String(num(r, 0)), String(num(r, 1))] }),
  fcntl,
  pipe2: (r) => {
    const fds = Array.isArray(r.result) ? `[${r.result.join(', ')}]` : addr(r);
    return {
      enter: [],
      exit: [
        fds,
        flagsOf(num(r, 0), [
          [0o2000000, 'O_CLOEXEC'],
          [0o4000, 'O_NONBLOCK'],
        ]),
      ],
    };
  },
  ioctl,
  stat: statAt('0'),
  lstat: statAt('AT_SYMLINK_NOFOLLOW'),
  fstat: (r) => ({
    enter: [String(num(r, 0)), '""'],
    exit: [outOrAddr(r, () => statStruct(r.result)), 'AT_EMPTY_PATH'],
  }),
  getdents64: (r) => ({
    enter: [String(num(r, 0))],
    exit: [
      failed(r)
        ? addr(r)
        : `${addr(r, 9).replace('0x7ffd', '0x55d4')} /* ${numField(r.result, 'entries')} entries */`,
      '32768',
    ],
    ...(failed(r) ? {} : { result: String(numField(r.result, 'bytes')) }),
  }),
  access: (r) => ({
    enter: [
      path(r, 0),
      flagsOf(
        num(r, 1),
        [
          [4, 'R_OK'],
          [2, 'W_OK'],
          [1, 'X_OK'],
        ],
        'F_OK',
      ),
    ],
  }),
  mkdir: (r) => ({ enter: [path(r, 0), octalMode(num(r, 1))] }),
  rmdir: (r) => ({ enter: [path(r, 0)] }),
  unlink: (r) => ({ enter: [path(r, 0)] }),
  rename: (r) => ({ enter: [path(r, 0), path(r, 1)] }),
  renameat2: (r) => ({
    enter: [
      AT,
      path(r, 0),
      AT,
      path(r, 1),
      flagsOf(num(r, 2), [
        [1, 'RENAME_NOREPLACE'],
        [2, 'RENAME_EXCHANGE'],
        [4, 'RENAME_WHITEOUT'],
      ]),
    ],
  }),
  link: (r) => ({ enter: [path(r, 0), path(r, 1)] }),
  symlink: (r) => ({ enter: [path(r, 0), path(r, 1)] }),
  readlink: (r) => ({
    enter: [path(r, 0)],
    exit: [outOrAddr(r, () => quoteString(typeof r.result === 'string' ? r.result : '')), '4096'],
    ...(typeof r.result === 'string' ? { result: String(sizeOf(r.result)) } : {}),
  }),
  chmod: (r) => ({ enter: [path(r, 0), octalMode(num(r, 1))] }),
  fchmod: (r) => ({ enter: [String(num(r, 0)), octalMode(num(r, 1))] }),
  chown: (r) => ({ enter: [path(r, 0), String(num(r, 1)), String(num(r, 2))] }),
  lchown: (r) => ({ enter: [path(r, 0), String(num(r, 1)), String(num(r, 2))] }),
  truncate: (r) => ({ enter: [path(r, 0), String(num(r, 1))] }),
  ftruncate: (r) => ({ enter: [String(num(r, 0)), String(num(r, 1))] }),
  utimensat: (r) => ({
    enter: [AT, path(r, 0), timespecs(r), num(r, 3) & 0x100 ? 'AT_SYMLINK_NOFOLLOW' : '0'],
  }),
  mknod: (r) => {
    const mode = num(r, 1);
    const args = [AT, path(r, 0), statMode(mode)];
    const type = mode & 0o170000;
    if (type === 0o020000 || type === 0o060000) args.push(makedev(num(r, 2)));
    return { enter: args };
  },
  umask: (r) => ({
    enter: [octalMode(num(r, 0) & 0o777)],
    ...(typeof r.result === 'number' ? { result: octalMode(r.result) } : {}),
  }),
  chdir: (r) => ({ enter: [path(r, 0)] }),
  fchdir: (r) => ({ enter: [String(num(r, 0))] }),
  getcwd: (r) => ({
    enter: [],
    exit: [outOrAddr(r, () => quoteString(typeof r.result === 'string' ? r.result : '')), '4096'],
    ...(typeof r.result === 'string' ? { result: String(sizeOf(r.result) + 1) } : {}),
  }),
  chroot: (r) => ({ enter: [path(r, 0)] }),
  setxattr: xattrSet,
  lsetxattr: xattrSet,
  getxattr: xattrGet,
  lgetxattr: xattrGet,
  listxattr: xattrList,
  llistxattr: xattrList,
  removexattr: (r) => ({ enter: [path(r, 0), quoteString(str(r, 1))] }),
  mount: (r, o) => ({
    enter: [
      path(r, 0),
      path(r, 1),
      nullable(str(r, 2), o.strsize),
      flagsOf(num(r, 3), MOUNT_FLAGS),
      nullable(str(r, 4), o.strsize),
    ],
  }),
  umount2: (r) => ({ enter: [path(r, 0), flagsOf(num(r, 1), UMOUNT_FLAGS)] }),
  sync: () => ({ enter: [] }),
  statfs: (r) => ({
    enter: [path(r, 0)],
    exit: [
      outOrAddr(r, () => {
        const v = r.result;
        const f = (k: string): number => numField(v, k);
        return `{f_type=0x${f('type').toString(16)}, f_bsize=${f('bsize')}, f_blocks=${f('blocks')}, f_bfree=${f('bfree')}, f_bavail=${f('bavail')}, f_files=${f('files')}, f_ffree=${f('ffree')}, f_fsid={val=[0, 0]}, f_namelen=${f('namelen')}, f_frsize=${f('bsize')}, f_flags=ST_VALID|ST_RELATIME}`;
      }),
    ],
  }),
};

function xattrSet(r: TraceSyscall, o: { strsize: number }): ReturnType<Decoder> {
  const value = r.args[2];
  return {
    enter: [
      path(r, 0),
      quoteString(str(r, 1)),
      quoteBuffer(value, o.strsize),
      String(sizeOf(value)),
      flagsOf(num(r, 3), XATTR_FLAGS),
    ],
  };
}

function xattrGet(r: TraceSyscall, o: { strsize: number }): ReturnType<Decoder> {
  const ok = isBytes(r.result);
  return {
    enter: [path(r, 0), quoteString(str(r, 1))],
    exit: [ok ? quoteBuffer(r.result, o.strsize) : addr(r), ok ? String(sizeOf(r.result)) : '0'],
    ...(ok ? { result: String(sizeOf(r.result)) } : {}),
  };
}

function xattrList(r: TraceSyscall, o: { strsize: number }): ReturnType<Decoder> {
  const names = Array.isArray(r.result)
    ? r.result.filter((n): n is string => typeof n === 'string')
    : undefined;
  const text = names ? names.map((n) => n + '\0').join('') : '';
  return {
    enter: [path(r, 0)],
    exit: [names ? quoteString(text, o.strsize) : addr(r), names ? String(sizeOf(text)) : '0'],
    ...(names ? { result: String(sizeOf(text)) } : {}),
  };
}

// strace's symbolic decoders (xlat): flag sets in the order strace prints them, constants, signal
// names and sets, errno names, and the fake user-space addresses strace would print for pointers.

import { CLONE_NAMES, CSIGNAL } from '../../kernel/abi/sched';
import { errnoName, strerror } from '../../kernel/abi/errno';
import { SIGNAL_NAMES } from '../../kernel/abi/signal';

export type Xlat = ReadonlyArray<readonly [number, string]>;

/** "A|B|0x40": the named bits in table order, then any unknown rest in hex; `zero` when none. */
export function flagsOf(value: number, table: Xlat, zero = '0'): string {
  const parts: string[] = [];
  let rest = value >>> 0;
  for (const [bit, name] of table) {
    if (bit !== 0 && (rest & bit) === bit) {
      parts.push(name);
      rest = (rest & ~bit) >>> 0;
    }
  }
  if (rest !== 0) parts.push('0x' + rest.toString(16));
  return parts.length ? parts.join('|') : zero;
}

/** A constant's name, or the number (strace prints unknown values as a number or hex). */
export function constOf(value: number, table: Xlat, fallbackHex = false): string {
  for (const [v, name] of table) if (v === value) return name;
  return fallbackHex ? '0x' + (value >>> 0).toString(16) : String(value);
}

export const OPEN_FLAGS: Xlat = [
  [0o100, 'O_CREAT'],
  [0o200, 'O_EXCL'],
  [0o400, 'O_NOCTTY'],
  [0o1000, 'O_TRUNC'],
  [0o2000, 'O_APPEND'],
  [0o4000, 'O_NONBLOCK'],
  [0o10000, 'O_DSYNC'],
  [0o20000, 'O_ASYNC'],
  [0o40000, 'O_DIRECT'],
  [0o100000, 'O_LARGEFILE'],
  [0o200000, 'O_DIRECTORY'],
  [0o400000, 'O_NOFOLLOW'],
  [0o1000000, 'O_NOATIME'],
  [0o2000000, 'O_CLOEXEC'],
  [0o10000000, 'O_PATH'],
];

/** open(2) flags: the access mode first, as strace prints them. */
export function openFlags(flags: number): string {
  const acc = ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_ACCMODE'][flags & 3]!;
  const rest = flagsOf(flags & ~3, OPEN_FLAGS, '');
  return rest ? `${acc}|${rest}` : acc;
}

/** A mode in octal as strace prints it (%#03o: 0644, 000). */
export function octalMode(mode: number): string {
  return '0' + (mode & 0o7777).toString(8).padStart(2, '0');
}

const S_IFMT_NAMES: Xlat = [
  [0o140000, 'S_IFSOCK'],
  [0o120000, 'S_IFLNK'],
  [0o100000, 'S_IFREG'],
  [0o060000, 'S_IFBLK'],
  [0o040000, 'S_IFDIR'],
  [0o020000, 'S_IFCHR'],
  [0o010000, 'S_IFIFO'],
];

/** st_mode: "S_IFREG|0644", with S_ISUID/S_ISGID/S_ISVTX named. */
export function statMode(mode: number): string {
  const type = constOf(mode & 0o170000, S_IFMT_NAMES, true);
  const special = flagsOf(
    mode & 0o7000,
    [
      [0o4000, 'S_ISUID'],
      [0o2000, 'S_ISGID'],
      [0o1000, 'S_ISVTX'],
    ],
    '',
  );
  const perm = octalMode(mode & 0o777);
  return [type, special, perm].filter((s) => s !== '').join('|');
}

/** clone(2) flags: CLONE_* in bit order, then the exit signal. */
export function cloneFlags(flags: number): string {
  const table = CLONE_NAMES.filter(([bit]) => (bit & CSIGNAL) === 0);
  const named = flagsOf(flags & ~CSIGNAL, table, '');
  const sig = flags & CSIGNAL;
  const parts = [named, sig ? signalName(sig) : ''].filter((s) => s !== '');
  return parts.length ? parts.join('|') : '0';
}

/** unshare(2)/setns(2) flags: CLONE_NEWTIME (0x80) sorts first, by value. */
export function namespaceFlags(flags: number): string {
  const table = [...CLONE_NAMES].sort((a, b) => (a[0] >>> 0) - (b[0] >>> 0));
  return flagsOf(flags, table, '0');
}

export const MOUNT_FLAGS: Xlat = [
  [1, 'MS_RDONLY'],
  [2, 'MS_NOSUID'],
  [4, 'MS_NODEV'],
  [8, 'MS_NOEXEC'],
  [16, 'MS_SYNCHRONOUS'],
  [32, 'MS_REMOUNT'],
  [64, 'MS_MANDLOCK'],
  [128, 'MS_DIRSYNC'],
  [256, 'MS_NOSYMFOLLOW'],
  [1024, 'MS_NOATIME'],
  [2048, 'MS_NODIRATIME'],
  [4096, 'MS_BIND'],
  [8192, 'MS_MOVE'],
  [16384, 'MS_REC'],
  [32768, 'MS_SILENT'],
  [1 << 16, 'MS_POSIXACL'],
  [1 << 17, 'MS_UNBINDABLE'],
  [1 << 18, 'MS_PRIVATE'],
  [1 << 19, 'MS_SLAVE'],
  [1 << 20, 'MS_SHARED'],
  [1 << 21, 'MS_RELATIME'],
  [1 << 22, 'MS_KERNMOUNT'],
  [1 << 23, 'MS_I_VERSION'],
  [1 << 24, 'MS_STRICTATIME'],
  [1 << 25, 'MS_LAZYTIME'],
];

export const UMOUNT_FLAGS: Xlat = [
  [1, 'MNT_FORCE'],
  [2, 'MNT_DETACH'],
  [4, 'MNT_EXPIRE'],
  [8, 'UMOUNT_NOFOLLOW'],
];

/** "SIGCHLD", or the number for an unknown signal. */
export function signalName(sig: number): string {
  const name = SIGNAL_NAMES[sig];
  if (name) return 'SIG' + name;
  if (sig >= 34 && sig <= 64) return sig === 34 ? 'SIGRTMIN' : `SIGRT_${sig - 34}`;
  return String(sig);
}

/** A signal set as strace prints it: "[INT TERM]", "[]". */
export function signalSet(sigs: readonly number[]): string {
  const names = [...sigs].sort((a, b) => a - b).map((s) => signalName(s).replace(/^SIG/, ''));
  return `[${names.join(' ')}]`;
}

/** "-1 ENOENT (No such file or directory)" for a negated errno. */
export function errorResult(result: number): string {
  return `-1 ${errnoName(-result)} (${strerror(-result)})`;
}

/**
 * A user-space address strace would print for a pointer the model does not have (stack buffers,
 * libc's TLS). Deterministic per pid and slot, so repeated runs print the same line.
 */
export function fakeAddress(pid: number, slot: number, kind: 'stack' | 'heap' | 'mmap' = 'stack'): string {
  const mix = (Math.imul(pid + 1, 0x9e3779b1) ^ Math.imul(slot + 7, 0x85ebca6b)) >>> 0;
  const low = (mix & 0xfffff0).toString(16).padStart(6, '0');
  const mid = ((mix >>> 24) & 0xff).toString(16).padStart(2, '0');
  if (kind === 'heap') return `0x55${mid}5c${low}`;
  if (kind === 'mmap') return `0x7f${mid}2c${low}`;
  return `0x7ffd${mid}${low}`;
}

/** Every CLONE_NEW* bit that clone(2) takes (CLONE_NEWTIME only goes to unshare/clone3). */
export const CLONE_NEW_MASK = 0x7e020000;

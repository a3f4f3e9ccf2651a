// struct stat and the st_mode bits (sys/stat.h), directory entry types (dirent.h), makedev().

export const S_IFMT = 0o170000;
export const S_IFSOCK = 0o140000;
export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;
export const S_IFBLK = 0o060000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;
export const S_ISUID = 0o4000;
export const S_ISGID = 0o2000;
export const S_ISVTX = 0o1000;

export const isDir = (mode: number): boolean => (mode & S_IFMT) === S_IFDIR;
export const isReg = (mode: number): boolean => (mode & S_IFMT) === S_IFREG;
export const isLnk = (mode: number): boolean => (mode & S_IFMT) === S_IFLNK;
export const isChr = (mode: number): boolean => (mode & S_IFMT) === S_IFCHR;
export const isBlk = (mode: number): boolean => (mode & S_IFMT) === S_IFBLK;
export const isFifo = (mode: number): boolean => (mode & S_IFMT) === S_IFIFO;
export const isSock = (mode: number): boolean => (mode & S_IFMT) === S_IFSOCK;

/** An exact time: seconds and nanoseconds since 1970 (struct timespec). */
export interface StatTime {
  readonly sec: number;
  readonly nsec: number;
}

/**
 * struct stat. Times come twice: `*Ns` as nanoseconds since 1970 in a double (fine for
 * arithmetic, but not exact below ~256 ns at today's dates) and `atime`... as exact timespecs,
 * which is what formatting with nanoseconds must use.
 */
export interface Stat {
  readonly dev: number;
  readonly ino: number;
  readonly mode: number;
  readonly nlink: number;
  readonly uid: number;
  readonly gid: number;
  readonly rdev: number;
  readonly size: number;
  readonly blksize: number;
  readonly blocks: number;
  readonly atimeNs: number;
  readonly mtimeNs: number;
  readonly ctimeNs: number;
  readonly btimeNs: number;
  readonly atime: StatTime;
  readonly mtime: StatTime;
  readonly ctime: StatTime;
  readonly btime: StatTime;
}

export const DT_UNKNOWN = 0;
export const DT_FIFO = 1;
export const DT_CHR = 2;
export const DT_DIR = 4;
export const DT_BLK = 6;
export const DT_REG = 8;
export const DT_LNK = 10;
export const DT_SOCK = 12;

export interface Dirent {
  readonly ino: number;
  readonly type: number;
  readonly name: string;
}

export function dtFromMode(mode: number): number {
  return (mode & S_IFMT) >> 12;
}

export const makedev = (major: number, minor: number): number =>
  (major << 8) | (minor & 0xff) | ((minor & ~0xff) << 12);
export const major = (dev: number): number => (dev >> 8) & 0xfff;
export const minor = (dev: number): number => (dev & 0xff) | ((dev >> 12) & 0xfff00);

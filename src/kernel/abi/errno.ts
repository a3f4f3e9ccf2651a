// Linux errno values (x86_64, include/uapi/asm-generic/errno-base.h, errno.h) and the strerror()
// texts glibc prints for them. A syscall that fails returns the negated value, as the raw ABI does.

export const EPERM = 1;
export const ENOENT = 2;
export const ESRCH = 3;
export const EINTR = 4;
export const EIO = 5;
export const ENXIO = 6;
export const E2BIG = 7;
export const ENOEXEC = 8;
export const EBADF = 9;
export const ECHILD = 10;
export const EAGAIN = 11;
export const ENOMEM = 12;
export const EACCES = 13;
export const EFAULT = 14;
export const ENOTBLK = 15;
export const EBUSY = 16;
export const EEXIST = 17;
export const EXDEV = 18;
export const ENODEV = 19;
export const ENOTDIR = 20;
export const EISDIR = 21;
export const EINVAL = 22;
export const ENFILE = 23;
export const EMFILE = 24;
export const ENOTTY = 25;
export const ETXTBSY = 26;
export const EFBIG = 27;
export const ENOSPC = 28;
export const ESPIPE = 29;
export const EROFS = 30;
export const EMLINK = 31;
export const EPIPE = 32;
export const EDOM = 33;
export const ERANGE = 34;
export const EDEADLK = 35;
export const ENAMETOOLONG = 36;
export const ENOLCK = 37;
export const ENOSYS = 38;
export const ENOTEMPTY = 39;
export const ELOOP = 40;
export const ENOMSG = 42;
export const ENODATA = 61;
export const ENOLINK = 67;
export const EOVERFLOW = 75;
export const EUSERS = 87;
export const ENOTSOCK = 88;
export const EDESTADDRREQ = 89;
export const EMSGSIZE = 90;
export const EPROTOTYPE = 91;
export const ENOPROTOOPT = 92;
export const EPROTONOSUPPORT = 93;
export const EOPNOTSUPP = 95;
export const EAFNOSUPPORT = 97;
export const EADDRINUSE = 98;
export const EADDRNOTAVAIL = 99;
export const ENETDOWN = 100;
export const ENETUNREACH = 101;
export const ECONNABORTED = 103;
export const ECONNRESET = 104;
export const EISCONN = 106;
export const ENOTCONN = 107;
export const ETIMEDOUT = 110;
export const ECONNREFUSED = 111;
export const EHOSTUNREACH = 113;
export const EALREADY = 114;
export const EINPROGRESS = 115;
export const ESTALE = 116;
export const EDQUOT = 122;
export const ECANCELED = 125;
export const EOWNERDEAD = 130;

/** errno → [name, strerror text] */
const table: Record<number, readonly [string, string]> = {
  [EPERM]: ['EPERM', 'Operation not permitted'],
  [ENOENT]: ['ENOENT', 'No such file or directory'],
  [ESRCH]: ['ESRCH', 'No such process'],
  [EINTR]: ['EINTR', 'Interrupted system call'],
  [EIO]: ['EIO', 'Input/output error'],
  [ENXIO]: ['ENXIO', 'No such device or address'],
  [E2BIG]: ['E2BIG', 'Argument list too long'],
  [ENOEXEC]: ['ENOEXEC', 'Exec format error'],
  [EBADF]: ['EBADF', 'Bad file descriptor'],
  [ECHILD]: ['ECHILD', 'No child processes'],
  [EAGAIN]: ['EAGAIN', 'Resource temporarily unavailable'],
  [ENOMEM]: ['ENOMEM', 'Cannot allocate memory'],
  [EACCES]: ['EACCES', 'Permission denied'],
  [EFAULT]: ['EFAULT', 'Bad address'],
  [ENOTBLK]: ['ENOTBLK', 'Block device required'],
  [EBUSY]: ['EBUSY', 'Device or resource busy'],
  [EEXIST]: ['EEXIST', 'File exists'],
  [EXDEV]: ['EXDEV', 'Invalid cross-device link'],
  [ENODEV]: ['ENODEV', 'No such device'],
  [ENOTDIR]: ['ENOTDIR', 'Not a directory'],
  [EISDIR]: ['EISDIR', 'Is a directory'],
  [EINVAL]: ['EINVAL', 'Invalid argument'],
  [ENFILE]: ['ENFILE', 'Too many open files in system'],
  [EMFILE]: ['EMFILE', 'Too many open files'],
  [ENOTTY]: ['ENOTTY', 'Inappropriate ioctl for device'],
  [ETXTBSY]: ['ETXTBSY', 'Text file busy'],
  [EFBIG]: ['EFBIG', 'File too large'],
  [ENOSPC]: ['ENOSPC', 'No space left on device'],
  [ESPIPE]: ['ESPIPE', 'Illegal seek'],
  [EROFS]: ['EROFS', 'Read-only file system'],
  [EMLINK]: ['EMLINK', 'Too many links'],
  [EPIPE]: ['EPIPE', 'Broken pipe'],
  [EDOM]: ['EDOM', 'Numerical argument out of domain'],
  [ERANGE]: ['ERANGE', 'Numerical result out of range'],
  [EDEADLK]: ['EDEADLK', 'Resource deadlock avoided'],
  [ENAMETOOLONG]: ['ENAMETOOLONG', 'File name too long'],
  [ENOLCK]: ['ENOLCK', 'No locks available'],
  [ENOSYS]: ['ENOSYS', 'Function not implemented'],
  [ENOTEMPTY]: ['ENOTEMPTY', 'Directory not empty'],
  [ELOOP]: ['ELOOP', 'Too many levels of symbolic links'],
  [ENOMSG]: ['ENOMSG', 'No message of desired type'],
  [ENODATA]: ['ENODATA', 'No data available'],
  [ENOLINK]: ['ENOLINK', 'Link has been severed'],
  [EOVERFLOW]: ['EOVERFLOW', 'Value too large for defined data type'],
  [EUSERS]: ['EUSERS', 'Too many users'],
  [ENOTSOCK]: ['ENOTSOCK', 'Socket operation on non-socket'],
  [EDESTADDRREQ]: ['EDESTADDRREQ', 'Destination address required'],
  [EMSGSIZE]: ['EMSGSIZE', 'Message too long'],
  [EPROTOTYPE]: ['EPROTOTYPE', 'Protocol wrong type for socket'],
  [ENOPROTOOPT]: ['ENOPROTOOPT', 'Protocol not available'],
  [EPROTONOSUPPORT]: ['EPROTONOSUPPORT', 'Protocol not supported'],
  [EOPNOTSUPP]: ['EOPNOTSUPP', 'Operation not supported'],
  [EAFNOSUPPORT]: ['EAFNOSUPPORT', 'Address family not supported by protocol'],
  [EADDRINUSE]: ['EADDRINUSE', 'Address already in use'],
  [EADDRNOTAVAIL]: ['EADDRNOTAVAIL', 'Cannot assign requested address'],
  [ENETDOWN]: ['ENETDOWN', 'Network is down'],
  [ENETUNREACH]: ['ENETUNREACH', 'Network is unreachable'],
  [ECONNABORTED]: ['ECONNABORTED', 'Software caused connection abort'],
  [ECONNRESET]: ['ECONNRESET', 'Connection reset by peer'],
  [EISCONN]: ['EISCONN', 'Transport endpoint is already connected'],
  [ENOTCONN]: ['ENOTCONN', 'Transport endpoint is not connected'],
  [ETIMEDOUT]: ['ETIMEDOUT', 'Connection timed out'],
  [ECONNREFUSED]: ['ECONNREFUSED', 'Connection refused'],
  [EHOSTUNREACH]: ['EHOSTUNREACH', 'No route to host'],
  [EALREADY]: ['EALREADY', 'Operation already in progress'],
  [EINPROGRESS]: ['EINPROGRESS', 'Operation now in progress'],
  [ESTALE]: ['ESTALE', 'Stale file handle'],
  [EDQUOT]: ['EDQUOT', 'Disk quota exceeded'],
  [ECANCELED]: ['ECANCELED', 'Operation canceled'],
  [EOWNERDEAD]: ['EOWNERDEAD', 'Owner died'],
};

/** strerror(3): accepts a positive errno or a negated syscall return. */
export function strerror(errno: number): string {
  const e = Math.abs(errno);
  return table[e]?.[1] ?? `Unknown error ${e}`;
}

/** The symbolic name, e.g. 'ENOENT' (as strace prints it). */
export function errnoName(errno: number): string {
  const e = Math.abs(errno);
  return table[e]?.[0] ?? String(e);
}

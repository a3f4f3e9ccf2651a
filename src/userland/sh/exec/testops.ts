// The primaries shared by `test`/`[` and `[[ ]]`: file tests through stat/lstat/access, string
// tests, integer comparisons, -nt/-ot/-ef, -o/-v/-R. Integer operands that are not integers give
// bash's "integer expression expected" error (status 2).

import { F_OK, R_OK, W_OK, X_OK } from '../../../kernel/abi/fcntl';
import {
  S_ISGID,
  S_ISUID,
  S_ISVTX,
  isBlk,
  isChr,
  isDir,
  isFifo,
  isLnk,
  isReg,
  isSock,
} from '../../../kernel/abi/stat';
import type { Stat } from '../../../kernel/abi/stat';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { SET_OPTIONS } from '../shell';
import { TCGETS } from '../../../kernel/abi/termios';

export class TestError extends Error {}

export const UNARY_OPS = new Set('abcdefghknoprstuvwxzGLNORS'.split('').map((c) => '-' + c));
export const BINARY_OPS = new Set([
  '=',
  '==',
  '!=',
  '<',
  '>',
  '-eq',
  '-ne',
  '-lt',
  '-le',
  '-gt',
  '-ge',
  '-nt',
  '-ot',
  '-ef',
]);

function* st(sh: Shell, path: string, follow = true): Gen<Stat | undefined> {
  if (path === '') return undefined;
  const r = follow ? yield* sh.sys.stat(path) : yield* sh.sys.lstat(path);
  return typeof r === 'number' ? undefined : r;
}

export function* unaryTest(sh: Shell, op: string, arg: string): Gen<boolean> {
  switch (op) {
    case '-n':
      return arg !== '';
    case '-z':
      return arg === '';
    case '-o':
      return (SET_OPTIONS as readonly string[]).includes(arg) && sh.opt(arg);
    case '-v':
      return sh.vars.get(arg) !== undefined || (/^[1-9]\d*$/.test(arg) && Number(arg) <= sh.params.length);
    case '-R':
      return false;
    case '-t': {
      const fd = Number(arg);
      if (!/^\d+$/.test(arg)) return false;
      const r = yield* sh.sys.ioctl(fd, TCGETS);
      return !(typeof r === 'number' && r < 0);
    }
    case '-r':
    case '-w':
    case '-x': {
      if (arg === '') return false;
      const mode = op === '-r' ? R_OK : op === '-w' ? W_OK : X_OK;
      return (yield* sh.sys.access(arg, mode)) === 0;
    }
    case '-h':
    case '-L': {
      const s = yield* st(sh, arg, false);
      return s !== undefined && isLnk(s.mode);
    }
  }
  const s = yield* st(sh, arg);
  if (!s) return false;
  switch (op) {
    case '-a':
    case '-e':
      return true;
    case '-f':
      return isReg(s.mode);
    case '-d':
      return isDir(s.mode);
    case '-b':
      return isBlk(s.mode);
    case '-c':
      return isChr(s.mode);
    case '-p':
      return isFifo(s.mode);
    case '-S':
      return isSock(s.mode);
    case '-s':
      return s.size > 0;
    case '-g':
      return (s.mode & S_ISGID) !== 0;
    case '-u':
      return (s.mode & S_ISUID) !== 0;
    case '-k':
      return (s.mode & S_ISVTX) !== 0;
    case '-O':
      return s.uid === (yield* sh.sys.geteuid());
    case '-G':
      return s.gid === (yield* sh.sys.getegid());
    case '-N':
      return s.mtimeNs > s.atimeNs;
    default:
      return (yield* sh.sys.access(arg, F_OK)) === 0;
  }
}

function toInt(s: string): bigint {
  const t = s.trim();
  if (!/^[-+]?\d+$/.test(t)) throw new TestError(`${s}: integer expression expected`);
  return BigInt(t);
}

export function* binaryTest(sh: Shell, op: string, a: string, b: string): Gen<boolean> {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '-eq':
      return toInt(a) === toInt(b);
    case '-ne':
      return toInt(a) !== toInt(b);
    case '-lt':
      return toInt(a) < toInt(b);
    case '-le':
      return toInt(a) <= toInt(b);
    case '-gt':
      return toInt(a) > toInt(b);
    case '-ge':
      return toInt(a) >= toInt(b);
  }
  const sa = yield* st(sh, a);
  const sb = yield* st(sh, b);
  switch (op) {
    case '-nt':
      return sa !== undefined && (sb === undefined || sa.mtimeNs > sb.mtimeNs);
    case '-ot':
      return sb !== undefined && (sa === undefined || sa.mtimeNs < sb.mtimeNs);
    case '-ef':
      return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
  }
  return false;
}

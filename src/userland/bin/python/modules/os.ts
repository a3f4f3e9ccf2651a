// The os module: processes (getpid, fork, _exit, waitpid, kill, system), files and directories
// (open/read/write/close, stat, rename, remove, mkdir, makedirs, listdir...), environ, uname.
// Failures raise OSError with the raw errno, as CPython does.

import type { Gen } from '../../../sys';
import { EEXIST, strerror } from '../../../../kernel/abi/errno';
import * as F from '../../../../kernel/abi/fcntl';
import { SIGCHLD } from '../../../../kernel/abi/signal';
import { onlineCpus } from '../../nproc';
import { decode } from '../../../../lib/utf8';
import { expectStr, kwArg, toIndex, toInt } from '../args';
import { osErr, pyErr } from '../exceptions';
import { hashKey } from '../hash';
import type { Interp, PyValue, PyModule } from '../objects';
import { PyBytes, PyDict, PyList, PyTuple } from '../objects';
import { truthy } from '../ops';
import { toStr } from '../str';
import { pathModule } from './ospath';
import { statResult, unameResult } from './osresult';
import { check, makeModule } from './util';
import type { Proc } from './util';

function path(v: PyValue | undefined, fn = 'path'): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return decode(v.data);
  throw pyErr(
    'TypeError',
    `${fn}: path should be string, bytes or os.PathLike, not ${v === undefined ? 'NoneType' : v === null ? 'NoneType' : typeof v === 'bigint' ? 'int' : typeof v === 'object' ? v.cls.name : typeof v}`,
  );
}

function* environList(ip: Interp): Gen<string[]> {
  const os = ip.modules.get('os');
  const env = os?.dict.get('environ');
  const out: string[] = [];
  if (env instanceof PyDict)
    for (const { k, v } of env.map.values()) out.push(`${yield* toStr(ip, k)}=${yield* toStr(ip, v)}`);
  return out;
}

function* system(ip: Interp, cmd: string): Gen<PyValue> {
  const env = yield* environList(ip);
  const sys = ip.sys;
  const pid = yield* sys.clone(SIGCHLD, function* () {
    yield* sys.execve('/bin/sh', ['sh', '-c', cmd], env);
    return yield* sys.exit(127);
  });
  if (pid < 0) throw osErr(pid);
  for (;;) {
    const w = yield* sys.wait4(pid, 0);
    if (typeof w !== 'number') return BigInt(w.status);
    if (w !== -4) throw osErr(w);
  }
}

function* makedirs(ip: Interp, p: string, mode: number, existOk: boolean): Gen<void> {
  const parent = p.replace(/\/+$/, '').replace(/\/[^/]*$/, '');
  if (parent !== '' && parent !== p) {
    const st = yield* ip.sys.stat(parent);
    if (typeof st === 'number') yield* makedirs(ip, parent, mode, true);
  }
  const r = yield* ip.sys.mkdir(p, mode);
  if (r < 0) {
    if (existOk && r === -EEXIST) {
      const st = yield* ip.sys.stat(p);
      if (typeof st !== 'number' && (st.mode & 0o170000) === 0o040000) return;
    }
    throw osErr(r, p);
  }
}

function* listdir(ip: Interp, p: string): Gen<PyValue> {
  const fd = check(yield* ip.sys.open(p, F.O_RDONLY | F.O_DIRECTORY | F.O_CLOEXEC), p);
  const names: PyValue[] = [];
  for (;;) {
    const ents = yield* ip.sys.getdents64(fd);
    if (typeof ents === 'number') {
      yield* ip.sys.close(fd);
      throw osErr(ents, p);
    }
    if (ents.length === 0) break;
    for (const e of ents) if (e.name !== '.' && e.name !== '..') names.push(e.name);
  }
  yield* ip.sys.close(fd);
  return new PyList(names);
}

function environ(envp: readonly string[]): PyDict {
  const d = new PyDict();
  for (const e of envp) {
    const i = e.indexOf('=');
    if (i <= 0) continue;
    const k = e.slice(0, i);
    d.map.set(hashKey(k), { k, v: e.slice(i + 1) });
  }
  return d;
}

const FLAGS: Record<string, number> = {
  O_RDONLY: F.O_RDONLY,
  O_WRONLY: F.O_WRONLY,
  O_RDWR: F.O_RDWR,
  O_CREAT: F.O_CREAT,
  O_EXCL: F.O_EXCL,
  O_TRUNC: F.O_TRUNC,
  O_APPEND: F.O_APPEND,
  O_NONBLOCK: F.O_NONBLOCK,
  O_DIRECTORY: F.O_DIRECTORY,
  O_NOFOLLOW: F.O_NOFOLLOW,
  O_CLOEXEC: F.O_CLOEXEC,
  O_NOCTTY: F.O_NOCTTY,
  F_OK: F.F_OK,
  R_OK: F.R_OK,
  W_OK: F.W_OK,
  X_OK: F.X_OK,
  SEEK_SET: F.SEEK_SET,
  SEEK_CUR: F.SEEK_CUR,
  SEEK_END: F.SEEK_END,
  WNOHANG: 1,
};

export function* osModule(ip: Proc): Gen<PyModule> {
  const consts: Record<string, PyValue> = {};
  for (const [k, v] of Object.entries(FLAGS)) consts[k] = BigInt(v);
  const ids = (name: 'getpid' | 'getppid' | 'getuid' | 'geteuid' | 'getgid' | 'getegid') =>
    function* (ip2: Interp): Gen<PyValue> {
      return BigInt(yield* ip2.sys[name]());
    };
  const m = makeModule('os', '/usr/lib/python3.11/os.py', {
    ...consts,
    name: 'posix',
    sep: '/',
    linesep: '\n',
    devnull: '/dev/null',
    curdir: '.',
    pardir: '..',
    environ: environ(ip.envp),
    path: pathModule(),
    getpid: ids('getpid'),
    getppid: ids('getppid'),
    getuid: ids('getuid'),
    geteuid: ids('geteuid'),
    getgid: ids('getgid'),
    getegid: ids('getegid'),
    fork: function* (ip2) {
      return BigInt(check(yield* ip2.fork()));
    },
    _exit: function* (ip2, args) {
      return yield* ip2.sys.exit(Number(toInt(args[0] ?? 0n)) & 0xff);
    },
    waitpid: function* (ip2, args) {
      for (;;) {
        const w = yield* ip2.sys.wait4(Number(toInt(args[0]!)), Number(toInt(args[1] ?? 0n)));
        if (typeof w !== 'number') return new PyTuple([BigInt(w.pid), BigInt(w.status)]);
        if (w === 0) return new PyTuple([0n, 0n]);
        if (w !== -4) throw osErr(w);
      }
    },
    wait: function* (ip2) {
      const w = yield* ip2.sys.wait4(-1, 0);
      if (typeof w === 'number') throw osErr(w);
      return new PyTuple([BigInt(w.pid), BigInt(w.status)]);
    },
    WEXITSTATUS: function* (_ip, a) {
      return (toInt(a[0]!) >> 8n) & 0xffn;
    },
    WIFEXITED: function* (_ip, a) {
      return (toInt(a[0]!) & 0x7fn) === 0n;
    },
    WIFSIGNALED: function* (_ip, a) {
      const s = toInt(a[0]!) & 0x7fn;
      return s !== 0n && s !== 0x7fn;
    },
    WTERMSIG: function* (_ip, a) {
      return toInt(a[0]!) & 0x7fn;
    },
    waitstatus_to_exitcode: function* (_ip, a) {
      const s = toInt(a[0]!);
      return (s & 0x7fn) === 0n ? (s >> 8n) & 0xffn : -(s & 0x7fn);
    },
    kill: function* (ip2, a) {
      check(yield* ip2.sys.kill(toIndex(a[0]!), toIndex(a[1]!)));
      return null;
    },
    strerror: function* (_ip, a) {
      return strerror(toIndex(a[0]!));
    },
    getcwd: function* (ip2) {
      const c = yield* ip2.sys.getcwd();
      if (typeof c === 'number') throw osErr(c);
      return c;
    },
    chdir: function* (ip2, a) {
      const p = path(a[0], 'chdir');
      check(yield* ip2.sys.chdir(p), p);
      return null;
    },
    rename: function* (ip2, a) {
      const [s, d] = [path(a[0], 'rename'), path(a[1], 'rename')];
      check(yield* ip2.sys.rename(s, d), s, d);
      return null;
    },
    replace: function* (ip2, a) {
      const [s, d] = [path(a[0], 'replace'), path(a[1], 'replace')];
      check(yield* ip2.sys.rename(s, d), s, d);
      return null;
    },
    remove: function* (ip2, a) {
      const p = path(a[0], 'remove');
      check(yield* ip2.sys.unlink(p), p);
      return null;
    },
    unlink: function* (ip2, a) {
      const p = path(a[0], 'unlink');
      check(yield* ip2.sys.unlink(p), p);
      return null;
    },
    rmdir: function* (ip2, a) {
      const p = path(a[0], 'rmdir');
      check(yield* ip2.sys.rmdir(p), p);
      return null;
    },
    mkdir: function* (ip2, a, kw) {
      const p = path(a[0], 'mkdir');
      check(yield* ip2.sys.mkdir(p, toIndex(a[1] ?? kwArg(kw, 'mode', 0o777n))), p);
      return null;
    },
    makedirs: function* (ip2, a, kw) {
      const p = path(a[0], 'makedirs');
      yield* makedirs(
        ip2,
        p,
        toIndex(a[1] ?? kwArg(kw, 'mode', 0o777n)),
        yield* truthy(ip2, a[2] ?? kwArg(kw, 'exist_ok', false)),
      );
      return null;
    },
    listdir: function* (ip2, a) {
      return yield* listdir(ip2, a[0] === undefined || a[0] === null ? '.' : path(a[0], 'listdir'));
    },
    symlink: function* (ip2, a) {
      const [s, d] = [path(a[0], 'symlink'), path(a[1], 'symlink')];
      check(yield* ip2.sys.symlink(s, d), s, d);
      return null;
    },
    link: function* (ip2, a) {
      const [s, d] = [path(a[0], 'link'), path(a[1], 'link')];
      check(yield* ip2.sys.link(s, d), s, d);
      return null;
    },
    readlink: function* (ip2, a) {
      const p = path(a[0], 'readlink');
      const r = yield* ip2.sys.readlink(p);
      if (typeof r === 'number') throw osErr(r, p);
      return r;
    },
    chmod: function* (ip2, a) {
      const p = path(a[0], 'chmod');
      check(yield* ip2.sys.chmod(p, toIndex(a[1]!)), p);
      return null;
    },
    access: function* (ip2, a) {
      return (yield* ip2.sys.access(path(a[0], 'access'), toIndex(a[1]!))) === 0;
    },
    umask: function* (ip2, a) {
      return BigInt(yield* ip2.sys.umask(toIndex(a[0]!)));
    },
    stat: function* (ip2, a) {
      const p = path(a[0], 'stat');
      const st = yield* ip2.sys.stat(p);
      if (typeof st === 'number') throw osErr(st, p);
      return statResult(st);
    },
    lstat: function* (ip2, a) {
      const p = path(a[0], 'lstat');
      const st = yield* ip2.sys.lstat(p);
      if (typeof st === 'number') throw osErr(st, p);
      return statResult(st);
    },
    fstat: function* (ip2, a) {
      const st = yield* ip2.sys.fstat(toIndex(a[0]!));
      if (typeof st === 'number') throw osErr(st);
      return statResult(st);
    },
    open: function* (ip2, a, kw) {
      const p = path(a[0], 'open');
      return BigInt(
        check(
          yield* ip2.sys.open(
            p,
            toIndex(a[1] ?? kwArg(kw, 'flags', 0n)) | F.O_CLOEXEC,
            toIndex(a[2] ?? kwArg(kw, 'mode', 0o777n)),
          ),
          p,
        ),
      );
    },
    read: function* (ip2, a) {
      const r = yield* ip2.sys.read(toIndex(a[0]!), toIndex(a[1]!));
      if (typeof r === 'number') throw osErr(r);
      return new PyBytes(r.slice());
    },
    write: function* (ip2, a) {
      const b = a[1];
      if (!(b instanceof PyBytes))
        throw pyErr(
          'TypeError',
          `a bytes-like object is required, not '${typeof b === 'string' ? 'str' : 'object'}'`,
        );
      return BigInt(check(yield* ip2.sys.write(toIndex(a[0]!), b.data)));
    },
    close: function* (ip2, a) {
      check(yield* ip2.sys.close(toIndex(a[0]!)));
      return null;
    },
    dup: function* (ip2, a) {
      return BigInt(check(yield* ip2.sys.dup(toIndex(a[0]!))));
    },
    dup2: function* (ip2, a) {
      return BigInt(check(yield* ip2.sys.dup2(toIndex(a[0]!), toIndex(a[1]!))));
    },
    pipe: function* (ip2) {
      const r = yield* ip2.sys.pipe2(F.O_CLOEXEC);
      if (typeof r === 'number') throw osErr(r);
      return new PyTuple([BigInt(r[0]), BigInt(r[1])]);
    },
    lseek: function* (ip2, a) {
      return BigInt(check(yield* ip2.sys.lseek(toIndex(a[0]!), toIndex(a[1]!), toIndex(a[2]!))));
    },
    setsid: function* (ip2) {
      return BigInt(check(yield* ip2.sys.setsid()));
    },
    system: function* (ip2, a) {
      return yield* system(ip2, expectStr('system', a[0] ?? null));
    },
    execv: function* (ip2, a) {
      const p = path(a[0], 'execv');
      const argv: string[] = [];
      for (const x of a[1] instanceof PyList || a[1] instanceof PyTuple ? a[1].items : [])
        argv.push(yield* toStr(ip2, x));
      yield* ip2.flushAll();
      throw osErr(yield* ip2.sys.execve(p, argv, yield* environList(ip2)));
    },
    getenv: function* (ip2, a) {
      const env = ip2.modules.get('os')?.dict.get('environ');
      const e = env instanceof PyDict ? env.map.get(hashKey(a[0]!)) : undefined;
      return e === undefined ? (a[1] ?? null) : e.v;
    },
    uname: function* (ip2) {
      return unameResult(yield* ip2.sys.uname());
    },
    cpu_count: function* (ip2) {
      return BigInt(yield* onlineCpus(ip2.sys));
    },
    sync: function* (ip2) {
      yield* ip2.sys.sync();
      return null;
    },
  });
  return m;
}

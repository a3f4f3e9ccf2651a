// os.path (posixpath): join, split, basename, dirname, exists, isdir, isfile, abspath...

import type { Gen } from '../../../sys';
import { isDir, isLnk, isReg } from '../../../../kernel/abi/stat';
import { expectStr } from '../args';
import { osErr } from '../exceptions';
import type { Interp, PyValue, PyModule } from '../objects';
import { PyTuple } from '../objects';
import { makeModule } from './util';

export function normpath(p: string): string {
  if (p === '') return '.';
  const initial = p.startsWith('//') && !p.startsWith('///') ? 2 : p.startsWith('/') ? 1 : 0;
  const out: string[] = [];
  for (const c of p.split('/')) {
    if (c === '' || c === '.') continue;
    if (c !== '..' || (initial === 0 && out.length === 0) || (out.length > 0 && out[out.length - 1] === '..'))
      out.push(c);
    else if (out.length > 0) out.pop();
  }
  const s = '/'.repeat(initial) + out.join('/');
  return s === '' ? '.' : s;
}

function join(parts: string[]): string {
  let out = parts[0] ?? '';
  for (const p of parts.slice(1)) {
    if (p.startsWith('/')) out = p;
    else if (out === '' || out.endsWith('/')) out += p;
    else out += '/' + p;
  }
  return out;
}

function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head !== '' && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

function* statMode(ip: Interp, p: PyValue, follow = true): Gen<number | null> {
  if (typeof p !== 'string') return null;
  const st = follow ? yield* ip.sys.stat(p) : yield* ip.sys.lstat(p);
  return typeof st === 'number' ? null : st.mode;
}

function* cwd(ip: Interp): Gen<string> {
  const c = yield* ip.sys.getcwd();
  if (typeof c === 'number') throw osErr(c);
  return c;
}

export function pathModule(): PyModule {
  const str = (name: string, v: PyValue | undefined): string => expectStr(name, v ?? null, 'argument');
  return makeModule('posixpath', '/usr/lib/python3.11/posixpath.py', {
    sep: '/',
    curdir: '.',
    pardir: '..',
    join: function* (_ip, args) {
      return join(args.map((a) => str('join', a)));
    },
    split: function* (_ip, args) {
      return new PyTuple(split(str('split', args[0])));
    },
    basename: function* (_ip, args) {
      return split(str('basename', args[0]))[1];
    },
    dirname: function* (_ip, args) {
      return split(str('dirname', args[0]))[0];
    },
    splitext: function* (_ip, args) {
      const p = str('splitext', args[0]);
      const base = p.slice(p.lastIndexOf('/') + 1);
      const dot = base.lastIndexOf('.');
      if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) return new PyTuple([p, '']);
      const cut = p.length - (base.length - dot);
      return new PyTuple([p.slice(0, cut), p.slice(cut)]);
    },
    normpath: function* (_ip, args) {
      return normpath(str('normpath', args[0]));
    },
    abspath: function* (ip, args) {
      const p = str('abspath', args[0]);
      return normpath(p.startsWith('/') ? p : join([yield* cwd(ip), p]));
    },
    isabs: function* (_ip, args) {
      return str('isabs', args[0]).startsWith('/');
    },
    exists: function* (ip, args) {
      return (yield* statMode(ip, args[0] ?? null)) !== null;
    },
    lexists: function* (ip, args) {
      return (yield* statMode(ip, args[0] ?? null, false)) !== null;
    },
    isdir: function* (ip, args) {
      const m = yield* statMode(ip, args[0] ?? null);
      return m !== null && isDir(m);
    },
    isfile: function* (ip, args) {
      const m = yield* statMode(ip, args[0] ?? null);
      return m !== null && isReg(m);
    },
    islink: function* (ip, args) {
      const m = yield* statMode(ip, args[0] ?? null, false);
      return m !== null && isLnk(m);
    },
    getsize: function* (ip, args) {
      const p = str('getsize', args[0]);
      const st = yield* ip.sys.stat(p);
      if (typeof st === 'number') throw osErr(st, p);
      return BigInt(st.size);
    },
    expanduser: function* (ip, args) {
      const p = str('expanduser', args[0]);
      if (!p.startsWith('~')) return p;
      const home =
        (ip as unknown as { envp: readonly string[] }).envp.find((e) => e.startsWith('HOME='))?.slice(5) ??
        '/root';
      return p === '~' ? home : p.startsWith('~/') ? home + p.slice(1) : p;
    },
  });
}

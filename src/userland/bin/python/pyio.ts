// File objects (open(), sys.stdin/stdout/stderr) with CPython's buffering: stdout is line
// buffered on a terminal and block buffered (8 KiB) otherwise, stderr is line buffered; input().
//
// Simplification: text files are UTF-8; seek/tell work on byte offsets.

import type { Gen } from '../../sys';
import { EISDIR } from '../../../kernel/abi/errno';
import {
  O_APPEND,
  O_CLOEXEC,
  O_CREAT,
  O_EXCL,
  O_RDONLY,
  O_RDWR,
  O_TRUNC,
  O_WRONLY,
} from '../../../kernel/abi/fcntl';
import { isDir } from '../../../kernel/abi/stat';
import { TCGETS } from '../../../kernel/abi/termios';
import { concatBytes, decode, encode } from '../../../lib/utf8';
import { fn, kwArg, method, toIndex } from './args';
import { toArray } from './iter';
import { excClass, newException, osErr, pyErr } from './exceptions';
import type { Interp, PyValue } from './objects';
import { PyBytes, PyClass, PyExc, PyList, PyObject } from './objects';
import { toStr } from './str';
import { objectType, typeName } from './types';
import { strRepr } from './reprs';

export const textIOType = new PyClass('TextIOWrapper', [objectType], new Map(), true);
textIOType.dict.set('__module__', '_io');
export const bufferedType = new PyClass('BufferedReader', [objectType], new Map(), true);

export class PyFile extends PyObject {
  wbuf: Uint8Array[] = [];
  wsize = 0;
  rbuf: Uint8Array = new Uint8Array(0);
  eof = false;
  closed = false;
  constructor(
    readonly fd: number,
    readonly name: PyValue,
    readonly mode: string,
    readonly binary: boolean,
    /** 'line' flushes at each newline, 'block' at 8 KiB. */
    readonly buffering: 'line' | 'block',
  ) {
    super();
  }
  get cls(): PyClass {
    return this.binary ? bufferedType : textIOType;
  }
  get readable(): boolean {
    return this.mode.includes('r') || this.mode.includes('+');
  }
  get writable(): boolean {
    return /[wax+]/.test(this.mode);
  }
}

/** Write out buffered data. */
export function* flushFile(ip: Interp, f: PyFile): Gen<void> {
  if (f.wsize === 0) return;
  let data = f.wbuf.length === 1 ? f.wbuf[0]! : concatBytes(f.wbuf);
  f.wbuf = [];
  f.wsize = 0;
  while (data.length > 0) {
    const n = yield* ip.sys.write(f.fd, data);
    if (n < 0) throw osErr(n);
    data = data.subarray(n);
  }
}

function checkOpen(f: PyFile): void {
  if (f.closed) throw pyErr('ValueError', 'I/O operation on closed file.');
}

function* writeFile(ip: Interp, f: PyFile, v: PyValue): Gen<PyValue> {
  checkOpen(f);
  if (!f.writable) throw new PyExc(newException(excClass('OSError'), ['not writable']));
  let data: Uint8Array;
  if (f.binary) {
    if (!(v instanceof PyBytes))
      throw pyErr('TypeError', `a bytes-like object is required, not '${typeName(v)}'`);
    data = v.data;
  } else {
    if (typeof v !== 'string') throw pyErr('TypeError', `write() argument must be str, not ${typeName(v)}`);
    data = encode(v);
  }
  f.wbuf.push(data);
  f.wsize += data.length;
  if (f.wsize >= 8192 || (f.buffering === 'line' && data.includes(10))) yield* flushFile(ip, f);
  return f.binary ? BigInt(data.length) : BigInt([...(v as string)].length);
}

/** Fill the read buffer until it holds a newline (line) or reaches `want` bytes, or EOF. */
function* fill(ip: Interp, f: PyFile, want: number, line: boolean): Gen<void> {
  while (!f.eof && (line ? !f.rbuf.includes(10) : f.rbuf.length < want)) {
    const chunk = yield* ip.sys.read(f.fd, f.fd === 0 && line ? 1024 : 65536);
    if (typeof chunk === 'number') throw osErr(chunk);
    if (chunk.length === 0) f.eof = true;
    else f.rbuf = f.rbuf.length === 0 ? chunk : concatBytes([f.rbuf, chunk]);
    if (line && f.fd === 0) break;
  }
}

function take(f: PyFile, n: number): Uint8Array {
  const out = f.rbuf.subarray(0, n);
  f.rbuf = f.rbuf.subarray(n);
  return out;
}

function out(f: PyFile, b: Uint8Array): PyValue {
  return f.binary ? new PyBytes(b.slice()) : decode(b);
}

export function* readLine(ip: Interp, f: PyFile): Gen<PyValue> {
  checkOpen(f);
  for (;;) {
    const nl = f.rbuf.indexOf(10);
    if (nl >= 0) return out(f, take(f, nl + 1));
    if (f.eof) return out(f, take(f, f.rbuf.length));
    yield* fill(ip, f, 0, true);
  }
}

function* readAllOf(ip: Interp, f: PyFile, n: number): Gen<PyValue> {
  checkOpen(f);
  if (!f.readable) throw new PyExc(newException(excClass('OSError'), ['not readable']));
  yield* flushFile(ip, f);
  if (n < 0) {
    while (!f.eof) yield* fill(ip, f, Infinity, false);
    return out(f, take(f, f.rbuf.length));
  }
  yield* fill(ip, f, n, false);
  return out(f, take(f, Math.min(n, f.rbuf.length)));
}

export function* closeFile(ip: Interp, f: PyFile): Gen<void> {
  if (f.closed) return;
  try {
    yield* flushFile(ip, f);
  } finally {
    f.closed = true;
    if (f.fd > 2) yield* ip.sys.close(f.fd);
  }
}

const OPEN_FLAGS: Record<string, number> = {
  r: O_RDONLY,
  w: O_WRONLY | O_CREAT | O_TRUNC,
  a: O_WRONLY | O_CREAT | O_APPEND,
  x: O_WRONLY | O_CREAT | O_EXCL,
};

export function* openFile(ip: Interp, name: PyValue, mode: string): Gen<PyFile> {
  const m = /^([rwax])(\+?)([bt]?)(\+?)$/.exec(mode) ?? /^([rwax])([bt]?)(\+?)$/.exec(mode);
  if (m === null) throw pyErr('ValueError', `invalid mode: '${mode}'`);
  let flags = OPEN_FLAGS[m[1]!]!;
  if (mode.includes('+')) flags = (flags & ~(O_WRONLY | O_RDONLY)) | O_RDWR;
  let fd: number;
  if (typeof name === 'bigint') fd = Number(name);
  else {
    if (typeof name !== 'string')
      throw pyErr('TypeError', `expected str, bytes or os.PathLike object, not ${typeName(name)}`);
    fd = yield* ip.sys.open(name, flags | O_CLOEXEC, 0o666);
    if (fd < 0) throw osErr(fd, name);
    const st = yield* ip.sys.fstat(fd);
    if (typeof st !== 'number' && isDir(st.mode)) {
      yield* ip.sys.close(fd);
      throw osErr(-EISDIR, name);
    }
  }
  const f = new PyFile(fd, name, mode.replace('t', ''), mode.includes('b'), 'block');
  ip.openedFile(f);
  return f;
}

export function* isatty(ip: Interp, fd: number): Gen<boolean> {
  const r = yield* ip.sys.ioctl(fd, TCGETS);
  return !(typeof r === 'number' && r < 0);
}

function self(v: PyValue): PyFile {
  return v as PyFile;
}

function installFileMethods(): void {
  for (const t of [textIOType, bufferedType]) {
    method(t, 'write', (ip, f, a) => writeFile(ip, self(f), a[0] ?? null));
    method(t, 'writelines', function* (ip, f, a) {
      for (const x of yield* toArray(ip, a[0]!)) yield* writeFile(ip, self(f), x);
      return null;
    });
    method(t, 'read', (ip, f, a) =>
      readAllOf(ip, self(f), a[0] === undefined || a[0] === null ? -1 : toIndex(a[0])),
    );
    method(t, 'readline', (ip, f) => readLine(ip, self(f)));
    method(t, 'readlines', function* (ip, f) {
      const lines: PyValue[] = [];
      for (;;) {
        const l = yield* readLine(ip, self(f));
        if (l === '' || (l instanceof PyBytes && l.data.length === 0)) return new PyList(lines);
        lines.push(l);
      }
    });
    method(t, 'flush', function* (ip, f) {
      checkOpen(self(f));
      yield* flushFile(ip, self(f));
      return null;
    });
    method(t, 'close', function* (ip, f) {
      yield* closeFile(ip, self(f));
      return null;
    });
    method(t, 'fileno', function* (_ip, f) {
      return BigInt(self(f).fd);
    });
    method(t, 'isatty', function* (ip, f) {
      return yield* isatty(ip, self(f).fd);
    });
    method(t, '__enter__', function* (_ip, f) {
      return f;
    });
    method(t, '__exit__', function* (ip, f) {
      yield* closeFile(ip, self(f));
      return null;
    });
    method(t, '__iter__', function* (_ip, f) {
      return f;
    });
    method(t, '__next__', function* (ip, f) {
      const l = yield* readLine(ip, self(f));
      if (l === '' || (l instanceof PyBytes && l.data.length === 0))
        throw new PyExc(newException(excClass('StopIteration'), []));
      return l;
    });
    method(t, '__repr__', function* (_ip, f) {
      const x = self(f);
      const kind = x.binary ? '_io.BufferedReader' : '_io.TextIOWrapper';
      return `<${kind} name=${typeof x.name === 'string' ? strRepr(x.name) : String(x.name)} mode='${x.mode}'${x.binary ? '' : " encoding='UTF-8'"}>`;
    });
  }
  textIOType.dict.set('name', null);
}

export function ioBuiltins(b: Map<string, PyValue>): void {
  installFileMethods();
  b.set(
    'open',
    fn('open', function* (ip, args, kw) {
      const mode = args[1] ?? kwArg(kw, 'mode', 'r');
      if (typeof mode !== 'string')
        throw pyErr('TypeError', `open() argument 'mode' must be str, not ${typeName(mode)}`);
      return yield* openFile(ip, args[0] ?? kwArg(kw, 'file', null), mode);
    }),
  );
  b.set(
    'input',
    fn('input', function* (ip, args) {
      const sys = ip.modules.get('sys')!;
      const stdout = sys.dict.get('stdout')!;
      if (args.length > 0) {
        const p = yield* toStr(ip, args[0]!);
        if (stdout instanceof PyFile) {
          yield* writeFile(ip, stdout, p);
          yield* flushFile(ip, stdout);
        }
      } else if (stdout instanceof PyFile) yield* flushFile(ip, stdout);
      const stdin = sys.dict.get('stdin');
      if (!(stdin instanceof PyFile)) throw pyErr('RuntimeError', 'input(): lost sys.stdin');
      const line = yield* readLine(ip, stdin);
      if (line === '') throw new PyExc(newException(excClass('EOFError'), ['EOF when reading a line']));
      return typeof line === 'string' ? line.replace(/\n$/, '') : line;
    }),
  );
}

// Python's builtin exception hierarchy and helpers to raise them from TypeScript, including
// OSError's errno → subclass mapping (ENOENT → FileNotFoundError...) done in OSError.__new__.

import { strerror } from '../../../kernel/abi/errno';
import type { PyValue } from './objects';
import { PyClass, PyExc, PyInstance, PyTuple } from './objects';
import { objectType } from './types';

export const excClasses = new Map<string, PyClass>();

function def(name: string, base: PyClass | null): PyClass {
  const c = new PyClass(name, base === null ? [objectType] : [base], new Map(), true);
  excClasses.set(name, c);
  return c;
}

export const BaseException = def('BaseException', null);
export const SystemExit = def('SystemExit', BaseException);
def('KeyboardInterrupt', BaseException);
def('GeneratorExit', BaseException);
export const Exception = def('Exception', BaseException);
export const StopIteration = def('StopIteration', Exception);
const Arith = def('ArithmeticError', Exception);
def('ZeroDivisionError', Arith);
def('OverflowError', Arith);
def('FloatingPointError', Arith);
def('AssertionError', Exception);
def('AttributeError', Exception);
def('BufferError', Exception);
def('EOFError', Exception);
def('ModuleNotFoundError', def('ImportError', Exception));
const Lookup = def('LookupError', Exception);
def('IndexError', Lookup);
export const KeyError = def('KeyError', Lookup);
def('MemoryError', Exception);
def('UnboundLocalError', def('NameError', Exception));
export const OSError = def('OSError', Exception);
excClasses.set('IOError', OSError);
excClasses.set('EnvironmentError', OSError);
for (const n of [
  'BlockingIOError',
  'ChildProcessError',
  'FileExistsError',
  'FileNotFoundError',
  'InterruptedError',
])
  def(n, OSError);
for (const n of [
  'IsADirectoryError',
  'NotADirectoryError',
  'PermissionError',
  'ProcessLookupError',
  'TimeoutError',
])
  def(n, OSError);
const Conn = def('ConnectionError', OSError);
for (const n of [
  'BrokenPipeError',
  'ConnectionAbortedError',
  'ConnectionRefusedError',
  'ConnectionResetError',
])
  def(n, Conn);
def('ReferenceError', Exception);
const Runtime = def('RuntimeError', Exception);
def('NotImplementedError', Runtime);
def('RecursionError', Runtime);
def('IndentationError', def('SyntaxError', Exception));
def('TypeError', Exception);
const Value = def('ValueError', Exception);
const Unicode = def('UnicodeError', Value);
def('UnicodeDecodeError', Unicode);
def('UnicodeEncodeError', Unicode);
const Warning = def('Warning', Exception);
for (const n of ['DeprecationWarning', 'RuntimeWarning', 'UserWarning', 'SyntaxWarning', 'ResourceWarning'])
  def(n, Warning);

const ERRNO_CLASS: Record<number, string> = {
  11: 'BlockingIOError',
  114: 'BlockingIOError',
  115: 'BlockingIOError',
  10: 'ChildProcessError',
  32: 'BrokenPipeError',
  108: 'BrokenPipeError',
  103: 'ConnectionAbortedError',
  111: 'ConnectionRefusedError',
  104: 'ConnectionResetError',
  17: 'FileExistsError',
  2: 'FileNotFoundError',
  21: 'IsADirectoryError',
  20: 'NotADirectoryError',
  4: 'InterruptedError',
  13: 'PermissionError',
  1: 'PermissionError',
  3: 'ProcessLookupError',
  110: 'TimeoutError',
};

export function excClass(name: string): PyClass {
  const c = excClasses.get(name);
  if (c === undefined) throw new Error(`no exception class ${name}`);
  return c;
}

/** BaseException.__new__: a fresh instance with its args (and OSError's errno fields). */
export function newException(cls: PyClass, args: readonly PyValue[]): PyInstance {
  let c = cls;
  if (cls === OSError && args.length >= 2 && typeof args[0] === 'bigint') {
    const sub = ERRNO_CLASS[Number(args[0])];
    if (sub !== undefined) c = excClass(sub);
  }
  const e = new PyInstance(c);
  e.exc = { tb: [], lastFrame: null, pending: null, context: null, cause: null, suppressContext: false };
  initException(e, args);
  return e;
}

/** BaseException.__init__ (and OSError's): store args and the derived attributes. */
export function initException(e: PyInstance, args: readonly PyValue[]): void {
  e.dict.set('args', new PyTuple(args));
  if (e.type.isSubclass(OSError)) {
    const two = args.length >= 2 && args.length <= 5;
    e.dict.set('errno', two ? args[0]! : null);
    e.dict.set('strerror', two ? args[1]! : null);
    e.dict.set('filename', two && args.length >= 3 ? args[2]! : null);
    e.dict.set('filename2', two && args.length >= 5 ? args[4]! : null);
    if (two && args.length >= 3) e.dict.set('args', new PyTuple(args.slice(0, 2)));
  }
  if (e.type.isSubclass(SystemExit) || e.type.isSubclass(StopIteration)) {
    e.dict.set(
      e.type.isSubclass(SystemExit) ? 'code' : 'value',
      args.length === 0 ? null : args.length === 1 ? args[0]! : new PyTuple(args),
    );
  }
}

/** A PyExc to throw: `throw pyErr('TypeError', "...")`. */
export function pyErr(name: string, msg?: string): PyExc {
  return new PyExc(newException(excClass(name), msg === undefined ? [] : [msg]));
}

/** OSError for a failed syscall (`r` is the negated errno), with CPython's filename fields. */
export function osErr(r: number, filename?: PyValue, filename2?: PyValue): PyExc {
  const errno = Math.abs(r);
  const args: PyValue[] = [BigInt(errno), strerror(errno)];
  if (filename !== undefined) {
    args.push(filename);
    if (filename2 !== undefined) args.push(null, filename2);
  }
  return new PyExc(newException(OSError, args));
}

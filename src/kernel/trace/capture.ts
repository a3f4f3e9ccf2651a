// Copies of a system call's arguments and result for a trace record, taken when the call runs:
// primitives as they are, buffers cut at TRACE_BYTES_MAX, plain objects to a small depth, the path
// of the file descriptor a call works on. Class instances (kernel objects) are never kept.

import type { TraceSyscall, TraceValue } from '../abi/trace';
import { TRACE_BYTES_MAX, linuxSyscallName } from '../abi/trace';
import type { KernelCore } from '../core';
import type { SyscallRequest, Task } from '../task/task';

/** Calls whose first argument is a file descriptor (the record keeps that file's path). */
const FD_CALLS = new Set([
  'close',
  'read',
  'write',
  'lseek',
  'pread',
  'dup',
  'dup2',
  'fcntl',
  'ioctl',
  'fstat',
  'getdents64',
  'fchmod',
  'ftruncate',
  'fchdir',
  'setns',
  'bind',
  'listen',
  'accept',
  'connect',
  'shutdown',
  'getsockname',
  'getpeername',
  'setsockopt',
  'sendto',
  'recvfrom',
]);

/** Calls whose result is a new file descriptor. */
const NEW_FD_CALLS = new Set(['open', 'dup', 'dup2', 'socket', 'accept']);

const FN: TraceValue = { fn: true };
const MAX_STRING = 4096;
const MAX_ITEMS = 256;
const MAX_KEYS = 32;

/** A detached copy of a value (see the file comment). */
export function snapshot(v: unknown, depth = 0): TraceValue {
  switch (typeof v) {
    case 'number':
    case 'boolean':
    case 'undefined':
      return v;
    case 'string':
      return v.length > MAX_STRING ? v.slice(0, MAX_STRING) : v;
    case 'function':
      return FN;
    case 'bigint':
      return Number(v);
    case 'symbol':
      return undefined;
  }
  if (v === null) return null;
  if (v instanceof Uint8Array) return { bytes: v.slice(0, TRACE_BYTES_MAX), length: v.length };
  if (depth >= 3) return undefined;
  if (v instanceof Set)
    return [...(v as Set<unknown>)].slice(0, MAX_ITEMS).map((x) => snapshot(x, depth + 1));
  if (Array.isArray(v)) return v.slice(0, MAX_ITEMS).map((x: unknown) => snapshot(x, depth + 1));
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const out: Record<string, TraceValue> = {};
  let n = 0;
  for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
    if (++n > MAX_KEYS) break;
    out[key] = snapshot(value, depth + 1);
  }
  return out;
}

function captureArgs(req: SyscallRequest): TraceValue[] {
  const a = req.args;
  if (req.nr === 'execve') {
    const argv = Array.isArray(a[1]) ? (a[1] as unknown[]).slice(0, MAX_ITEMS).map((x) => snapshot(x)) : [];
    return [snapshot(a[0]), argv, Array.isArray(a[2]) ? a[2].length : 0];
  }
  return a.map((x) => snapshot(x));
}

/** The record of a call as it starts (phase and result are set when it ends or blocks). */
export function captureCall(k: KernelCore, t: Task, req: SyscallRequest): TraceSyscall {
  const fd = req.args[0];
  const fdPath = FD_CALLS.has(req.nr) && typeof fd === 'number' ? t.fds.get(fd)?.path : undefined;
  return {
    type: 'syscall',
    phase: 'call',
    seq: 0,
    pid: t.pid,
    comm: t.comm,
    time: k.clock.monotonicNs,
    name: linuxSyscallName(req.nr),
    sys: req.nr,
    args: captureArgs(req),
    ...(fdPath === undefined ? {} : { fdPath }),
  };
}

/** getdents64's byte count: each linux_dirent64 is 19 bytes plus the name and a NUL, 8-aligned. */
function direntSummary(entries: readonly unknown[]): TraceValue {
  let bytes = 0;
  for (const e of entries) {
    const name = (e as { name?: unknown }).name;
    bytes += (19 + (typeof name === 'string' ? name.length : 0) + 1 + 7) & ~7;
  }
  return { entries: entries.length, bytes };
}

/** A copy of a call's result; execve's success (no value) reads as 0. */
export function captureResult(req: SyscallRequest, result: unknown): TraceValue {
  if (result === undefined && req.nr === 'execve') return 0;
  if (req.nr === 'getdents64' && Array.isArray(result)) return direntSummary(result);
  return snapshot(result);
}

/** The path of the descriptor a successful open/dup/socket/accept returned. */
export function newFdPath(t: Task, req: SyscallRequest, result: unknown): string | undefined {
  if (!NEW_FD_CALLS.has(req.nr) || typeof result !== 'number' || result < 0) return undefined;
  return t.fds.get(result)?.path;
}

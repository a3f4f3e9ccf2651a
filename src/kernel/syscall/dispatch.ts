// Syscall entry: look the request up in the table and call its handler for the current task.

import { ENOSYS } from '../abi/errno';
import type { KernelCore } from '../core';
import type { SyscallRequest, Task } from '../task/task';
import { SYSCALL_TABLE } from './table';
import type { SyscallEntry } from './table';
import { traceEnter, traceExit, traceGate } from '../trace/tracer';

type Callable = (k: KernelCore, t: Task, ...args: readonly unknown[]) => unknown;

const table = SYSCALL_TABLE as Readonly<Record<string, SyscallEntry | undefined>>;

export function dispatch(k: KernelCore, t: Task, req: SyscallRequest): unknown {
  const entry = Object.hasOwn(table, req.nr) ? table[req.nr] : undefined;
  if (!entry) return -ENOSYS;
  if (k.tracers.size > 0) {
    const gate = traceGate(k, t);
    if (gate) return gate;
  }
  const traced = k.tracers.size > 0 && traceEnter(k, t, req);
  const result = (entry.handler as Callable)(k, t, ...req.args);
  k.reservedInums.clear();
  if (traced) traceExit(k, t, req, result);
  return result;
}

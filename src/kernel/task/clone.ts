// clone(2): a new task with copies of the parent's files, filesystem context, credentials and
// signal dispositions, in the parent's namespaces, starting in the given program function.
// Simplification: CLONE_VM/CLONE_THREAD (threads) and CLONE_FILES/CLONE_FS sharing are not modelled;
// namespace flags come with the namespaces issue.

import { EAGAIN } from '../abi/errno';
import type { FdTable } from '../vfs/file';
import type { KernelCore } from '../core';
import { Task } from './task';
import type { ProgramGenerator } from './task';
import { WaitQueue } from '../vfs/inode';
import type { PidNamespace } from '../ns/nsproxy';

/** Allocate a pid in `ns` and every ancestor, returning them root first; undefined if exhausted. */
function allocPids(ns: PidNamespace): number[] | undefined {
  const chain: PidNamespace[] = [];
  for (let n: PidNamespace | undefined = ns; n; n = n.parent) chain.unshift(n);
  const pids: number[] = [];
  for (const n of chain) {
    const nr = n.alloc();
    if (nr < 0) return undefined;
    pids.push(nr);
  }
  return pids;
}

export interface SpawnSpec {
  readonly parent: Task | undefined;
  readonly pidns: PidNamespace;
  readonly start: () => ProgramGenerator;
  readonly fds: FdTable;
  readonly template: Task | undefined;
}

/** Create and enqueue a task; returns it, or -EAGAIN when the task table is full. */
export function createTask(k: KernelCore, spec: SpawnSpec): Task | number {
  if (k.tasks.size >= k.threadsMax) return -EAGAIN;
  const pids = allocPids(spec.pidns);
  if (!pids) return -EAGAIN;
  const tpl = spec.template;
  const fs = tpl ? { root: tpl.fs.root, cwd: tpl.fs.cwd, umask: tpl.fs.umask } : k.bootFs();
  const cred = tpl
    ? { ...tpl.cred, groups: [...tpl.cred.groups] }
    : { uid: 0, gid: 0, euid: 0, egid: 0, groups: [0] };
  const ns = tpl ? { ...tpl.ns } : k.bootNs();
  const task = new Task(pids, spec.pidns, spec.fds, fs, cred, ns, k.clock.monotonicNs, new WaitQueue());
  if (tpl) {
    task.pgid = tpl.pgid;
    task.sid = tpl.sid;
    task.ctty = tpl.ctty;
    task.comm = tpl.comm;
    task.cmdline = tpl.cmdline;
    task.environ = tpl.environ;
    task.exe = tpl.exe;
    for (let i = 0; i < tpl.handlers.length; i++) task.handlers[i] = tpl.handlers[i]!;
    task.blocked = new Set(tpl.blocked);
  }
  task.parent = spec.parent;
  spec.parent?.children.add(task);
  k.tasks.set(task.pid, task);
  for (let n: PidNamespace | undefined = spec.pidns; n; n = n.parent) n.tasks.set(pids[n.level]!, task);
  if (!spec.pidns.init) spec.pidns.init = task;
  task.gen = spec.start();
  k.enqueue(task);
  k.emit({ type: 'taskCreated', pid: task.pid, ppid: spec.parent?.pid ?? 0, timeNs: k.clock.monotonicNs });
  return task;
}

export function sysClone(k: KernelCore, parent: Task, _flags: number, child: () => ProgramGenerator): number {
  const task = createTask(k, {
    parent,
    pidns: parent.ns.pidForChildren,
    start: child,
    fds: parent.fds.clone(),
    template: parent,
  });
  if (typeof task === 'number') return task;
  return task.pidIn(parent.pidns);
}

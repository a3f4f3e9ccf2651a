// clone(2): a new task with copies of the parent's files, filesystem context, credentials and
// signal dispositions, in the parent's namespaces, starting in the given program function.
// Simplification: CLONE_VM/CLONE_THREAD (threads) and CLONE_FILES/CLONE_FS sharing are not modelled;
// namespace flags come with the namespaces issue.

import { EAGAIN, ENOMEM } from '../abi/errno';
import { CLONE_NEWUSER } from '../abi/sched';
import type { NsProxy } from '../ns/nsproxy';
import type { FsContext } from '../vfs/lookup';
import { CLONE_NEW_ANY, copyNamespaces } from '../ns/copy';
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
  /** Namespaces and filesystem context when they differ from the template's (CLONE_NEW*). */
  readonly ns?: NsProxy;
  readonly fs?: FsContext;
}

/** Create and enqueue a task; returns it, or -EAGAIN when the task table is full. */
export function createTask(k: KernelCore, spec: SpawnSpec): Task | number {
  if (k.tasks.size >= k.threadsMax) return -EAGAIN;
  for (let n: PidNamespace | undefined = spec.pidns; n; n = n.parent) if (n.dead) return -ENOMEM;
  const limited = k.cgroups.canFork(spec.parent);
  if (limited < 0) return limited;
  const pids = allocPids(spec.pidns);
  if (!pids) return -EAGAIN;
  const tpl = spec.template;
  const from = spec.fs ?? tpl?.fs;
  const fs = from ? { root: from.root, cwd: from.cwd, umask: from.umask } : k.bootFs();
  const cred = tpl
    ? { ...tpl.cred, groups: [...tpl.cred.groups] }
    : { uid: 0, gid: 0, euid: 0, egid: 0, groups: [0], caps: true };
  const base = spec.ns ?? tpl?.ns;
  const ns = base ? { ...base, pidForChildren: spec.pidns, time: base.timeForChildren } : k.bootNs();
  const task = new Task(pids, spec.pidns, spec.fds, fs, cred, ns, k.clock.monotonicNs, new WaitQueue());
  ns.time.entered = true;
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
  k.cgroups.inherit(spec.parent, task);
  spec.parent?.children.add(task);
  k.tasks.set(task.pid, task);
  for (let n: PidNamespace | undefined = spec.pidns; n; n = n.parent) n.tasks.set(pids[n.level]!, task);
  if (!spec.pidns.init) spec.pidns.init = task;
  task.gen = spec.start();
  k.enqueue(task);
  k.emit({ type: 'taskCreated', pid: task.pid, ppid: spec.parent?.pid ?? 0, timeNs: k.clock.monotonicNs });
  return task;
}

export function sysClone(k: KernelCore, parent: Task, flags: number, child: () => ProgramGenerator): number {
  const copied = flags & CLONE_NEW_ANY ? copyNamespaces(k, parent, flags) : { ns: parent.ns, fs: parent.fs };
  if (typeof copied === 'number') return copied;
  const task = createTask(k, {
    parent,
    pidns: copied.ns.pidForChildren,
    start: child,
    fds: parent.fds.clone(),
    template: parent,
    ns: copied.ns,
    fs: copied.fs,
  });
  if (typeof task === 'number') return task;
  if (flags & CLONE_NEWUSER) task.cred.caps = true;
  return task.pidIn(parent.pidns);
}

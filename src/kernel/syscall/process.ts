// Process system calls: identity, process groups and sessions, signals, sleeping, rusage
// (kernel/sys.c, kernel/signal.c, kernel/time/hrtimer.c).

import { EINVAL, EPERM, ESRCH } from '../abi/errno';
import { NSIG, SIGKILL, SIGSTOP, SIG_BLOCK, SIG_SETMASK, SIG_UNBLOCK } from '../abi/signal';
import type { SigAction } from '../abi/signal';
import type { Rusage, WaitResult } from '../abi/sys';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import type { Block } from '../vfs/inode';
import { sendSignal } from '../task/signal';
import { doExit, wait4 } from '../task/exit';
import { W_EXITCODE } from '../abi/sched';
import { idIn } from '../ns/idmap';

export function sysExit(k: KernelCore, t: Task, status: number): undefined {
  doExit(k, t, W_EXITCODE(status & 0xff, 0));
  return undefined;
}

export function sysWait4(k: KernelCore, t: Task, pid: number, options: number): WaitResult | number | Block {
  return wait4(k, t, pid, options);
}

export const sysGetpid = (_k: KernelCore, t: Task): number => t.pidIn(t.pidns);
export const sysGettid = sysGetpid;
export function sysGetppid(_k: KernelCore, t: Task): number {
  return t.parent ? t.parent.pidIn(t.pidns) : 0;
}
export const sysGetuid = (_k: KernelCore, t: Task): number => idIn(t.ns.user, t.cred.uid, 'uid');
export const sysGeteuid = (_k: KernelCore, t: Task): number => idIn(t.ns.user, t.cred.euid, 'uid');
export const sysGetgid = (_k: KernelCore, t: Task): number => idIn(t.ns.user, t.cred.gid, 'gid');
export const sysGetegid = (_k: KernelCore, t: Task): number => idIn(t.ns.user, t.cred.egid, 'gid');
export const sysGetgroups = (_k: KernelCore, t: Task): number[] =>
  t.cred.groups.map((g) => idIn(t.ns.user, g, 'gid'));

export function sysSetuid(_k: KernelCore, t: Task, uid: number): number {
  if (t.cred.euid !== 0 && uid !== t.cred.uid) return -EPERM;
  t.cred.uid = uid;
  t.cred.euid = uid;
  if (uid !== 0) t.cred.caps = false;
  return 0;
}

export function sysSetgid(_k: KernelCore, t: Task, gid: number): number {
  if (t.cred.euid !== 0 && gid !== t.cred.gid) return -EPERM;
  t.cred.gid = gid;
  t.cred.egid = gid;
  return 0;
}

export function sysSetgroups(_k: KernelCore, t: Task, groups: readonly number[]): number {
  if (t.cred.euid !== 0) return -EPERM;
  t.cred.groups = [...groups];
  return 0;
}

/** A task by its pid as seen from the caller's pid namespace. */
export function taskByPid(t: Task, pid: number): Task | undefined {
  const target = t.pidns.tasks.get(pid);
  return target && target.alive ? target : undefined;
}

export function sysSetpgid(k: KernelCore, t: Task, pid: number, pgid: number): number {
  const target = pid === 0 ? t : taskByPid(t, pid);
  if (!target || (target !== t && target.parent !== t)) return -ESRCH;
  if (pgid < 0) return -EINVAL;
  if (target.sid === target.pid) return -EPERM;
  if (target.sid !== t.sid) return -EPERM;
  const group = pgid === 0 ? target.pid : (taskByPid(t, pgid)?.pid ?? pgid);
  if (group !== target.pid && !k.pgrpExists(group, t.sid)) return -EPERM;
  target.pgid = group;
  return 0;
}

export function sysGetpgid(k: KernelCore, t: Task, pid: number): number {
  const target = pid === 0 ? t : taskByPid(t, pid);
  if (!target) return -ESRCH;
  return k.idIn(target.pgid, t.pidns);
}

export function sysSetsid(k: KernelCore, t: Task): number {
  for (const other of k.tasks.values()) if (other.pgid === t.pid && other.alive) return -EPERM;
  t.sid = t.pid;
  t.pgid = t.pid;
  t.ctty = undefined;
  return t.pidIn(t.pidns);
}

export function sysGetsid(k: KernelCore, t: Task, pid: number): number {
  const target = pid === 0 ? t : taskByPid(t, pid);
  if (!target) return -ESRCH;
  return k.idIn(target.sid, t.pidns);
}

function maySignal(sender: Task, target: Task, sig: number): boolean {
  if (sender.cred.euid === 0 || sender.cred.uid === target.cred.uid || sender.cred.euid === target.cred.uid) {
    // pid_namespaces(7): a namespace's init only gets signals it has handlers for; from an
    // ancestor namespace SIGKILL and SIGSTOP are forced through as well.
    if (target.pidns.init === target) {
      const handled = typeof target.handlers[sig] === 'function';
      if (target.pidns === sender.pidns) return handled && sig !== SIGKILL && sig !== SIGSTOP;
      return handled || sig === SIGKILL || sig === SIGSTOP;
    }
    return true;
  }
  return false;
}

export function sysKill(k: KernelCore, t: Task, pid: number, sig: number): number {
  if (sig < 0 || sig >= NSIG) return -EINVAL;
  const targets: Task[] = [];
  if (pid > 0) {
    const target = taskByPid(t, pid);
    if (target) targets.push(target);
  } else {
    const pgid = pid === 0 ? t.pgid : pid === -1 ? undefined : (t.pidns.tasks.get(-pid)?.pid ?? -pid);
    for (const other of t.pidns.tasks.values()) {
      if (!other.alive) continue;
      if (
        pgid === undefined
          ? other.pid !== 1 && other !== t && other.pidIn(t.pidns) !== 1
          : other.pgid === pgid
      )
        targets.push(other);
    }
  }
  if (targets.length === 0) return -ESRCH;
  let sent = 0;
  for (const target of targets) {
    if (!maySignal(t, target, sig)) {
      if (t.cred.euid === 0 || t.cred.uid === target.cred.uid) sent++;
      continue;
    }
    sendSignal(k, target, sig);
    sent++;
  }
  return sent > 0 ? 0 : -EPERM;
}

export function sysRtSigaction(_k: KernelCore, t: Task, sig: number, action: SigAction): SigAction | number {
  if (sig < 1 || sig >= NSIG || sig === SIGKILL || sig === SIGSTOP) return -EINVAL;
  const old = t.handlers[sig]!;
  t.handlers[sig] = action;
  return old;
}

export function sysRtSigprocmask(
  _k: KernelCore,
  t: Task,
  how: number,
  set: ReadonlySet<number> | null,
): ReadonlySet<number> | number {
  const old = new Set(t.blocked);
  if (!set) return old;
  if (how === SIG_BLOCK) for (const s of set) t.blocked.add(s);
  else if (how === SIG_UNBLOCK) for (const s of set) t.blocked.delete(s);
  else if (how === SIG_SETMASK) t.blocked = new Set(set);
  else return -EINVAL;
  t.blocked.delete(SIGKILL);
  t.blocked.delete(SIGSTOP);
  return old;
}

export function sysPause(): Block {
  return { block: null };
}

export function sysNanosleep(k: KernelCore, t: Task, ns: number): number | Block {
  if (!(ns >= 0)) return -EINVAL;
  const deadline = (t.sysState as number | undefined) ?? k.clock.monotonicNs + ns;
  t.sysState = deadline;
  if (k.clock.monotonicNs >= deadline) return 0;
  return { block: null, untilNs: deadline };
}

export const sysSchedYield = (): number => 0;

export function sysPrctlSetName(_k: KernelCore, t: Task, name: string): number {
  t.comm = name.slice(0, 15);
  return 0;
}

export function sysGetrusage(_k: KernelCore, t: Task, who: number): Rusage {
  if (who === -1) return { utimeNs: t.cutimeNs, stimeNs: t.cstimeNs };
  return { utimeNs: t.utimeNs, stimeNs: t.stimeNs };
}

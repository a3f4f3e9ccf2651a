// Text of the per-process files in /proc/PID (proc(5)): stat, status, cmdline, environ.

import type { Task } from '../../task/task';
import type { PidNamespace } from '../../ns/nsproxy';
import type { KernelCore } from '../../core';
import { idIn } from '../../ns/idmap';

const STATE_NAMES: Record<string, string> = {
  R: 'R (running)',
  S: 'S (sleeping)',
  T: 'T (stopped)',
  Z: 'Z (zombie)',
  X: 'X (dead)',
};

export const USER_HZ = 100;

/** The state letter ps shows: a task in a frozen cgroup reads as sleeping. */
export function stateOf(k: KernelCore, t: Task): string {
  return t.alive && k.cgroups.isFrozen(t) ? 'S' : t.state;
}
const ticks = (ns: number): number => Math.floor(ns / (1e9 / USER_HZ));

function sigMask(set: Iterable<number>): string {
  let mask = 0n;
  for (const s of set) mask |= 1n << BigInt(s - 1);
  return mask.toString(16).padStart(16, '0');
}

function handlerMask(t: Task, kind: 'ign' | 'cgt'): string {
  const sigs: number[] = [];
  for (let s = 1; s < t.handlers.length; s++) {
    const h = t.handlers[s];
    if (kind === 'ign' ? h === 'SIG_IGN' : typeof h === 'function') sigs.push(s);
  }
  return sigMask(sigs);
}

/** pid numbers of `t` from the namespace `ns` down to its own (NSpid). */
function nsPids(t: Task, ns: PidNamespace): string {
  return t.pids.slice(ns.level).join('\t');
}

function nsIds(k: KernelCore, id: number, ns: PidNamespace): string {
  const leader = k.tasks.get(id);
  return leader ? nsPids(leader, ns) : String(id);
}

/** Virtual size in kB: resident memory plus a fixed amount of mapped-but-untouched address space. */
export function vmKb(t: Task): number {
  return t.alive ? 2048 + Math.floor(t.rssBytes / 1024) : 0;
}

const rssKb = (t: Task): number => (t.alive ? Math.floor(t.rssBytes / 1024) : 0);

export function procStatus(k: KernelCore, t: Task, ns: PidNamespace): string {
  const pid = t.pidIn(ns);
  const ppid = t.parent ? t.parent.pidIn(ns) : 0;
  const c = t.cred;
  const vm = vmKb(t);
  const viewer = k.current?.ns.user ?? t.ns.user;
  const uid = (id: number): number => idIn(viewer, id, 'uid');
  const gid = (id: number): number => idIn(viewer, id, 'gid');
  const lines = [
    `Name:\t${t.comm}`,
    `Umask:\t${t.fs.umask.toString(8).padStart(4, '0')}`,
    `State:\t${STATE_NAMES[stateOf(k, t)] ?? t.state}`,
    `Tgid:\t${pid}`,
    'Ngid:\t0',
    `Pid:\t${pid}`,
    `PPid:\t${ppid}`,
    'TracerPid:\t0',
    `Uid:\t${uid(c.uid)}\t${uid(c.euid)}\t${uid(c.euid)}\t${uid(c.euid)}`,
    `Gid:\t${gid(c.gid)}\t${gid(c.egid)}\t${gid(c.egid)}\t${gid(c.egid)}`,
    'FDSize:\t256',
    `Groups:\t${c.groups.join(' ')} `,
    `NStgid:\t${nsPids(t, ns)}`,
    `NSpid:\t${nsPids(t, ns)}`,
    `NSpgid:\t${nsIds(k, t.pgid, ns)}`,
    `NSsid:\t${nsIds(k, t.sid, ns)}`,
    'Kthread:\t0',
  ];
  if (t.alive) {
    lines.push(`VmPeak:\t${String(vm).padStart(8)} kB`, `VmSize:\t${String(vm).padStart(8)} kB`);
    lines.push(`VmRSS:\t${String(rssKb(t)).padStart(8)} kB`);
  }
  lines.push(
    'Threads:\t1',
    `SigPnd:\t${sigMask(t.pending)}`,
    'ShdPnd:\t0000000000000000',
    `SigBlk:\t${sigMask(t.blocked)}`,
    `SigIgn:\t${handlerMask(t, 'ign')}`,
    `SigCgt:\t${handlerMask(t, 'cgt')}`,
    'CapInh:\t0000000000000000',
    `CapPrm:\t${c.caps ? '000001fffeffffff' : '0000000000000000'}`,
    `CapEff:\t${c.caps ? '000001fffeffffff' : '0000000000000000'}`,
    'CapBnd:\t000001fffeffffff',
    'CapAmb:\t0000000000000000',
    'NoNewPrivs:\t0',
    'Seccomp:\t0',
    `Cpus_allowed_list:\t0-${k.cpus - 1}`,
    'voluntary_ctxt_switches:\t0',
    'nonvoluntary_ctxt_switches:\t0',
  );
  return lines.join('\n') + '\n';
}

export function procStat(k: KernelCore, t: Task, ns: PidNamespace): string {
  const pid = t.pidIn(ns);
  const ppid = t.parent ? t.parent.pidIn(ns) : 0;
  const pgrp = k.tasks.get(t.pgid)?.pidIn(ns) ?? 0;
  const session = k.tasks.get(t.sid)?.pidIn(ns) ?? 0;
  const ttyNr = t.ctty ? (136 << 8) | t.ctty.index : 0;
  const tpgid = t.ctty && t.ctty.fgPgrp ? (k.tasks.get(t.ctty.fgPgrp)?.pidIn(ns) ?? -1) : -1;
  const vsize = vmKb(t) * 1024;
  const fields = [
    pid,
    `(${t.comm})`,
    stateOf(k, t),
    ppid,
    pgrp,
    session,
    ttyNr,
    tpgid,
    4194304,
    0,
    0,
    0,
    0,
    ticks(t.utimeNs),
    ticks(t.stimeNs),
    ticks(t.cutimeNs),
    ticks(t.cstimeNs),
    20,
    0,
    1,
    0,
    ticks(t.startNs),
    vsize,
    Math.floor(vsize / 8192),
    '18446744073709551615',
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    17,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    t.alive ? 0 : t.exitStatus,
  ];
  return fields.join(' ') + '\n';
}

export function nulJoined(parts: readonly string[]): string {
  return parts.length === 0 ? '' : parts.join('\0') + '\0';
}

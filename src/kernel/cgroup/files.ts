// The interface files of a cgroup directory: which exist (per version, controller, root or not)
// and how each reads and writes. Values and errors follow cgroup-v2.rst and cgroup-v1/*.rst.

import { EBUSY, EINVAL, ENOENT, EOPNOTSUPP, ERANGE, ESRCH } from '../abi/errno';
import type { Task } from '../task/task';
import type { Cgroup } from './cgroup';
import { V2_CONTROLLER_ORDER } from './cgroup';
import type { CgroupHost } from './fs';
import { v1ControllerFiles } from './files-v1';
import { v2ControllerFiles } from './files-v2';

export interface CgroupFile {
  readonly read?: () => string | number;
  readonly write?: (text: string) => number;
}

export type FileTable = Record<string, CgroupFile>;

const PRESSURE =
  'some avg10=0.00 avg60=0.00 avg300=0.00 total=0\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n';
const limit = (n: number): string => (n === Infinity ? 'max' : String(n));

/** Parse "max" or a non-negative integer; -ERANGE for negatives, -EINVAL for junk. */
export function parseLimit(text: string): number {
  const v = text.trim();
  if (v === 'max') return Infinity;
  if (/^-\d+$/.test(v)) return -ERANGE;
  if (!/^\d+$/.test(v)) return -EINVAL;
  return Number(v);
}

function pidsOf(host: CgroupHost, g: Cgroup): string {
  const reader = host.reader();
  const pids = [...g.procs].filter((t) => t.alive).map((t) => (reader ? t.pidIn(reader.pidns) : t.pid));
  return pids
    .filter((p) => p > 0)
    .sort((a, b) => a - b)
    .map((p) => `${p}\n`)
    .join('');
}

function moveProc(host: CgroupHost, g: Cgroup, text: string): number {
  const v = text.trim();
  if (!/^\d+$/.test(v)) return -EINVAL;
  const reader = host.reader();
  const pid = Number(v);
  const task: Task | undefined = pid === 0 ? reader : reader?.pidns.tasks.get(pid);
  if (!task || !task.alive) return -ESRCH;
  if (g.hierarchy.version === 2) {
    if (g.type === 'threaded' || g.type === 'domain invalid') return -EOPNOTSUPP;
    if (g.parent && g.subtreeControl.size > 0) return -EBUSY;
  }
  host.manager.attach(task, g);
  return text.length;
}

function subtreeControl(g: Cgroup, text: string): number {
  const ops = text
    .trim()
    .split(/\s+/)
    .filter((o) => o !== '');
  const available = g.controllers();
  const plan = new Map<string, boolean>();
  for (const op of ops) {
    const name = op.slice(1);
    if ((op[0] !== '+' && op[0] !== '-') || !(V2_CONTROLLER_ORDER as readonly string[]).includes(name))
      return -EINVAL;
    if (!available.includes(name)) return -ENOENT;
    plan.set(name, op[0] === '+');
  }
  for (const [name, on] of plan) {
    if (on && g.parent && g.procs.size > 0 && [...g.procs].some((t) => t.alive)) return -EBUSY;
    if (!on && [...g.children.values()].some((c) => c.subtreeControl.has(name))) return -EBUSY;
  }
  for (const [name, on] of plan) {
    if (on) g.subtreeControl.add(name);
    else g.subtreeControl.delete(name);
  }
  return text.length;
}

function setType(g: Cgroup, text: string): number {
  const v = text.trim();
  if (v !== 'threaded') return -EINVAL;
  if (g.type === 'threaded') return text.length;
  g.type = 'threaded';
  const parent = g.parent;
  if (parent && parent.type === 'domain') parent.type = 'domain threaded';
  if (parent)
    for (const s of parent.children.values()) if (s !== g && s.type === 'domain') s.type = 'domain invalid';
  return text.length;
}

function cgroupStat(g: Cgroup, local: boolean): string {
  if (local) return 'frozen_usec 0\n';
  let desc = 0;
  for (const c of g.subtree()) if (c !== g) desc++;
  const subsys = ['perf_event', ...g.hierarchy.controllers.filter((c) => c !== 'perf_event')];
  const count = (c: string): number => {
    let n = 0;
    for (const x of g.subtree()) if (c === 'perf_event' || x.has(c)) n++;
    return n;
  };
  const lines = [
    `nr_descendants ${desc}`,
    ...subsys.map((c) => `nr_subsys_${c} ${count(c)}`),
    'nr_dying_descendants 0',
  ];
  lines.push(...subsys.map((c) => `nr_dying_subsys_${c} 0`));
  return lines.join('\n') + '\n';
}

function v2Core(host: CgroupHost, g: Cgroup): FileTable {
  const root = !g.parent;
  const files: FileTable = {
    'cgroup.controllers': { read: () => g.controllers().join(' ') + '\n' },
    'cgroup.max.depth': {
      read: () => `${limit(g.maxDepth)}\n`,
      write: (t) => setNumber(t, (n) => (g.maxDepth = n)),
    },
    'cgroup.max.descendants': {
      read: () => `${limit(g.maxDescendants)}\n`,
      write: (t) => setNumber(t, (n) => (g.maxDescendants = n)),
    },
    'cgroup.pressure': { read: () => '1\n', write: (t) => t.length },
    'cgroup.procs': {
      read: () => (g.type === 'threaded' ? -EOPNOTSUPP : pidsOf(host, g)),
      write: (t) => moveProc(host, g, t),
    },
    'cgroup.stat': { read: () => cgroupStat(g, false) },
    'cgroup.subtree_control': {
      read: () => V2_CONTROLLER_ORDER.filter((c) => g.subtreeControl.has(c)).join(' ') + '\n',
      write: (t) => subtreeControl(g, t),
    },
    'cgroup.threads': { read: () => pidsOf(host, g), write: (t) => moveProc(host, g, t) },
    'cpu.pressure': { read: () => PRESSURE, write: (t) => t.length },
    'cpu.stat': { read: () => cpuStatV2(g) },
    'cpu.stat.local': { read: () => 'throttled_usec 0\n' },
    'io.pressure': { read: () => PRESSURE, write: (t) => t.length },
    'memory.pressure': { read: () => PRESSURE, write: (t) => t.length },
  };
  if (root) return files;
  return {
    ...files,
    'cgroup.events': { read: () => `populated ${g.populated() ? 1 : 0}\nfrozen ${g.isFrozen() ? 1 : 0}\n` },
    'cgroup.freeze': { read: () => `${g.frozen ? 1 : 0}\n`, write: (t) => freeze(host, g, t) },
    'cgroup.kill': { write: (t) => kill(host, g, t) },
    'cgroup.stat.local': { read: () => cgroupStat(g, true) },
    'cgroup.type': { read: () => `${g.type}\n`, write: (t) => setType(g, t) },
  };
}

function setNumber(text: string, set: (n: number) => void): number {
  const n = parseLimit(text);
  if (n < 0) return n;
  set(n);
  return text.length;
}

function freeze(host: CgroupHost, g: Cgroup, text: string): number {
  const v = text.trim();
  if (v !== '0' && v !== '1') return -EINVAL;
  g.frozen = v === '1';
  host.changed();
  return text.length;
}

function kill(host: CgroupHost, g: Cgroup, text: string): number {
  if (text.trim() !== '1') return -EINVAL;
  for (const t of [...g.tasks()]) host.kill(t);
  return text.length;
}

function cpuStatV2(g: Cgroup): string {
  const c = g.cpu;
  const us = (ns: number): number => Math.floor(ns / 1000);
  let out = `usage_usec ${us(c.usageNs)}\nuser_usec ${us(c.userNs)}\nsystem_usec ${us(c.systemNs)}\n`;
  if (g.has('cpu')) {
    out += `nr_periods ${c.nrPeriods}\nnr_throttled ${c.nrThrottled}\nthrottled_usec ${us(c.throttledNs)}\n`;
    out += 'nr_bursts 0\nburst_usec 0\n';
  }
  return out;
}

/** All files of cgroup `g`, by name. */
export function filesOf(host: CgroupHost, g: Cgroup): FileTable {
  if (g.hierarchy.version === 1) return v1ControllerFiles(host, g, pidsOf, moveProc);
  const files = v2Core(host, g);
  if (g.parent)
    for (const c of V2_CONTROLLER_ORDER) if (g.has(c)) Object.assign(files, v2ControllerFiles(host, g, c));
  return files;
}

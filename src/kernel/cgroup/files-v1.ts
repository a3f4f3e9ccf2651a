// cgroup v1 interface files (cgroup-v1/cgroups.rst, cpuacct.rst, memory.rst, pids.rst and
// sched-bwc.rst for cpu.cfs_*): each hierarchy shows the common files plus its controller's.

import { EINVAL, ENOSPC } from '../abi/errno';
import type { Cgroup } from './cgroup';
import type { CgroupFile, FileTable } from './files';
import { parseLimit } from './files';
import type { CgroupHost } from './fs';

const ok = (text: string): number => text.length;
const V1_UNLIMITED_BYTES = '9223372036854771712';
type PidsOf = (host: CgroupHost, g: Cgroup) => string;
type MoveProc = (host: CgroupHost, g: Cgroup, text: string) => number;

function ratio(g: Cgroup): number {
  for (let c: Cgroup | undefined = g; c; c = c.parent)
    if (c.cpu.quotaNs >= 0) return c.cpu.quotaNs / c.cpu.periodNs;
  return Infinity;
}

/** tg_cfs_schedulable_down on v1: no group may allow more than its nearest limited ancestor. */
function bandwidthOk(g: Cgroup, quotaNs: number, periodNs: number): boolean {
  const mine = quotaNs < 0 ? Infinity : quotaNs / periodNs;
  if (g.parent && mine !== Infinity && mine > ratio(g.parent)) return false;
  const check = (c: Cgroup, limit: number): boolean => {
    for (const child of c.children.values()) {
      const r = child.cpu.quotaNs < 0 ? Infinity : child.cpu.quotaNs / child.cpu.periodNs;
      if (r !== Infinity && r > limit) return false;
      if (!check(child, Math.min(limit, r))) return false;
    }
    return true;
  };
  return check(g, mine);
}

function setBandwidth(host: CgroupHost, g: Cgroup, quotaUs: number, periodUs: number): number {
  if (periodUs < 1000 || periodUs > 1_000_000) return -EINVAL;
  if (quotaUs >= 0 && quotaUs < 1000) return -EINVAL;
  const quotaNs = quotaUs < 0 ? -1 : quotaUs * 1000;
  if (!bandwidthOk(g, quotaNs, periodUs * 1000)) return -EINVAL;
  g.cpu.quotaNs = quotaNs;
  g.cpu.periodNs = periodUs * 1000;
  host.changed();
  return 0;
}

function intWrite(text: string, apply: (n: number) => number): number {
  const v = text.trim();
  if (!/^-?\d+$/.test(v)) return -EINVAL;
  const r = apply(Number(v));
  return r < 0 ? r : text.length;
}

function cpuFiles(host: CgroupHost, g: Cgroup): FileTable {
  const c = g.cpu;
  return {
    'cpu.cfs_burst_us': { read: () => '0\n', write: ok },
    'cpu.cfs_period_us': {
      read: () => `${c.periodNs / 1000}\n`,
      write: (t) => intWrite(t, (n) => setBandwidth(host, g, c.quotaNs < 0 ? -1 : c.quotaNs / 1000, n)),
    },
    'cpu.cfs_quota_us': {
      read: () => `${c.quotaNs < 0 ? -1 : c.quotaNs / 1000}\n`,
      write: (t) => intWrite(t, (n) => setBandwidth(host, g, n < 0 ? -1 : n, c.periodNs / 1000)),
    },
    'cpu.idle': { read: () => '0\n', write: ok },
    'cpu.rt_period_us': { read: () => '1000000\n', write: ok },
    'cpu.rt_runtime_us': { read: () => (g.parent ? '0\n' : '950000\n'), write: ok },
    'cpu.shares': {
      read: () => `${g.shares}\n`,
      write: (t) => intWrite(t, (n) => ((g.shares = Math.min(262144, Math.max(2, n))), 0)),
    },
    'cpu.stat': {
      read: () =>
        `nr_periods ${c.nrPeriods}\nnr_throttled ${c.nrThrottled}\nthrottled_time ${Math.floor(c.throttledNs)}\nnr_bursts 0\nburst_time 0\n`,
    },
    'cpu.stat.local': { read: () => 'throttled_time 0\n' },
  };
}

function cpuacctFiles(host: CgroupHost, g: Cgroup): FileTable {
  const c = g.cpu;
  const per = (ns: number): string => {
    const n = host.cpus();
    return Array.from({ length: n }, (_, i) => Math.floor(ns / n) + (i === 0 ? ns % n : 0)).join(' ') + ' \n';
  };
  const ticks = (ns: number): number => Math.floor(ns / 1e7);
  return {
    'cpuacct.stat': { read: () => `user ${ticks(c.userNs)}\nsystem ${ticks(c.systemNs)}\n` },
    'cpuacct.usage': { read: () => `${c.usageNs}\n`, write: ok },
    'cpuacct.usage_all': {
      read: () => {
        const n = host.cpus();
        let out = 'cpu user system\n';
        for (let i = 0; i < n; i++) out += `${i} ${i === 0 ? c.userNs : 0} ${i === 0 ? c.systemNs : 0}\n`;
        return out;
      },
    },
    'cpuacct.usage_percpu': { read: () => per(c.usageNs) },
    'cpuacct.usage_percpu_sys': { read: () => per(c.systemNs) },
    'cpuacct.usage_percpu_user': { read: () => per(c.userNs) },
    'cpuacct.usage_sys': { read: () => `${c.systemNs}\n` },
    'cpuacct.usage_user': { read: () => `${c.userNs}\n` },
  };
}

function memoryFiles(host: CgroupHost, g: Cgroup): FileTable {
  const m = g.memory;
  const bytes = (n: number): string => (n === Infinity ? V1_UNLIMITED_BYTES : String(n));
  return {
    'memory.failcnt': { read: () => `${m.failcnt}\n`, write: ok },
    'memory.force_empty': { write: ok },
    'memory.limit_in_bytes': {
      read: () => `${bytes(m.maxBytes)}\n`,
      write: (t) => {
        const v = t.trim();
        const n = v === '-1' ? Infinity : parseV1Bytes(v);
        if (n < 0) return -EINVAL;
        m.maxBytes = n;
        host.changed();
        return t.length;
      },
    },
    'memory.max_usage_in_bytes': { read: () => `${m.peakBytes}\n`, write: ok },
    'memory.oom_control': {
      read: () => `oom_kill_disable 0\nunder_oom 0\noom_kill ${m.events.oom_kill}\n`,
      write: ok,
    },
    'memory.soft_limit_in_bytes': { read: () => `${V1_UNLIMITED_BYTES}\n`, write: ok },
    'memory.stat': { read: () => `cache 0\nrss ${host.memoryOf(g)}\nmapped_file 0\n` },
    'memory.swappiness': { read: () => '60\n', write: ok },
    'memory.usage_in_bytes': { read: () => `${host.memoryOf(g)}\n` },
    'memory.use_hierarchy': { read: () => '1\n', write: ok },
  };
}

function parseV1Bytes(v: string): number {
  const m = /^(\d+)([KMGkmg]?)$/.exec(v);
  if (!m) return -EINVAL;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase()]!;
  return Math.floor((Number(m[1]) * mult) / 4096) * 4096;
}

function pidsFiles(host: CgroupHost, g: Cgroup): FileTable {
  return {
    'pids.current': { read: () => `${host.countTasks(g)}\n` },
    'pids.events': { read: () => `max ${g.pids.events}\n` },
    'pids.max': {
      read: () => `${g.pids.max === Infinity ? 'max' : g.pids.max}\n`,
      write: (t) => {
        const n = parseLimit(t);
        if (n < 0) return -EINVAL;
        g.pids.max = n;
        return t.length;
      },
    },
    'pids.peak': { read: () => `${g.pids.peak}\n` },
  };
}

function controllerFiles(host: CgroupHost, g: Cgroup, name: string): FileTable {
  const all = `0-${host.cpus() - 1}\n`;
  switch (name) {
    case 'cpu':
      return cpuFiles(host, g);
    case 'cpuacct':
      return cpuacctFiles(host, g);
    case 'memory':
      return memoryFiles(host, g);
    case 'pids':
      return g.parent ? pidsFiles(host, g) : {};
    case 'cpuset':
      return {
        'cpuset.cpus': {
          read: () => (g.parent ? `${g.cpusetCpus}\n` : all),
          write: (t) => ((g.cpusetCpus = t.trim()), t.length),
        },
        'cpuset.effective_cpus': { read: () => (g.parent ? `${g.cpusetCpus}\n` : all) },
        'cpuset.effective_mems': { read: () => (g.parent ? `${g.cpusetMems}\n` : '0\n') },
        'cpuset.mems': {
          read: () => (g.parent ? `${g.cpusetMems}\n` : '0\n'),
          write: (t) => ((g.cpusetMems = t.trim()), t.length),
        },
      };
    case 'devices':
      return {
        'devices.allow': { write: ok },
        'devices.deny': { write: ok },
        'devices.list': { read: () => 'a *:* rwm\n' },
      };
    case 'freezer':
      return g.parent
        ? {
            'freezer.parent_freezing': { read: () => `${g.parent?.isFrozen() ? 1 : 0}\n` },
            'freezer.self_freezing': { read: () => `${g.frozen ? 1 : 0}\n` },
            'freezer.state': {
              read: () => (g.isFrozen() ? 'FROZEN\n' : 'THAWED\n'),
              write: (t) => {
                const v = t.trim();
                if (v !== 'FROZEN' && v !== 'THAWED') return -EINVAL;
                g.frozen = v === 'FROZEN';
                host.changed();
                return t.length;
              },
            },
          }
        : {};
    case 'blkio':
      return {
        'blkio.reset_stats': { write: ok },
        'blkio.throttle.io_service_bytes': { read: () => 'Total 0\n' },
      };
    default:
      return {};
  }
}

export function v1ControllerFiles(
  host: CgroupHost,
  g: Cgroup,
  pidsOf: PidsOf,
  moveProc: MoveProc,
): FileTable {
  const name = g.hierarchy.controllers[0] ?? '';
  const move = (t: string): number => {
    if (name === 'cpuset' && g.parent && (g.cpusetCpus === '' || g.cpusetMems === '')) return -ENOSPC;
    return moveProc(host, g, t);
  };
  const procs: CgroupFile = { read: () => pidsOf(host, g), write: move };
  const common: FileTable = {
    'cgroup.clone_children': { read: () => '0\n', write: ok },
    'cgroup.procs': procs,
    notify_on_release: { read: () => '0\n', write: ok },
    tasks: procs,
  };
  if (!g.parent) {
    common['cgroup.sane_behavior'] = { read: () => '0\n' };
    common['release_agent'] = { read: () => '\n', write: ok };
  }
  return { ...common, ...controllerFiles(host, g, name) };
}

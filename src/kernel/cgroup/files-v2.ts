// cgroup v2 controller interface files: cpu, memory, pids, cpuset, io, hugetlb (cgroup-v2.rst).

import { EINVAL } from '../abi/errno';
import type { Cgroup } from './cgroup';
import type { FileTable } from './files';
import { parseLimit } from './files';
import type { CgroupHost } from './fs';

const limit = (n: number): string => (n === Infinity ? 'max' : String(n));
const ok = (text: string): number => text.length;

/** "max", a number of bytes, or a number with a K/M/G suffix; rounded down to the page size. */
export function parseBytes(text: string): number {
  const v = text.trim();
  if (v === 'max') return Infinity;
  const m = /^(\d+)([KMGkmg]?)$/.exec(v);
  if (!m) return -EINVAL;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase()]!;
  return Math.floor((Number(m[1]) * mult) / 4096) * 4096;
}

function cpuMax(host: CgroupHost, g: Cgroup, text: string): number {
  const [quota, period] = text.trim().split(/\s+/);
  const c = g.cpu;
  const newQuota = quota === 'max' ? -1 : Number(quota);
  const newPeriod = period === undefined ? c.periodNs / 1000 : Number(period);
  if (quota === undefined || (quota !== 'max' && !/^\d+$/.test(quota))) return -EINVAL;
  if (!Number.isInteger(newPeriod) || newPeriod < 1000 || newPeriod > 1_000_000) return -EINVAL;
  if (newQuota !== -1 && newQuota < 1000) return -EINVAL;
  c.quotaNs = newQuota === -1 ? -1 : newQuota * 1000;
  c.periodNs = newPeriod * 1000;
  host.changed();
  return text.length;
}

function cpuFiles(host: CgroupHost, g: Cgroup): FileTable {
  return {
    'cpu.idle': { read: () => '0\n', write: ok },
    'cpu.max': {
      read: () => `${g.cpu.quotaNs < 0 ? 'max' : g.cpu.quotaNs / 1000} ${g.cpu.periodNs / 1000}\n`,
      write: (t) => cpuMax(host, g, t),
    },
    'cpu.max.burst': { read: () => '0\n', write: ok },
    'cpu.weight': {
      read: () => `${g.weight}\n`,
      write: (t) => {
        const n = Number(t.trim());
        if (!Number.isInteger(n) || n < 1 || n > 10000) return -EINVAL;
        g.weight = n;
        return t.length;
      },
    },
    'cpu.weight.nice': { read: () => '0\n', write: ok },
  };
}

function memoryFiles(host: CgroupHost, g: Cgroup): FileTable {
  const m = g.memory;
  const bytes = (set: (n: number) => void) => (t: string) => {
    const n = parseBytes(t);
    if (n < 0) return n;
    set(n);
    host.changed();
    return t.length;
  };
  const e = m.events;
  return {
    'memory.current': { read: () => `${host.memoryOf(g)}\n` },
    'memory.events': {
      read: () =>
        `low ${e.low}\nhigh ${e.high}\nmax ${e.max}\noom ${e.oom}\noom_kill ${e.oom_kill}\noom_group_kill 0\n`,
    },
    'memory.events.local': {
      read: () =>
        `low ${e.low}\nhigh ${e.high}\nmax ${e.max}\noom ${e.oom}\noom_kill ${e.oom_kill}\noom_group_kill 0\n`,
    },
    'memory.high': { read: () => `${limit(m.highBytes)}\n`, write: bytes((n) => (m.highBytes = n)) },
    'memory.low': { read: () => '0\n', write: ok },
    'memory.max': { read: () => `${limit(m.maxBytes)}\n`, write: bytes((n) => (m.maxBytes = n)) },
    'memory.min': { read: () => '0\n', write: ok },
    'memory.oom.group': { read: () => '0\n', write: ok },
    'memory.peak': { read: () => `${m.peakBytes}\n` },
    'memory.stat': { read: () => `anon ${host.memoryOf(g)}\nfile 0\nkernel 0\nshmem 0\n` },
    'memory.swap.current': { read: () => '0\n' },
    'memory.swap.events': { read: () => 'high 0\nmax 0\nfail 0\n' },
    'memory.swap.high': { read: () => 'max\n', write: ok },
    'memory.swap.max': {
      read: () => `${limit(m.swapMaxBytes)}\n`,
      write: bytes((n) => (m.swapMaxBytes = n)),
    },
    'memory.swap.peak': { read: () => '0\n' },
  };
}

function pidsFiles(host: CgroupHost, g: Cgroup): FileTable {
  return {
    'pids.current': { read: () => `${host.countTasks(g)}\n` },
    'pids.events': { read: () => `max ${g.pids.events}\n` },
    'pids.events.local': { read: () => `max ${g.pids.events}\n` },
    'pids.max': {
      read: () => `${limit(g.pids.max)}\n`,
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

function cpusetFiles(host: CgroupHost, g: Cgroup): FileTable {
  const all = `0-${host.cpus() - 1}\n`;
  return {
    'cpuset.cpus': { read: () => `${g.cpusetCpus}\n`, write: (t) => ((g.cpusetCpus = t.trim()), t.length) },
    'cpuset.cpus.effective': { read: () => (g.cpusetCpus ? `${g.cpusetCpus}\n` : all) },
    'cpuset.cpus.exclusive': { read: () => '\n', write: ok },
    'cpuset.cpus.exclusive.effective': { read: () => '\n' },
    'cpuset.cpus.partition': { read: () => 'member\n', write: ok },
    'cpuset.mems': { read: () => `${g.cpusetMems}\n`, write: (t) => ((g.cpusetMems = t.trim()), t.length) },
    'cpuset.mems.effective': { read: () => (g.cpusetMems ? `${g.cpusetMems}\n` : '0\n') },
  };
}

export function v2ControllerFiles(host: CgroupHost, g: Cgroup, controller: string): FileTable {
  switch (controller) {
    case 'cpu':
      return cpuFiles(host, g);
    case 'memory':
      return memoryFiles(host, g);
    case 'pids':
      return pidsFiles(host, g);
    case 'cpuset':
      return cpusetFiles(host, g);
    case 'io':
      return {
        'io.max': { read: () => '', write: ok },
        'io.stat': { read: () => '' },
        'io.weight': { read: () => 'default 100\n', write: ok },
      };
    case 'hugetlb':
      return {
        'hugetlb.2MB.current': { read: () => '0\n' },
        'hugetlb.2MB.events': { read: () => 'max 0\n' },
        'hugetlb.2MB.max': { read: () => 'max\n', write: ok },
        'hugetlb.2MB.rsvd.current': { read: () => '0\n' },
        'hugetlb.2MB.rsvd.max': { read: () => 'max\n', write: ok },
      };
    default:
      return {};
  }
}

// A container's cgroups, as dockerd validates the resource flags (daemon/daemon_unix.go
// verifyPlatformContainerResources) and runc writes them (libcontainer/cgroups/fs and fs2):
// cgroup v1 (cgroupfs driver) gets /docker/<id> in every hierarchy; cgroup v2 gets
// /system.slice/docker-<id>.scope with cpu.max, cpu.weight, memory.max and pids.max.
//
// Simplification: no blkio/device rules, cpusets, swap limits or memory reservations.

import type { Gen, Sys } from '../../userland/sys';
import type { Engine, Resources } from './state';
import { mkdirAll, readTextFile, writeFileAt } from './fsio';

const CG = '/sys/fs/cgroup';
const V1_HIERARCHIES = [
  'blkio',
  'cpu',
  'cpuacct',
  'cpuset',
  'devices',
  'freezer',
  'memory',
  'pids',
  'systemd',
];
const MIN_MEMORY = 6 * 1024 * 1024;

/** dockerd's own checks of the resource flags: an error text or undefined. */
export function validateResources(r: Resources, ncpu: number): string | undefined {
  if (r.memory > 0 && r.memory < MIN_MEMORY) return 'Minimum memory limit allowed is 6MB';
  if (r.nanoCpus > 0 && r.cpuPeriod > 0)
    return 'Conflicting options: Nano CPUs and CPU Period cannot both be set';
  if (r.nanoCpus > 0 && r.cpuQuota > 0)
    return 'Conflicting options: Nano CPUs and CPU Quota cannot both be set';
  if (r.nanoCpus < 0 || r.nanoCpus > ncpu * 1e9 || (r.nanoCpus > 0 && r.nanoCpus < 1e7))
    return `Range of CPUs is from 0.01 to ${ncpu.toFixed(2)}, as there are only ${ncpu} CPUs available`;
  if (r.cpuPeriod !== 0 && (r.cpuPeriod < 1000 || r.cpuPeriod > 1000000))
    return 'CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)';
  if (r.cpuQuota > 0 && r.cpuQuota < 1000) return 'CPU cfs quota can not be less than 1ms (i.e. 1000)';
  if (r.cpuShares < 0) return 'invalid CPU shares';
  return undefined;
}

/** Which cgroup layout the host has (v2 when /sys/fs/cgroup is cgroup2 itself). */
export function* detectCgroupV2(sys: Sys): Gen<boolean> {
  const st = yield* sys.stat(`${CG}/cgroup.controllers`);
  return typeof st !== 'number';
}

/** The container's cgroup directories (one per v1 hierarchy, or the v2 scope). */
export function cgroupDirs(eng: Engine, id: string): string[] {
  if (eng.cgroupV2) return [`${CG}/system.slice/docker-${id}.scope`];
  return [...V1_HIERARCHIES.map((h) => `${CG}/${h}/docker/${id}`), `${CG}/unified/docker/${id}`];
}

/** The container's cgroup path as /proc/PID/cgroup shows it on the host. */
export function cgroupPath(eng: Engine, id: string): string {
  return eng.cgroupV2 ? `/system.slice/docker-${id}.scope` : `/docker/${id}`;
}

/** runc's (1.1) linear shares → weight conversion. */
export function sharesToWeight(shares: number): number {
  return shares === 0 ? 0 : Math.floor(1 + ((shares - 2) * 9999) / 262142);
}

function limitFiles(eng: Engine, r: Resources): [string, string][] {
  const period = r.nanoCpus > 0 ? 100000 : r.cpuPeriod;
  const quota = r.nanoCpus > 0 ? Math.floor((r.nanoCpus * 100000) / 1e9) : r.cpuQuota;
  const out: [string, string][] = [];
  if (eng.cgroupV2) {
    if (quota > 0 || period > 0) out.push(['cpu.max', `${quota > 0 ? quota : 'max'} ${period || 100000}`]);
    if (r.cpuShares > 0) out.push(['cpu.weight', String(sharesToWeight(r.cpuShares))]);
    if (r.memory > 0) out.push(['memory.max', String(r.memory)]);
    if (r.pidsLimit > 0) out.push(['pids.max', String(r.pidsLimit)]);
    return out;
  }
  if (period > 0) out.push(['cpu/cpu.cfs_period_us', String(period)]);
  if (quota > 0) out.push(['cpu/cpu.cfs_quota_us', String(quota)]);
  if (r.cpuShares > 0) out.push(['cpu/cpu.shares', String(r.cpuShares)]);
  if (r.memory > 0) out.push(['memory/memory.limit_in_bytes', String(r.memory)]);
  if (r.pidsLimit > 0) out.push(['pids/pids.max', String(r.pidsLimit)]);
  return out;
}

/**
 * docker update of a running container: rewrite its CPU and pids limits (runc update). The CPU
 * line is always written, so a quota of -1 (or 0) goes back to "max".
 */
export function* updateLimits(sys: Sys, eng: Engine, id: string, r: Resources): Gen<string | undefined> {
  const period = r.nanoCpus > 0 ? 100000 : r.cpuPeriod || 100000;
  const quota = r.nanoCpus > 0 ? Math.floor((r.nanoCpus * 100000) / 1e9) : r.cpuQuota;
  const files: [string, string][] = eng.cgroupV2
    ? [['cpu.max', `${quota > 0 ? quota : 'max'} ${period}`]]
    : [
        ['cpu/cpu.cfs_period_us', String(period)],
        ['cpu/cpu.cfs_quota_us', String(quota > 0 ? quota : -1)],
      ];
  if (r.cpuShares > 0)
    files.push(
      eng.cgroupV2
        ? ['cpu.weight', String(sharesToWeight(r.cpuShares))]
        : ['cpu/cpu.shares', String(r.cpuShares)],
    );
  if (r.pidsLimit !== 0)
    files.push([eng.cgroupV2 ? 'pids.max' : 'pids/pids.max', r.pidsLimit > 0 ? String(r.pidsLimit) : 'max']);
  for (const [file, value] of files) {
    const path = eng.cgroupV2 ? `${cgroupDirs(eng, id)[0] ?? ''}/${file}` : limitPath(file, id);
    const w = yield* writeFileAt(sys, path, value);
    if (w < 0) return `failed to write "${value}": write ${path}: invalid argument`;
  }
  return undefined;
}

/** Create the container's cgroups and write its limits; an error text (runc's words) or undefined. */
export function* createCgroups(sys: Sys, eng: Engine, id: string, r: Resources): Gen<string | undefined> {
  if (eng.cgroupV2 && !eng.delegated) {
    eng.delegated = true;
    yield* mkdirAll(sys, `${CG}/system.slice`);
    for (const dir of [CG, `${CG}/system.slice`])
      yield* writeFileAt(sys, `${dir}/cgroup.subtree_control`, '+cpu +memory +pids');
  }
  for (const dir of cgroupDirs(eng, id)) {
    const m = yield* mkdirAll(sys, dir);
    if (m < 0) return `mkdir ${dir}: errno ${-m}`;
  }
  if (!eng.cgroupV2) yield* inheritCpuset(sys, id);
  for (const [file, value] of limitFiles(eng, r)) {
    const path = eng.cgroupV2 ? `${cgroupDirs(eng, id)[0] ?? ''}/${file}` : limitPath(file, id);
    const w = yield* writeFileAt(sys, path, value);
    if (w < 0) return `failed to write "${value}": write ${path}: invalid argument`;
  }
  return undefined;
}

/** runc copies cpuset.cpus and cpuset.mems down from the parent (an empty cpuset cannot hold tasks). */
function* inheritCpuset(sys: Sys, id: string): Gen<void> {
  const dirs = [`${CG}/cpuset`, `${CG}/cpuset/docker`, `${CG}/cpuset/docker/${id}`];
  for (let i = 1; i < dirs.length; i++) {
    for (const f of ['cpuset.cpus', 'cpuset.mems']) {
      const v = yield* readTextFile(sys, `${dirs[i - 1] ?? ''}/${f}`);
      if (v !== undefined && v.trim() !== '') yield* writeFileAt(sys, `${dirs[i] ?? ''}/${f}`, v.trim());
    }
  }
}

function limitPath(file: string, id: string): string {
  const [hier, name] = file.split('/');
  return `${CG}/${hier ?? ''}/docker/${id}/${name ?? ''}`;
}

/** Move a process into the container's cgroups (runc writes the init pid to cgroup.procs). */
export function* joinCgroups(sys: Sys, eng: Engine, id: string, pid: number): Gen<void> {
  for (const dir of cgroupDirs(eng, id)) yield* writeFileAt(sys, `${dir}/cgroup.procs`, String(pid));
}

/**
 * Whether the kernel's OOM killer killed something in the container's memory cgroup (containerd's
 * TaskOOM event, which dockerd records as State.OOMKilled): memory.events oom_kill under v2,
 * memory.oom_control oom_kill under v1.
 */
export function* oomKilled(sys: Sys, eng: Engine, id: string): Gen<boolean> {
  const file = eng.cgroupV2
    ? `${cgroupDirs(eng, id)[0] ?? ''}/memory.events`
    : `${CG}/memory/docker/${id}/memory.oom_control`;
  const text = (yield* readTextFile(sys, file)) ?? '';
  const kills = /^oom_kill (\d+)$/m.exec(text)?.[1];
  return kills !== undefined && Number(kills) > 0;
}

/** Remove the container's (now empty) cgroups. */
export function* removeCgroups(sys: Sys, eng: Engine, id: string): Gen<void> {
  for (const dir of cgroupDirs(eng, id)) yield* sys.rmdir(dir);
}

// world.inspect.cgroups() against the cgroup files: in the same world, the snapshot's numbers must
// be what `cat` prints from cpu.max / cpu.cfs_quota_us, cpu.stat, cpuacct.usage, memory.current /
// memory.usage_in_bytes, memory.events / memory.oom_control, pids.current and pids.max, under
// cgroup v2 ('default') and v1 ('hybrid', hierarchies merged by path).

import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/world';
import type { CgroupInfo, CgroupSnapshot, Profile, World } from '../../../src/world';

const CG = '/sys/fs/cgroup';
const BUSY = "docker run -d --cpu-period=100000 --cpu-quota=20000 busybox sh -c 'while :; do :; done'";

/** Every file named, read with cat in one script: file name → its text (absent when missing). */
function catAll(world: World, paths: readonly string[]): Map<string, string> {
  const script = paths.map((p) => `[ -e ${p} ] && echo "== ${p}" && cat ${p}`).join('\n');
  const out = world.exec(script).stdout;
  const files = new Map<string, string>();
  let current = '';
  for (const line of out.split('\n')) {
    if (line.startsWith('== ')) files.set((current = line.slice(3)), '');
    else if (line !== '') files.set(current, `${files.get(current) ?? ''}${line}\n`);
  }
  return files;
}

const field = (text: string | undefined, key: string): number => {
  const m = new RegExp(`^${key} (\\d+)$`, 'm').exec(text ?? '');
  return m ? Number(m[1]) : NaN;
};
const num = (text: string | undefined): number => Number((text ?? '').trim());
const maxOrNum = (text: string | undefined): number | null =>
  (text ?? '').trim() === 'max' ? null : num(text);

type Facts = Omit<CgroupInfo, 'processes'>;

/** What the files of one cgroup say, in the snapshot's shape (undefined: file absent). */
function fromFiles(version: 1 | 2, path: string, world: World): Partial<Record<string, unknown>> {
  const dir = (h: string): string =>
    (version === 2 ? `${CG}${path}` : `${CG}/${h}${path}`).replace(/\/$/, '');
  const names =
    version === 2
      ? ['cpu.max', 'cpu.stat', 'memory.current', 'memory.max', 'memory.events', 'pids.current', 'pids.max']
      : ['cpu/cpu.cfs_quota_us', 'cpu/cpu.cfs_period_us', 'cpu/cpu.stat', 'cpuacct/cpuacct.usage'].concat([
          'memory/memory.usage_in_bytes',
          'memory/memory.limit_in_bytes',
          'memory/memory.oom_control',
          'pids/pids.current',
          'pids/pids.max',
        ]);
  const paths = names.map((n) =>
    version === 2 ? `${dir('')}/${n}` : `${dir(n.split('/')[0]!)}/${n.split('/')[1]!}`,
  );
  paths.push(version === 2 ? `${dir('')}/cgroup.procs` : `${dir('cpu')}/cgroup.procs`);
  const f = catAll(world, paths);
  const get = (n: string): string | undefined => f.get(paths[names.indexOf(n)]!);
  const procs = (f.get(paths.at(-1)!) ?? '').split('\n').filter(Boolean).map(Number);
  if (version === 2) {
    const [quota, period] = (get('cpu.max') ?? 'max 100000').trim().split(' ');
    return {
      procs,
      quotaUs: quota === 'max' ? null : Number(quota),
      periodUs: Number(period),
      usageUs: field(get('cpu.stat'), 'usage_usec'),
      nrPeriods: get('cpu.max') ? field(get('cpu.stat'), 'nr_periods') : undefined,
      nrThrottled: get('cpu.max') ? field(get('cpu.stat'), 'nr_throttled') : undefined,
      throttledUs: get('cpu.max') ? field(get('cpu.stat'), 'throttled_usec') : undefined,
      maxBytes: get('memory.max') === undefined ? undefined : maxOrNum(get('memory.max')),
      currentBytes: get('memory.current') === undefined ? undefined : num(get('memory.current')),
      oomKills: get('memory.events') === undefined ? undefined : field(get('memory.events'), 'oom_kill'),
      pidsMax: get('pids.max') === undefined ? undefined : maxOrNum(get('pids.max')),
      pidsCurrent: get('pids.current') === undefined ? undefined : num(get('pids.current')),
    };
  }
  const opt = <T>(n: string, f: (text: string) => T): T | undefined => {
    const text = get(n);
    return text === undefined ? undefined : f(text);
  };
  return {
    procs,
    quotaUs: opt('cpu/cpu.cfs_quota_us', (t) => (num(t) < 0 ? null : num(t))),
    periodUs: opt('cpu/cpu.cfs_period_us', num),
    usageUs: opt('cpuacct/cpuacct.usage', (t) => Math.floor(num(t) / 1000)),
    nrPeriods: opt('cpu/cpu.stat', (t) => field(t, 'nr_periods')),
    nrThrottled: opt('cpu/cpu.stat', (t) => field(t, 'nr_throttled')),
    throttledUs: opt('cpu/cpu.stat', (t) => Math.floor(field(t, 'throttled_time') / 1000)),
    maxBytes: opt('memory/memory.limit_in_bytes', (t) =>
      t.trim() === '9223372036854771712' ? null : num(t),
    ),
    currentBytes: opt('memory/memory.usage_in_bytes', num),
    oomKills: opt('memory/memory.oom_control', (t) => field(t, 'oom_kill')),
    pidsMax: opt('pids/pids.max', maxOrNum),
    pidsCurrent: opt('pids/pids.current', num),
  };
}

function flat(c: Facts): Record<string, unknown> {
  return {
    procs: c.procs,
    ...c.cpu,
    maxBytes: c.memory.maxBytes,
    currentBytes: c.memory.currentBytes,
    oomKills: c.memory.oomKills,
    pidsMax: c.pids.max,
    pidsCurrent: c.pids.current,
  };
}

/** The snapshot's non-root cgroups equal their files (the processes in them are frozen or idle). */
function expectFilesAgree(world: World, snap: CgroupSnapshot): void {
  for (const c of snap.cgroups.filter((g) => g.path !== '/')) {
    const files = fromFiles(snap.version, c.path, world);
    const mine = flat(c);
    const expected = Object.fromEntries(Object.entries(files).filter(([, v]) => v !== undefined));
    expect({ path: c.path, ...mine }).toMatchObject({ path: c.path, ...expected });
  }
}

const container = (snap: CgroupSnapshot, id: string): CgroupInfo => {
  const c = snap.cgroups.find((g) => g.path.includes(id));
  if (!c) throw new Error(`no cgroup for ${id} in ${snap.cgroups.map((g) => g.path).join(' ')}`);
  return c;
};

describe.each<[Profile, 1 | 2]>([
  ['default', 2],
  ['hybrid', 1],
])('world.inspect.cgroups() on the %s profile', (profile, version) => {
  it('lists the tree parents first, with the version, time and CPUs', () => {
    const world = createWorld({ seed: 1, profile });
    world.exec(`mkdir -p ${version === 2 ? CG : `${CG}/cpu`}/b/c ${version === 2 ? CG : `${CG}/cpu`}/a`);
    const snap = world.inspect.cgroups();
    expect(snap.version).toBe(version);
    expect(snap.cpus).toBe(2);
    expect(snap.timeNs).toBe(world.uptimeNs());
    expect(snap.cgroups.map((g) => g.path)).toEqual(['/', '/a', '/b', '/b/c']);
    expect(snap.cgroups[0]!.processes.find((p) => p.pid === 1)?.comm).toBe('init');
  });

  it('matches the files of a --cpu-quota=20000 busy container, which gets 20 % of a CPU and is throttled', () => {
    const world = createWorld({ seed: 1, profile });
    const id = world.exec(BUSY).stdout.trim();
    world.exec('sleep 1');
    const early = container(world.inspect.cgroups(), id);
    world.exec('sleep 5');
    const before = world.inspect.cgroups();
    const running = container(before, id);
    const files = fromFiles(version, running.path, world);
    const after = container(world.inspect.cgroups(), id);
    // Running: every counter read by cat lies between the snapshots taken before and after.
    for (const k of ['usageUs', 'nrPeriods', 'nrThrottled', 'throttledUs'] as const) {
      expect(files[k]).toBeGreaterThanOrEqual(running.cpu[k]);
      expect(files[k]).toBeLessThanOrEqual(after.cpu[k]);
    }
    expect(running.cpu.quotaUs).toBe(20000);
    expect(running.cpu.periodUs).toBe(100000);
    expect(running.cpu.nrThrottled).toBeGreaterThan(early.cpu.nrThrottled + 40);
    const share = (running.cpu.usageUs - early.cpu.usageUs) / 5e6;
    expect(share).toBeGreaterThan(0.19);
    expect(share).toBeLessThan(0.21);
    expect(running.processes.map((p) => p.comm)).toEqual(['sh']);
    // Frozen: exactly equal, for every cgroup.
    world.exec(`docker pause ${id}`);
    expectFilesAgree(world, world.inspect.cgroups());
  }, 30000);

  it('matches memory and pids limits and usage of a limited container', () => {
    const world = createWorld({ seed: 1, profile });
    const id = world.exec('docker run -d -m 64m --pids-limit 20 busybox sleep 1000').stdout.trim();
    const snap = world.inspect.cgroups();
    const c = container(snap, id);
    expect(c.memory.maxBytes).toBe(64 * 1024 * 1024);
    expect(c.pids).toEqual({ max: 20, current: 1 });
    expect(c.memory.currentBytes).toBeGreaterThan(0);
    expectFilesAgree(world, snap);
  });

  it('counts an OOM kill in the memory cgroup, as memory.events / memory.oom_control do', () => {
    const world = createWorld({ seed: 1, profile });
    const dir = version === 2 ? `${CG}/m` : `${CG}/memory/m`;
    const limit = version === 2 ? 'memory.max' : 'memory.limit_in_bytes';
    const r = world.exec(
      `mkdir ${dir}; echo 50M > ${dir}/${limit}; ` +
        `sh -c 'echo $$ > ${dir}/cgroup.procs; exec stress --vm 1 --vm-bytes 100M --timeout 2'`,
    );
    expect(r.output).toContain('stress: FAIL');
    const snap = world.inspect.cgroups();
    const m = snap.cgroups.find((g) => g.path === '/m');
    expect(m?.memory.oomKills).toBe(1);
    expect(m?.memory.maxBytes).toBe(50 * 1024 * 1024);
    expectFilesAgree(world, snap);
  });
});

describe('cost', () => {
  it('snapshots 50 cgroups with a process each well inside a frame', () => {
    const world = createWorld({ seed: 1 });
    world.exec(
      `for i in $(seq 1 50); do mkdir ${CG}/g$i; sh -c "echo \\$\\$ > ${CG}/g$i/cgroup.procs; exec sleep 1000" & done; sleep 1`,
    );
    const snap = world.inspect.cgroups();
    expect(snap.cgroups).toHaveLength(51);
    expect(snap.cgroups.filter((g) => g.path !== '/' && g.procs.length === 1)).toHaveLength(50);
    const start = performance.now();
    for (let i = 0; i < 40; i++) world.inspect.cgroups();
    const perSnapshotMs = (performance.now() - start) / 40;
    console.log(`cgroups(): ${perSnapshotMs.toFixed(3)} ms per snapshot of 51 cgroups`);
    expect(perSnapshotMs).toBeLessThan(4);
  });
});

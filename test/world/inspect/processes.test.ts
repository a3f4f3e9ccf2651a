// world.inspect.processes() against the machine's own /proc: after unshare and nsenter, each
// process's NSpid line and its /proc/PID/ns links agree with the snapshot.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/world';
import type { NsKind, ProcessSnapshot, World } from '../../../src/world';
import { NS_KINDS } from '../../../src/world/inspect/types';

/** `ls -l /proc/PID/ns` parsed to kind → inode (pid_for_children and time_for_children left out). */
function nsLinks(world: World, pid: number): Record<string, number> {
  const out = world.exec(`ls -l /proc/${pid}/ns`).stdout;
  const links: Record<string, number> = {};
  for (const m of out.matchAll(/ (\w+) -> (\w+):\[(\d+)\]$/gm)) links[m[1]!] = Number(m[3]);
  return links;
}

function nsPidLine(world: World, pid: number): number[] {
  const line = world.exec(`grep NSpid /proc/${pid}/status`).stdout;
  return line.replace('NSpid:', '').trim().split(/\s+/).map(Number);
}

function pidsOf(world: World, name: string): number[] {
  return world.exec(`pgrep -x ${name}`).stdout.trim().split('\n').filter(Boolean).map(Number);
}

function expectMatchesProc(world: World, snap: ProcessSnapshot, pid: number): void {
  const p = snap.processes.find((q) => q.pid === pid);
  expect(p, `pid ${pid} in the snapshot`).toBeDefined();
  expect(p!.nsPids.map((x) => x.pid)).toEqual(nsPidLine(world, pid));
  const links = nsLinks(world, pid);
  for (const kind of NS_KINDS) expect(p!.ns[kind], `${kind} of ${pid}`).toBe(links[kind]);
  expect(p!.nsPids.at(-1)!.ns).toBe(links['pid']);
  for (const kind of NS_KINDS) {
    const ns = snap.namespaces.find((n) => n.kind === kind && n.inode === p!.ns[kind]);
    expect(ns?.pids, `${kind} namespace lists ${pid}`).toContain(pid);
  }
}

describe('world.inspect.processes', () => {
  it('unshare -p -f --mount-proc: the sleep is pid 1 in a new pid namespace, as /proc says', () => {
    const world = createWorld({ seed: 1 });
    world.exec('unshare -p -f --mount-proc --uts sh -c "hostname inside; exec sleep 100" &\nsleep 1');
    const [sleep] = pidsOf(world, 'sleep');
    const snap = world.inspect.processes();
    expectMatchesProc(world, snap, sleep!);
    expectMatchesProc(world, snap, 1);
    const p = snap.processes.find((q) => q.pid === sleep)!;
    const init = snap.processes.find((q) => q.pid === 1)!;
    expect(p.nsPids).toHaveLength(2);
    expect(p.nsPids[1]!.pid).toBe(1);
    expect(p.nsPids[0]).toEqual({ ns: init.ns.pid, pid: sleep });
    expect(p.hostname).toBe('inside');
    const unshared = NS_KINDS.filter((k: NsKind) => p.ns[k] !== init.ns[k]);
    expect(unshared).toEqual(['pid', 'mnt', 'uts']);
    const pidns = snap.namespaces.find((n) => n.kind === 'pid' && n.inode === p.ns.pid)!;
    expect(pidns).toMatchObject({ initial: false, parent: init.ns.pid, pids: [sleep] });
    expect(snap.namespaces.find((n) => n.kind === 'pid' && n.inode === init.ns.pid)?.initial).toBe(true);
  });

  it('a child of the namespace init is pid 2 inside; nested pid namespaces list every level', () => {
    const world = createWorld({ seed: 1 });
    world.exec('unshare -p -f sh -c "sleep 200 & unshare -p -f sleep 300" &\nsleep 1');
    const snap = world.inspect.processes();
    const [s200] = pidsOf(world, 'sleep').filter(
      (pid) => snap.processes.find((p) => p.pid === pid)?.args === 'sleep 200',
    );
    const [s300] = pidsOf(world, 'sleep').filter(
      (pid) => snap.processes.find((p) => p.pid === pid)?.args === 'sleep 300',
    );
    expectMatchesProc(world, snap, s200!);
    expectMatchesProc(world, snap, s300!);
    const deep = snap.processes.find((p) => p.pid === s300)!;
    expect(deep.nsPids).toHaveLength(3);
    expect(deep.nsPids[2]!.pid).toBe(1);
    const inner = snap.namespaces.find((n) => n.kind === 'pid' && n.inode === deep.ns.pid)!;
    const middle = snap.namespaces.find((n) => n.kind === 'pid' && n.inode === inner.parent)!;
    expect(middle.inode).toBe(deep.nsPids[1]!.ns);
    expect(middle.pids).toContain(s200);
    expect(snap.processes.find((p) => p.pid === s200)!.nsPids.at(-1)!.pid).toBe(2);
  });

  it('nsenter joins the target namespaces: same inodes as the target', () => {
    const world = createWorld({ seed: 1 });
    world.exec('unshare -u -n -i sleep 100 &\nsleep 1');
    const [target] = pidsOf(world, 'sleep');
    world.exec(`nsenter -t ${target} -u -n -i sleep 200 &\nsleep 1`);
    const snap = world.inspect.processes();
    const joined = snap.processes.find((p) => p.args === 'sleep 200')?.pid;
    expectMatchesProc(world, snap, joined!);
    const a = snap.processes.find((p) => p.pid === target)!;
    const b = snap.processes.find((p) => p.pid === joined)!;
    for (const kind of ['uts', 'net', 'ipc'] as const) expect(b.ns[kind]).toBe(a.ns[kind]);
    expect(b.ns.pid).toBe(snap.processes.find((p) => p.pid === 1)!.ns.pid);
  });

  it('docker run: the container process is pid 1 in its own pid namespace, as /proc says', () => {
    const world = createWorld({ seed: 1 });
    world.exec('docker run -d --name web busybox sleep 1000');
    const snap = world.inspect.processes();
    const p = snap.processes.find((q) => q.args === 'sleep 1000')!;
    expectMatchesProc(world, snap, p.pid);
    expect(p.nsPids.map((x) => x.pid)).toEqual([p.pid, 1]);
    const init = snap.processes.find((q) => q.pid === 1)!;
    // Docker's defaults under cgroup v2: private pid, mnt, uts, net, ipc and cgroup namespaces.
    expect(NS_KINDS.filter((k) => p.ns[k] !== init.ns[k]).sort()).toEqual(
      ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'uts'].sort(),
    );
    expect(p.hostname).toBe(p.cgroup.match(/docker-([0-9a-f]{12})/)?.[1]);
  });

  it('200 processes: a snapshot takes well under a frame', () => {
    const world = createWorld({ seed: 1 });
    world.exec('for i in $(seq 1 200); do sleep 1000 & done\nsleep 1');
    const snap = world.inspect.processes();
    expect(snap.processes.filter((p) => p.comm === 'sleep' && p.state === 'S').length).toBe(200);
    for (let i = 0; i < 20; i++) world.inspect.processes();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) world.inspect.processes();
    const msEach = Number(process.hrtime.bigint() - t0) / 1e6 / 20;
    expect(msEach).toBeLessThan(8);
  });
});

// world.inspect.machine() against what the machine's own tools print in the same world:
// /proc/PID/mountinfo for every mount namespace, `ip -o link` and `ip -o addr` on the host and,
// through nsenter, inside the container's network namespace.
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/world';
import type { World } from '../../../src/world/types';
import type { MachineSnapshot, MountInfo, NetNamespaceInfo } from '../../../src/world/inspect/types';

/** The fields of a mountinfo line (proc(5)) in the snapshot's shape. */
function parseMountinfo(text: string): Omit<MountInfo, 'overlay' | 'propagation'>[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [head, tail] = line.split(' - ') as [string, string];
      const [id, parentId, device, root, target, options, ...optional] = head.split(' ');
      const [fstype, source, superOptions] = tail.split(' ');
      return {
        id: Number(id),
        parentId: Number(parentId),
        device: device!,
        root: root!,
        target: target!,
        options: options!,
        optionalFields: optional.join(' '),
        fstype: fstype!,
        source: source!,
        superOptions: superOptions!,
      };
    });
}

interface LinkLine {
  readonly index: number;
  readonly name: string;
  readonly peerIndex?: number;
  readonly master?: string;
  readonly up: boolean;
}

/** `ip -o link`: "5: veth4be182e@if4: <BROADCAST,…,UP,LOWER_UP> mtu 1500 … master docker0 state UP …". */
function parseLinks(text: string): LinkLine[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const m = /^(\d+): ([^:@]+)(?:@if(\d+))?: <([^>]*)>.*?(?: master (\S+))?/.exec(line);
      if (!m) throw new Error(`not an ip link line: ${line}`);
      const master = / master (\S+)/.exec(line)?.[1];
      return {
        index: Number(m[1]),
        name: m[2]!,
        ...(m[3] ? { peerIndex: Number(m[3]) } : {}),
        ...(master ? { master } : {}),
        up: m[4]!.split(',').includes('UP'),
      };
    });
}

/** `ip -o addr`'s IPv4 lines as "name cidr". */
function parseAddrs(text: string): string[] {
  return text
    .trim()
    .split('\n')
    .filter((l) => / inet /.test(l))
    .map((l) => {
      const f = l.split(/\s+/);
      return `${f[1]} ${f[3]}`;
    });
}

function linksOf(ns: NetNamespaceInfo): LinkLine[] {
  return ns.interfaces.map((i) => ({
    index: i.index,
    name: i.name,
    ...(i.peer ? { peerIndex: i.peer.index } : {}),
    ...(i.master ? { master: i.master } : {}),
    up: i.up,
  }));
}

const addrsOf = (ns: NetNamespaceInfo): string[] =>
  ns.interfaces.flatMap((i) => i.addresses.map((a) => `${i.name} ${a}`));

describe('world.inspect.machine()', () => {
  let world: World;
  let snap: MachineSnapshot;
  let containerPid: number;
  let unsharePid: number;

  beforeAll(() => {
    world = createWorld({ seed: 1 });
    const started = world.exec(
      "docker run -d busybox sleep 1000 >/dev/null 2>&1; (unshare -m sh -c 'mount -t tmpfs tmpfs /mnt; exec sleep 1001' &); sleep 1",
    );
    expect(started.status).toBe(0);
    const pids = world.exec('ps -eo pid,args | awk \'$2=="sleep"{print $1}\'').stdout.trim().split('\n');
    [containerPid, unsharePid] = pids.map(Number) as [number, number];
    snap = world.inspect.machine();
  });

  it('lists each mount namespace with the mounts its leader reads in /proc/PID/mountinfo', () => {
    expect(snap.mountNamespaces).toHaveLength(3);
    for (const ns of snap.mountNamespaces) {
      const pid = ns.leader!.pid;
      const link = world.exec(`readlink /proc/${pid}/ns/mnt`).stdout.trim();
      expect(link).toBe(`mnt:[${ns.inode}]`);
      const real = parseMountinfo(world.exec(`cat /proc/${pid}/mountinfo`).stdout);
      const mine = ns.mounts.map(({ overlay: _o, propagation: _p, ...rest }) => rest);
      expect(mine).toEqual(real);
    }
  });

  it("shows the container's overlay root with its lowerdir stack, upperdir and workdir", () => {
    const ns = snap.mountNamespaces.find((n) => n.pids.includes(containerPid))!;
    expect(ns.initial).toBe(false);
    const root = ns.mounts[0]!;
    expect(root.target).toBe('/');
    expect(root.fstype).toBe('overlay');
    const opts = world.exec(`awk '$5=="/"{print $NF}' /proc/${containerPid}/mountinfo`).stdout.trim();
    const lower = /lowerdir=([^,]*)/.exec(opts)![1]!.split(':');
    expect(root.overlay?.lowerdir).toEqual(lower);
    expect(lower.length).toBeGreaterThanOrEqual(2);
    expect(root.overlay?.upperdir).toBe(/upperdir=([^,]*)/.exec(opts)![1]);
    expect(root.overlay?.upperdir).toMatch(/^\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff$/);
    expect(root.overlay?.workdir).toBe(/workdir=([^,]*)/.exec(opts)![1]);
    expect(ns.hostname).toBe(world.exec(`nsenter -t ${containerPid} -u hostname`).stdout.trim());
  });

  it('shows the tmpfs that unshare -m mounted only in its own namespace', () => {
    const ns = snap.mountNamespaces.find((n) => n.pids.includes(unsharePid))!;
    const mnt = ns.mounts.find((m) => m.target === '/mnt');
    expect(mnt?.fstype).toBe('tmpfs');
    const host = snap.mountNamespaces.find((n) => n.initial)!;
    expect(host.mounts.some((m) => m.target === '/mnt')).toBe(false);
    expect(world.exec('awk \'$5=="/mnt"\' /proc/self/mountinfo').stdout).toBe('');
  });

  it('agrees with ip -o link and ip -o addr on the host and inside the container', () => {
    const host = snap.netNamespaces.find((n) => n.initial)!;
    expect(linksOf(host)).toEqual(parseLinks(world.exec('ip -o link').stdout));
    expect(addrsOf(host)).toEqual(parseAddrs(world.exec('ip -o addr').stdout));
    const inside = snap.netNamespaces.find((n) => n.pids.includes(containerPid))!;
    const link = world.exec(`readlink /proc/${containerPid}/ns/net`).stdout.trim();
    expect(link).toBe(`net:[${inside.inode}]`);
    expect(linksOf(inside)).toEqual(
      parseLinks(world.exec(`nsenter -t ${containerPid} -n ip -o link`).stdout),
    );
    expect(addrsOf(inside)).toEqual(
      parseAddrs(world.exec(`nsenter -t ${containerPid} -n ip -o addr`).stdout),
    );
  });

  it('links the veth pair across namespaces: host end in docker0, eth0 172.17.0.2/16 inside', () => {
    const host = snap.netNamespaces.find((n) => n.initial)!;
    const inside = snap.netNamespaces.find((n) => n.pids.includes(containerPid))!;
    const eth0 = inside.interfaces.find((i) => i.name === 'eth0')!;
    expect(eth0.kind).toBe('veth');
    expect(eth0.addresses).toEqual(['172.17.0.2/16']);
    const hostEnd = host.interfaces.find((i) => i.index === eth0.peer?.index)!;
    expect(eth0.peer).toEqual({ netns: host.inode, index: hostEnd.index, name: hostEnd.name });
    expect(hostEnd.kind).toBe('veth');
    expect(hostEnd.master).toBe('docker0');
    expect(hostEnd.peer).toEqual({ netns: inside.inode, index: eth0.index, name: 'eth0' });
    expect(host.interfaces.find((i) => i.name === 'docker0')?.addresses).toEqual(['172.17.0.1/16']);
    // The unshared mount namespace still shares the host's network namespace.
    expect(host.pids).toContain(unsharePid);
  });

  it('reports memory, CPUs and the kernel release as /proc/meminfo, nproc and uname -r do', () => {
    const r = world.exec("awk '/MemTotal/{print $2}' /proc/meminfo; nproc; uname -r").stdout.split('\n');
    expect(snap.memory.totalBytes).toBe(Number(r[0]) * 1024);
    expect(snap.memory.usedBytes).toBeGreaterThan(0);
    expect(snap.memory.usedBytes).toBeLessThan(snap.memory.totalBytes);
    expect(snap.cpus).toBe(Number(r[1]));
    expect(snap.kernelRelease).toBe(r[2]);
  });
});

describe('world.inspect.machine() with ip netns', () => {
  it('lists a named namespace nobody is in, with its bind mount and its end of a veth pair', () => {
    const world = createWorld({ seed: 1 });
    world.exec(
      [
        'ip netns add blue',
        'ip link add v0 type veth peer name v1',
        'ip link set v1 netns blue',
        'ip netns exec blue ip addr add 10.1.0.2/24 dev v1',
        'ip netns exec blue ip link set v1 up',
        'ip link set v0 up',
      ].join('; '),
    );
    const snap = world.inspect.machine();
    const blue = snap.netNamespaces.find((n) => n.bindMounts?.includes('/run/netns/blue'))!;
    expect(blue.pids).toEqual([]);
    expect(world.exec('stat -L -c %i /run/netns/blue').stdout.trim()).toBe(String(blue.inode));
    expect(linksOf(blue)).toEqual(parseLinks(world.exec('ip netns exec blue ip -o link').stdout));
    expect(addrsOf(blue)).toEqual(parseAddrs(world.exec('ip netns exec blue ip -o addr').stdout));
    const host = snap.netNamespaces.find((n) => n.initial)!;
    expect(host.interfaces.find((i) => i.name === 'v0')?.peer).toEqual({
      netns: blue.inode,
      index: 3,
      name: 'v1',
    });
  });
});

describe('world.inspect.machine() on the hybrid profile (cgroup v1)', () => {
  it("agrees with every namespace's mountinfo, v1 cgroup hierarchies included", () => {
    const world = createWorld({ seed: 1, profile: 'hybrid' });
    expect(world.exec('docker run -d busybox sleep 1000 >/dev/null 2>&1').status).toBe(0);
    const snap = world.inspect.machine();
    expect(snap.mountNamespaces).toHaveLength(2);
    for (const ns of snap.mountNamespaces) {
      const real = parseMountinfo(world.exec(`cat /proc/${ns.leader!.pid}/mountinfo`).stdout);
      expect(ns.mounts.map(({ overlay: _o, propagation: _p, ...rest }) => rest)).toEqual(real);
      expect(ns.mounts.filter((m) => m.fstype === 'cgroup').length).toBeGreaterThan(1);
    }
  });
});

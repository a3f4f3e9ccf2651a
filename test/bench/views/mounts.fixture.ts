// A deterministic synthetic MachineSnapshot for the Mounts & network view's benchmarks and tests:
// a host with `containers` running Docker containers (each: its own mount namespace on an
// overlay root with `layers` lower layers, proc, sysfs, cgroup2, /dev tmpfs, devpts, shm and the
// bind-mounted /etc/hostname, /etc/hosts, /etc/resolv.conf; its own network namespace with lo and
// eth0 172.17.X.Y/16 whose veth peer is a port of the host's docker0), plus `unshared` network
// namespaces holding only a loopback that is down (as after `unshare -n`). `tick` changes the
// memory figure only, as successive snapshots of an idle machine do; with `churn`, every tick
// also sets one container's veth pair down (the next container's in turn) and adds a mount in
// its namespace, so each snapshot really changes the diagram and the tree.

import type {
  InterfaceInfo,
  MachineSnapshot,
  MountInfo,
  MountNamespaceInfo,
  NetNamespaceInfo,
} from '../../../src/world/inspect/types';

export interface MachineFixtureOptions {
  readonly containers?: number;
  readonly layers?: number;
  readonly unshared?: number;
  readonly tick?: number;
  readonly churn?: boolean;
}

const HOST_MNT = 4026531832;
const HOST_NET = 4026531833;
const FIRST_NS = 4026532178;
const hex = (n: number, len: number): string =>
  (n.toString(16).padStart(8, '0').repeat(8) + 'e'.repeat(len)).slice(0, len);

function mount(
  id: number,
  parentId: number,
  target: string,
  fstype: string,
  source: string,
  extra: Partial<MountInfo> = {},
): MountInfo {
  return {
    id,
    parentId,
    target,
    source,
    fstype,
    options: 'rw,nosuid,nodev,noexec,relatime',
    superOptions: 'rw',
    root: '/',
    device: `0:${id}`,
    propagation: 'private',
    optionalFields: '',
    ...extra,
  };
}

function overlayOf(c: number, layers: number): NonNullable<MountInfo['overlay']> {
  const dir = `/var/lib/docker/overlay2/${hex(c + 1, 64)}`;
  const lowerdir = Array.from(
    { length: layers },
    (_, i) => `/var/lib/docker/overlay2/l/${hex(c * 100 + i, 26).toUpperCase()}`,
  );
  return { lowerdir, upperdir: `${dir}/diff`, workdir: `${dir}/work` };
}

function overlayMount(
  id: number,
  parentId: number,
  target: string,
  o: NonNullable<MountInfo['overlay']>,
): MountInfo {
  const superOptions = `rw,lowerdir=${o.lowerdir.join(':')},upperdir=${o.upperdir},workdir=${o.workdir},uuid=on`;
  return mount(id, parentId, target, 'overlay', 'overlay', {
    options: 'rw,relatime',
    superOptions,
    overlay: o,
  });
}

function containerMounts(c: number, layers: number, base: number): MountInfo[] {
  const root = base;
  const files = ['/etc/resolv.conf', '/etc/hostname', '/etc/hosts'].map((f, i) =>
    mount(base + 8 + i, root, f, 'tmpfs', '/dev/root', {
      root: `/var/lib/docker/containers/${hex(c + 1, 64)}/${f.slice(5)}`,
      options: 'rw,relatime',
    }),
  );
  return [
    overlayMount(root, 1, '/', overlayOf(c, layers)),
    mount(base + 1, root, '/proc', 'proc', 'proc'),
    mount(base + 2, root, '/sys', 'sysfs', 'sysfs', { options: 'ro,nosuid,nodev,relatime' }),
    mount(base + 3, base + 2, '/sys/fs/cgroup', 'cgroup2', 'cgroup', { superOptions: 'rw,nsdelegate' }),
    mount(base + 4, root, '/dev', 'tmpfs', 'tmpfs', {
      options: 'rw,nosuid,relatime',
      superOptions: 'rw,mode=755,size=65536k',
    }),
    mount(base + 5, base + 4, '/dev/pts', 'devpts', 'devpts', {
      superOptions: 'rw,gid=5,mode=620,ptmxmode=666',
    }),
    mount(base + 6, base + 4, '/dev/shm', 'tmpfs', 'shm', { superOptions: 'rw,size=65536k' }),
    mount(base + 7, base + 4, '/dev/mqueue', 'mqueue', 'mqueue'),
    ...files,
  ];
}

function hostMounts(containers: number, layers: number): MountInfo[] {
  const out = [
    mount(21, 1, '/', 'tmpfs', '/dev/root', { options: 'rw,relatime' }),
    mount(22, 21, '/proc', 'proc', 'proc'),
    mount(23, 21, '/sys', 'sysfs', 'sysfs'),
    mount(24, 23, '/sys/fs/cgroup', 'cgroup2', 'cgroup2', { superOptions: 'rw,nsdelegate' }),
    mount(25, 21, '/dev', 'tmpfs', 'udev', { options: 'rw,nosuid,relatime' }),
    mount(26, 25, '/dev/pts', 'devpts', 'devpts'),
  ];
  for (let c = 0; c < containers; c++) {
    const o = overlayOf(c, layers);
    out.push(overlayMount(27 + c, 21, o.upperdir.replace(/diff$/, 'merged'), o));
  }
  return out;
}

const lo = (up: boolean): InterfaceInfo => ({
  index: 1,
  name: 'lo',
  kind: 'loopback',
  up,
  operstate: up ? 'UNKNOWN' : 'DOWN',
  mtu: 65536,
  mac: '00:00:00:00:00:00',
  addresses: up ? ['127.0.0.1/8'] : [],
});

const mac = (n: number): string =>
  `02:42:ac:11:${((n >> 8) & 255).toString(16).padStart(2, '0')}:${(n & 255).toString(16).padStart(2, '0')}`;

function veth(
  index: number,
  name: string,
  netns: number,
  peerIndex: number,
  peerName: string,
  addresses: string[],
  master?: string,
): InterfaceInfo {
  return {
    index,
    name,
    kind: 'veth',
    up: true,
    operstate: 'UP',
    mtu: 1500,
    mac: mac(index * 7 + (netns % 1000)),
    addresses,
    ...(master ? { master } : {}),
    peer: { netns, index: peerIndex, name: peerName },
  };
}

function networks(containers: number, unshared: number): NetNamespaceInfo[] {
  const host: InterfaceInfo[] = [
    lo(true),
    {
      index: 2,
      name: 'eth0',
      kind: 'other',
      up: true,
      operstate: 'UP',
      mtu: 1500,
      mac: '52:54:00:12:34:56',
      addresses: ['10.0.2.15/24'],
    },
    {
      index: 3,
      name: 'docker0',
      kind: 'bridge',
      up: true,
      operstate: containers ? 'UP' : 'DOWN',
      mtu: 1500,
      mac: '02:42:ac:11:00:01',
      addresses: ['172.17.0.1/16'],
    },
  ];
  const nets: NetNamespaceInfo[] = [];
  for (let c = 0; c < containers; c++) {
    const inode = FIRST_NS + 5 * c + 4;
    const hostIndex = 5 + 2 * c;
    const name = `veth${hex(c + 7, 7)}`;
    const ip = `172.17.${(c + 2) >> 8}.${(c + 2) & 255}/16`;
    host.push(veth(hostIndex, name, inode, hostIndex - 1, 'eth0', [], 'docker0'));
    nets.push({
      inode,
      initial: false,
      pids: [100 + 10 * c],
      leader: { pid: 100 + 10 * c, comm: 'sleep', args: 'sleep 1000' },
      hostname: hex(c + 1, 12),
      interfaces: [lo(true), veth(hostIndex - 1, 'eth0', HOST_NET, hostIndex, name, [ip])],
    });
  }
  for (let u = 0; u < unshared; u++) {
    const pid = 5000 + u;
    const leader = { pid, comm: 'sh', args: 'sh' };
    nets.push({
      inode: FIRST_NS + 5 * containers + u,
      initial: false,
      pids: [pid],
      leader,
      hostname: 'glasshouse',
      interfaces: [lo(false)],
    });
  }
  const hostNs: NetNamespaceInfo = {
    inode: HOST_NET,
    initial: true,
    pids: [1, 4, 9],
    leader: { pid: 1, comm: 'init', args: '/sbin/init' },
    hostname: 'glasshouse',
    interfaces: host,
  };
  return [hostNs, ...nets];
}

/** Container `c`'s eth0 and its host end down (`ip link set eth0 down` inside). */
function setDown(nets: NetNamespaceInfo[], c: number): NetNamespaceInfo[] {
  const inode = FIRST_NS + 5 * c + 4;
  const down = (i: InterfaceInfo): InterfaceInfo => ({ ...i, up: false, operstate: 'DOWN' });
  const lower = (i: InterfaceInfo): InterfaceInfo => ({ ...i, operstate: 'LOWERLAYERDOWN' });
  return nets.map((n) =>
    n.inode === inode
      ? { ...n, interfaces: n.interfaces.map((i) => (i.name === 'eth0' ? down(i) : i)) }
      : n.initial
        ? { ...n, interfaces: n.interfaces.map((i) => (i.peer?.netns === inode ? lower(i) : i)) }
        : n,
  );
}

export function machineFixture(options: MachineFixtureOptions = {}): MachineSnapshot {
  const { containers = 50, layers = 5, unshared = 0, tick = 0, churn = false } = options;
  const changed = churn && containers > 0 ? tick % containers : -1;
  const host: MountNamespaceInfo = {
    inode: HOST_MNT,
    initial: true,
    pids: [1, 4, 9],
    leader: { pid: 1, comm: 'init', args: '/sbin/init' },
    hostname: 'glasshouse',
    mounts: hostMounts(containers, layers),
  };
  const mnts = Array.from({ length: containers }, (_, c): MountNamespaceInfo => {
    const pid = 100 + 10 * c;
    return {
      inode: FIRST_NS + 5 * c,
      initial: false,
      pids: [pid],
      leader: { pid, comm: 'sleep', args: 'sleep 1000' },
      hostname: hex(c + 1, 12),
      mounts: [
        ...containerMounts(c, layers, 1000 + 20 * c),
        ...(c === changed ? [mount(1000 + 20 * c + 15, 1000 + 20 * c, '/mnt', 'tmpfs', 'tmpfs')] : []),
      ],
    };
  });
  return {
    timeNs: 1_000_000_000 * (tick + 1),
    mountNamespaces: [host, ...mnts],
    netNamespaces: churn ? setDown(networks(containers, unshared), changed) : networks(containers, unshared),
    memory: {
      totalBytes: 23 * 1024 ** 3,
      usedBytes: 160 * 1024 ** 2 + (containers + 3) * 1024 ** 2 + tick * 4096,
    },
    cpus: 2,
    kernelRelease: '6.18.0-glasshouse',
  };
}

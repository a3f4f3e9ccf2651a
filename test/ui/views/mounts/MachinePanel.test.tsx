// The Mounts & network panel drawn from hand-made snapshots in jsdom: the mount tree of the chosen
// namespace with badges and overlay layers, options on demand, the network diagram's boxes,
// interfaces and links (kept across snapshots by key) and the text alternative.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MachinePanel } from '../../../../src/ui/views/mounts/MachinePanel';
import type { MachineSnapshot, MountInfo, NetNamespaceInfo } from '../../../../src/world/inspect/types';
import { machineFixture } from '../../../bench/views/mounts.fixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const m = (
  id: number,
  parentId: number,
  target: string,
  fstype: string,
  more: Partial<MountInfo> = {},
): MountInfo => ({
  id,
  parentId,
  target,
  source: fstype,
  fstype,
  options: 'rw,relatime',
  superOptions: 'rw',
  root: '/',
  device: `0:${id}`,
  propagation: 'private',
  optionalFields: '',
  ...more,
});

const overlay = { lowerdir: ['/ovl/l/AAA', '/ovl/l/BBB'], upperdir: '/ovl/c1/diff', workdir: '/ovl/c1/work' };

function snapshot(extraNet: NetNamespaceInfo[] = []): MachineSnapshot {
  return {
    timeNs: 1,
    cpus: 2,
    kernelRelease: '6.18.0-glasshouse',
    memory: { totalBytes: 2 * 1024 ** 3, usedBytes: 300 * 1024 ** 2 },
    mountNamespaces: [
      {
        inode: 4026531832,
        initial: true,
        pids: [1],
        hostname: 'glasshouse',
        mounts: [m(21, 1, '/', 'tmpfs'), m(22, 21, '/proc', 'proc')],
      },
      {
        inode: 4026532178,
        initial: false,
        pids: [10],
        leader: { pid: 10, comm: 'sleep', args: 'sleep 1000' },
        hostname: 'c0ffee123456',
        mounts: [
          m(34, 1, '/', 'overlay', {
            overlay,
            superOptions: 'rw,lowerdir=/ovl/l/AAA:/ovl/l/BBB,upperdir=/ovl/c1/diff',
          }),
          m(35, 34, '/proc', 'proc'),
          m(36, 34, '/sys', 'sysfs'),
          m(37, 36, '/sys/fs/cgroup', 'cgroup2'),
          m(38, 34, '/etc/hostname', 'tmpfs', {
            root: '/containers/c1/hostname',
            propagation: 'shared',
            optionalFields: 'shared:3',
          }),
        ],
      },
    ],
    netNamespaces: [
      {
        inode: 4026531833,
        initial: true,
        pids: [1],
        hostname: 'glasshouse',
        interfaces: [
          {
            index: 1,
            name: 'lo',
            kind: 'loopback',
            up: true,
            operstate: 'UNKNOWN',
            mtu: 65536,
            mac: '00:00:00:00:00:00',
            addresses: ['127.0.0.1/8'],
          },
          {
            index: 3,
            name: 'docker0',
            kind: 'bridge',
            up: true,
            operstate: 'UP',
            mtu: 1500,
            mac: '02:42:00:00:00:01',
            addresses: ['172.17.0.1/16'],
          },
          {
            index: 5,
            name: 'vethabc',
            kind: 'veth',
            up: true,
            operstate: 'UP',
            mtu: 1500,
            mac: '02:42:00:00:00:05',
            addresses: [],
            master: 'docker0',
            peer: { netns: 4026532182, index: 4, name: 'eth0' },
          },
        ],
      },
      {
        inode: 4026532182,
        initial: false,
        pids: [10],
        leader: { pid: 10, comm: 'sleep', args: 'sleep 1000' },
        hostname: 'c0ffee123456',
        interfaces: [
          {
            index: 1,
            name: 'lo',
            kind: 'loopback',
            up: true,
            operstate: 'UNKNOWN',
            mtu: 65536,
            mac: '00:00:00:00:00:00',
            addresses: ['127.0.0.1/8'],
          },
          {
            index: 4,
            name: 'eth0',
            kind: 'veth',
            up: true,
            operstate: 'UP',
            mtu: 1500,
            mac: '02:42:ac:11:00:02',
            addresses: ['172.17.0.2/16'],
            peer: { netns: 4026531833, index: 5, name: 'vethabc' },
          },
        ],
      },
      ...extraNet,
    ],
  };
}

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const render = (s: MachineSnapshot): void => act(() => root.render(<MachinePanel snapshot={s} />));
const $ = <E extends Element>(sel: string): E => host.querySelector<E>(sel)!;
const $$ = (sel: string): Element[] => [...host.querySelectorAll(sel)];

function choose(inode: number): void {
  const select = $<HTMLSelectElement>('select');
  act(() => {
    select.value = String(inode);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('MachinePanel: mounts', () => {
  it('names the machine and offers each mount namespace, the host first and chosen', () => {
    render(snapshot());
    expect($('.machine-line').textContent).toBe(
      'Linux 6.18.0-glasshouse · 2 CPUs · memory 300 MiB used of 2.0 GiB',
    );
    const options = $$('select option').map((o) => o.textContent);
    expect(options).toEqual(['mnt:[4026531832] host', 'mnt:[4026532178] c0ffee123456 — sleep 1000 (pid 10)']);
    expect($<HTMLSelectElement>('select').value).toBe('4026531832');
    expect($$('.mnt-target').map((e) => e.textContent)).toEqual(['/', '/proc']);
  });

  it("draws the chosen namespace's tree: overlay root open to its layers, nested mounts, badges", () => {
    render(snapshot());
    choose(4026532178);
    const rootItem = $('[data-mount-id="34"]');
    const details = rootItem.querySelector('details')!;
    expect(details.open).toBe(true);
    expect(details.querySelector('summary')!.textContent).toContain('/ overlay overlay');
    const layers = [...details.querySelectorAll('.ovl-stack li')].map((li) => li.textContent);
    expect(layers).toEqual([
      'upperdir /ovl/c1/diff',
      'lowerdir 1 /ovl/l/AAA',
      'lowerdir 2 /ovl/l/BBB',
      'workdir /ovl/c1/work',
    ]);
    // /sys/fs/cgroup is nested under /sys, which is under the overlay root.
    expect($('[data-mount-id="36"] [data-mount-id="37"] .mnt-badge')!.className).toBe('mnt-badge mnt-cgroup');
    expect([...$('[data-mount-id="38"]').querySelectorAll('.mnt-badge')].map((b) => b.textContent)).toEqual([
      'tmpfs',
      'bind',
    ]);
    expect($('[data-mount-id="35"] .mnt-badge').className).toBe('mnt-badge mnt-proc');
  });

  it('shows options and propagation on demand', () => {
    render(snapshot());
    choose(4026532178);
    expect($$('.mnt-options')).toHaveLength(0);
    const box = $<HTMLInputElement>('.mnt-toggle input');
    act(() => box.click());
    expect($$('.mnt-options')).toHaveLength(5);
    expect($('[data-mount-id="38"] .mnt-options').textContent).toBe(
      'mountrw,relatimefsrwpropagationshared (shared:3)root/containers/c1/hostname',
    );
  });
});

describe('MachinePanel: network', () => {
  it('draws a box per namespace with its interfaces, the veth pair and the bridge port', () => {
    render(snapshot());
    const svg = $('svg.net-diagram');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Network: 2 network namespaces, 1 veth pair, bridge docker0 with 1 port.',
    );
    expect(
      $$('g.netns').map((g) => [
        g.querySelector('text.title')!.textContent,
        g.querySelector('text.sub')!.textContent,
      ]),
    ).toEqual([
      ['net:[4026531833]', 'host'],
      ['net:[4026532182]', 'c0ffee123456 · sleep 10'],
    ]);
    const rows = $$('g.netns[data-netns="4026532182"] g.iface').map((g) => [
      g.querySelector('.name')!.textContent,
      g.querySelector('.addr')!.textContent,
    ]);
    expect(rows).toEqual([
      ['lo', '↻ 127.0.0.1/8'],
      ['eth0 (veth)', '172.17.0.2/16'],
    ]);
    // Ports sit under their bridge.
    expect($$('g.netns[data-netns="4026531833"] g.iface').map((g) => g.getAttribute('data-key'))).toEqual([
      '4026531833:1',
      '4026531833:3',
      '4026531833:5',
    ]);
    expect($$('path.link-veth').map((p) => p.getAttribute('data-key'))).toEqual([
      '4026531833:5=4026532182:4',
    ]);
    expect($$('path.link-port').map((p) => p.getAttribute('data-key'))).toEqual([
      '4026531833:3>4026531833:5',
    ]);
  });

  it('keeps elements across snapshots (keyed joins) and adds a new namespace', () => {
    render(snapshot());
    const before = $('g.netns[data-netns="4026532182"]');
    const link = $('path.link-veth');
    const unshared: NetNamespaceInfo = {
      inode: 4026532190,
      initial: false,
      pids: [20],
      leader: { pid: 20, comm: 'sh', args: 'sh' },
      hostname: 'glasshouse',
      interfaces: [
        {
          index: 1,
          name: 'lo',
          kind: 'loopback',
          up: false,
          operstate: 'DOWN',
          mtu: 65536,
          mac: '00:00:00:00:00:00',
          addresses: [],
        },
      ],
    };
    render(snapshot([unshared]));
    expect($('g.netns[data-netns="4026532182"]')).toBe(before);
    expect($('path.link-veth')).toBe(link);
    expect($$('g.netns')).toHaveLength(3);
    expect($('g.netns[data-netns="4026532190"] circle.state').getAttribute('class')).toBe('state down');
  });

  it('names an ip netns namespace and curves a veth between two non-host namespaces out to the right', () => {
    const lo = {
      index: 1,
      name: 'lo',
      kind: 'loopback',
      up: false,
      operstate: 'DOWN',
      mtu: 65536,
      mac: '00:00:00:00:00:00',
      addresses: [],
    } as const;
    const end = (inode: number, index: number, peerNs: number, peerIndex: number) =>
      ({
        index,
        name: `v${index}`,
        kind: 'veth',
        up: true,
        operstate: 'UP',
        mtu: 1500,
        mac: '02:00:00:00:00:01',
        addresses: [],
        peer: { netns: peerNs, index: peerIndex, name: `v${peerIndex}` },
      }) as const;
    const blue: NetNamespaceInfo = {
      inode: 4026532300,
      initial: false,
      pids: [],
      hostname: '',
      bindMounts: ['/run/netns/blue'],
      interfaces: [lo, end(4026532300, 2, 4026532301, 3)],
    };
    const red: NetNamespaceInfo = {
      inode: 4026532301,
      initial: false,
      pids: [],
      hostname: '',
      bindMounts: ['/run/netns/red'],
      interfaces: [lo, end(4026532301, 3, 4026532300, 2)],
    };
    render(snapshot([blue, red]));
    expect($('g.netns[data-netns="4026532300"] text.sub').textContent).toBe('ip netns blue');
    const link = $('path.link-veth[data-key="4026532300:2=4026532301:3"]');
    const [x1, , cx] = link
      .getAttribute('d')!
      .match(/[\d.]+/g)!
      .map(Number);
    expect(cx).toBeGreaterThan(x1!);
    expect(Number($('svg.net-diagram').getAttribute('width'))).toBeGreaterThan(2 * 240 + 80 + 60);
  });

  it('gives the same facts as text', () => {
    render(snapshot());
    const items = $$('.net-text li li').map((li) => li.textContent);
    expect(items).toEqual([
      'lo (loopback, UNKNOWN) 127.0.0.1/8',
      'docker0 (bridge, UP) 172.17.0.1/16, ports vethabc',
      'vethabc (veth, UP) no IPv4 address, port of bridge docker0, veth peer eth0 in net:[4026532182] c0ffee123456 · sleep 10',
      'lo (loopback, UNKNOWN) 127.0.0.1/8',
      'eth0 (veth, UP) 172.17.0.2/16, veth peer vethabc in net:[4026531833] host',
    ]);
  });

  it('lays out 50 containers: 51 boxes, 50 veth links and 50 bridge ports, no overlaps', () => {
    render(machineFixture({ containers: 50, unshared: 2 }));
    expect($$('g.netns')).toHaveLength(53);
    expect($$('path.link-veth')).toHaveLength(50);
    expect($$('path.link-port')).toHaveLength(50);
    expect($$('path.link').every((p) => !/NaN|undefined/.test(p.getAttribute('d')!))).toBe(true);
    const ys = $$('g.netns')
      .slice(1)
      .map((g) => Number(/translate\([\d.]+px, ([\d.]+)px\)/.exec(g.getAttribute('style')!)![1]));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(52);
    expect($$('select option')).toHaveLength(51);
    const box = $('g.netns[data-netns="4026532197"]');
    render(machineFixture({ containers: 50, unshared: 2, tick: 3, churn: true }));
    expect($('g.netns[data-netns="4026532197"]')).toBe(box);
    expect(box.querySelector('g.iface[data-key="4026532197:10"] circle')!.getAttribute('class')).toBe(
      'state down',
    );
  });
});

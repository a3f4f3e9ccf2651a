// The Container vs VM view from hand-made snapshots in jsdom: compare() finds the qemu process
// and the container's pid namespace; VmPanel draws the VM's layers and ~200 MiB beside the
// container's process tree and ~1 MiB on one scale, the table with the same facts, and the
// commands to type when neither runs. BootWatch judges a boot from the RSS settling.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VmPanel } from '../../../../src/ui/views/vm/VmPanel';
import { BootWatch } from '../../../../src/ui/views/vm/boot';
import { compare, ramFromArgs } from '../../../../src/ui/views/vm/model';
import type { NsKind, ProcessInfo, ProcessSnapshot } from '../../../../src/world/inspect/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const MiB = 1024 ** 2;
const HOST_NS: Record<NsKind, number> = {
  pid: 4026531836, mnt: 4026531841, uts: 4026531838, net: 4026531840,
  ipc: 4026531839, user: 4026531837, cgroup: 4026531835, time: 4026531834,
}; // prettier-ignore
const CT_NS: Record<NsKind, number> = { ...HOST_NS, pid: 4026532181, mnt: 4026532180, uts: 4026532179, net: 4026532183, ipc: 4026532182 }; // prettier-ignore
const ID = '4be182efb42aadf221fa29631e6653a8828813ceda452a4de44a24a78c531e24';

function proc(
  pid: number,
  ppid: number,
  comm: string,
  args: string,
  more: Partial<ProcessInfo> = {},
): ProcessInfo {
  return {
    pid, ppid, comm, args, state: 'S', uid: 0, nsPids: [{ ns: HOST_NS.pid, pid }], ns: HOST_NS,
    cgroup: '/', rssBytes: MiB, cpuNs: 1000, startNs: 0, hostname: 'glasshouse', ...more,
  }; // prettier-ignore
}

function inContainer(pid: number, ppid: number, nsPid: number, comm: string, args: string): ProcessInfo {
  return proc(pid, ppid, comm, args, {
    ns: CT_NS,
    nsPids: [
      { ns: HOST_NS.pid, pid },
      { ns: CT_NS.pid, pid: nsPid },
    ],
    cgroup: `/system.slice/docker-${ID}.scope`,
    hostname: ID.slice(0, 12),
    startNs: 2e9,
    cpuNs: 16000,
  });
}

function snapshot(extra: ProcessInfo[] = []): ProcessSnapshot {
  return {
    timeNs: 10e9,
    processes: [proc(1, 0, 'init', '/sbin/init'), ...extra],
    namespaces: [
      { kind: 'pid', inode: HOST_NS.pid, initial: true, pids: [1] },
      { kind: 'pid', inode: CT_NS.pid, initial: false, parent: HOST_NS.pid, pids: [] },
    ],
  };
}

const VM = proc(
  4,
  1,
  'qemu-system-x86',
  'qemu-system-x86_64 -m 1G -smp 2 -name web -display none -daemonize',
  {
    rssBytes: 200 * MiB,
    cpuNs: 1.66e9,
    startNs: 1e9,
  },
);
const CONTAINER = [
  proc(9, 1, 'containerd-shim', 'containerd-shim -id ' + ID),
  inContainer(10, 9, 1, 'sh', 'sh -c sleep 1000 & wait'),
  inContainer(11, 10, 7, 'sleep', 'sleep 1000'),
];
const machine = {
  memory: { totalBytes: 23 * 1024 * MiB, usedBytes: 380 * MiB },
  kernelRelease: '6.18.0-glasshouse',
};

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

function render(ps: ProcessSnapshot, booted = true): void {
  const c = compare(ps, machine);
  const boot = new Map(c.vms.map((v) => [v.pid, { booted, bootNs: booted ? 3.4e9 : null }]));
  act(() => root.render(<VmPanel comparison={c} boot={boot} />));
}

const text = (selector: string): string => host.querySelector(selector)?.textContent ?? '';

describe('compare', () => {
  it('finds the VM by its qemu command and the container by its pid namespace', () => {
    const c = compare(snapshot([VM, ...CONTAINER]), machine);
    expect(c.vms.map((v) => [v.pid, v.name, v.ramBytes, v.cpus, v.upNs])).toEqual([
      [4, 'web', 1024 * MiB, 2, 9e9],
    ]);
    expect(c.containers).toHaveLength(1);
    const ct = c.containers[0]!;
    expect(ct.label).toBe('container 4be182efb42a');
    expect(ct.processes.map((p) => [p.comm, p.nsPid, p.pid, p.depth])).toEqual([
      ['sh', 1, 10, 0],
      ['sleep', 7, 11, 1],
    ]);
    expect(ct.rssBytes).toBe(2 * MiB);
  });

  it('reads -m as qemu does: default 128M, plain numbers in MiB, suffixes', () => {
    expect(ramFromArgs(['qemu-system-x86_64'])).toBe(128 * MiB);
    expect(ramFromArgs(['qemu-system-x86_64', '-m', '512'])).toBe(512 * MiB);
    expect(ramFromArgs(['qemu-system-x86_64', '-m', '2G'])).toBe(2048 * MiB);
    expect(ramFromArgs(['qemu-system-x86_64', '-m', 'size=1.5G,slots=2'])).toBe(1536 * MiB);
  });
});

describe('VmPanel', () => {
  it('with neither running, explains and gives the two commands', () => {
    render(snapshot());
    expect(text('.vm-intro')).toContain('boots its own kernel');
    expect([...host.querySelectorAll('.vm-command')].map((e) => e.textContent)).toEqual([
      'qemu-system-x86_64 -m 1G -display none -daemonize',
      'docker run -d busybox sleep 1000',
    ]);
    expect(host.querySelector('table')).toBeNull();
  });

  it('draws the VM as layers over one qemu process of 200 MiB, beside the container of 2 MiB', () => {
    render(snapshot([VM, ...CONTAINER]));
    const vm = host.querySelector('.vm-stack-vm')!;
    expect(vm.getAttribute('aria-label')).toBe('VM web');
    expect([...vm.querySelectorAll('.vm-layer')].map((l) => l.textContent)).toEqual([
      'guest processes — invisible to the host',
      'guest init: systemd (pid 1 of the guest)',
      'guest kernel: Linux 6.1 (guest) · 1.0 GiB RAM · 2 vCPU',
      'host process qemu-system-x86 pid 4 · RSS 200 MiB',
    ]);
    expect(vm.querySelector('.vm-facts')!.textContent).toBe('booted in 3.4 s · CPU 1.7 s · up 9.0 s');
    const ct = host.querySelector('.vm-stack-ct')!;
    expect(ct.querySelector('h5')!.textContent).toBe('container 4be182efb42a hostname 4be182efb42a');
    expect([...ct.querySelectorAll('.vm-proc-tree li')].map((l) => l.textContent)).toEqual([
      'sh pid 1 (host 10) · 1.0 MiB',
      'sleep pid 7 (host 11) · 1.0 MiB',
    ]);
    expect(text('.vm-host-kernel')).toContain('Linux 6.18.0-glasshouse');
  });

  it('puts both on one scale: the VM bar is 100 times the container bar', () => {
    render(snapshot([VM, ...CONTAINER]));
    const bars = [...host.querySelectorAll('svg.vm-bars rect.vm-bar')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(bars).toHaveLength(2);
    expect(bars[0]! / bars[1]!).toBeCloseTo(100, 0);
    expect(host.querySelector('svg.vm-bars')!.getAttribute('aria-label')).toBe(
      'VM web (qemu pid 4): 200 MiB; container 4be182efb42a: 2.0 MiB',
    );
  });

  it('has a table with memory, start, kernel and processes for each', () => {
    render(snapshot([VM, ...CONTAINER]));
    const rows = [...host.querySelectorAll('table.vm-table tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['', 'VM web', 'container 4be182efb42a'],
      ['Memory (RSS)', '200 MiB (guest RAM 1.0 GiB)', '2.0 MiB'],
      ['Start', 'booted in 3.4 s, 1.7 s of CPU', 'no boot: 32 µs of CPU'],
      ['Kernel', 'its own: Linux 6.1 (guest)', "the host's: Linux 6.18.0-glasshouse"],
      [
        'Processes',
        "1 on the host (qemu pid 4); the guest's are hidden inside it",
        '2 on the host (sh, sleep)',
      ],
    ]);
    expect(host.querySelector('th[scope=col]')).not.toBeNull();
    expect(host.querySelector('th[scope=row]')).not.toBeNull();
  });

  it('marks the guest layers as pending while the VM boots, and hints at the missing side', () => {
    render(snapshot([VM]), false);
    expect(text('.vm-stack-vm .vm-status')).toBe('booting…');
    expect(host.querySelectorAll('.vm-pending')).toHaveLength(3);
    expect(text('.vm-hint')).toBe('No container running. Start one with docker run -d busybox sleep 1000');
  });
});

describe('BootWatch', () => {
  it('calls a VM booted once its RSS stops growing for 1.5 s, and times the boot to the last growth', () => {
    const w = new BootWatch();
    const vm = (rss: number, t: number) => [
      { ...compare(snapshot([VM]), machine).vms[0]!, rssBytes: rss, upNs: t - 1e9 },
    ];
    expect(w.update(vm(40 * MiB, 1.2e9), 1.2e9).get(4)).toEqual({ booted: false, bootNs: null });
    expect(w.update(vm(120 * MiB, 2.5e9), 2.5e9).get(4)).toEqual({ booted: false, bootNs: null });
    expect(w.update(vm(200 * MiB, 4.4e9), 4.4e9).get(4)).toEqual({ booted: false, bootNs: null });
    expect(w.update(vm(200 * MiB, 6e9), 6e9).get(4)).toEqual({ booted: true, bootNs: 3.4e9 });
  });

  it('gives no boot time for a VM first seen already settled', () => {
    const w = new BootWatch();
    const vm = (t: number) => [{ ...compare(snapshot([VM]), machine).vms[0]!, upNs: t - 1e9 }];
    w.update(vm(60e9), 60e9);
    expect(w.update(vm(62e9), 62e9).get(4)).toEqual({ booted: true, bootNs: null });
  });
});

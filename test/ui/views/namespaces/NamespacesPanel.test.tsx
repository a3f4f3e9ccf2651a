// The namespace view's pure panel in jsdom with a hand-made snapshot: a host with a shell that ran
// `unshare -p -f --mount-proc --uts sh`, whose sh started a sleep; plus host noise.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NsKind, ProcessInfo, ProcessSnapshot } from '../../../../src/world/inspect/types';
import { NamespacesPanel } from '../../../../src/ui/views/namespaces/NamespacesPanel';
import { makeProcessSnapshot } from '../../../bench/views/namespaces.fixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOST: Record<NsKind, number> = {
  pid: 4026531836,
  mnt: 4026531832,
  uts: 4026531838,
  net: 4026531833,
  ipc: 4026531839,
  user: 4026531837,
  cgroup: 4026531835,
  time: 4026531834,
};
const CHILD = { pid: 4026532180, mnt: 4026532178, uts: 4026532179 };

function proc(pid: number, ppid: number, comm: string, inside?: number): ProcessInfo {
  const child = inside !== undefined;
  return {
    pid,
    ppid,
    comm,
    args: comm === 'sleep' ? 'sleep 300' : comm,
    state: 'S',
    uid: 0,
    nsPids: child
      ? [
          { ns: HOST.pid, pid },
          { ns: CHILD.pid, pid: inside },
        ]
      : [{ ns: HOST.pid, pid }],
    ns: child || comm === 'unshare' ? { ...HOST, ...CHILD, pid: child ? CHILD.pid : HOST.pid } : { ...HOST },
    cgroup: '/',
    rssBytes: 1 << 20,
    cpuNs: 0,
    startNs: 0,
    hostname: child || comm === 'unshare' ? 'inside' : 'glasshouse',
  };
}

function snapshot(extra: readonly ProcessInfo[] = []): ProcessSnapshot {
  const processes = [
    proc(1, 0, 'init'),
    proc(50, 1, 'sshd'),
    proc(51, 1, 'cron'),
    proc(100, 1, 'bash'),
    proc(200, 100, 'unshare'),
    proc(201, 200, 'sh', 1),
    proc(202, 201, 'sleep', 2),
    ...extra,
  ];
  const kinds = Object.keys(HOST) as NsKind[];
  const namespaces = kinds.flatMap((kind) => {
    const inodes = [...new Set(processes.map((p) => p.ns[kind]))];
    return inodes.map((inode) => ({
      kind,
      inode,
      initial: inode === HOST[kind],
      pids: processes.filter((p) => p.ns[kind] === inode).map((p) => p.pid),
      ...(kind === 'pid' && inode !== HOST.pid ? { parent: HOST.pid } : {}),
    }));
  });
  return { timeNs: 0, processes, namespaces };
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

const render = (snap: ProcessSnapshot): void =>
  act(() => root.render(<NamespacesPanel snapshot={snap} duration={0} />));
const row = (pid: number): HTMLButtonElement | null =>
  host.querySelector(`button.nsv-proc[data-pid="${pid}"]`);
const chip = (pid: number, kind: string): HTMLElement =>
  row(pid)!.querySelector(`.nsv-chip[data-kind="${kind}"]`)!;

describe('NamespacesPanel', () => {
  it('draws the host box with the child pid namespace inside it, and each row with its pids', () => {
    render(snapshot());
    const groups = [...host.querySelectorAll<HTMLElement>('.nsv-group')];
    expect(groups.map((g) => g.dataset['inode'])).toEqual([String(HOST.pid), String(CHILD.pid)]);
    expect(groups[0]!.textContent).toMatch(/^Host pid namespace pid:\[4026531836\]/);
    expect(groups[1]!.textContent).toContain('Pid namespace pid:[4026532180] · level 1 · 2 processes');
    expect(groups[1]!.textContent).toContain('init: sh (host pid 201)');
    expect(row(202)!.dataset['pidns']).toBe(String(CHILD.pid));
    expect(row(202)!.textContent).toContain('sleep — pid 2 here · 202 on the host');
    expect(row(201)!.getAttribute('aria-label')).toBe(
      'sh — pid 1 here · 201 on the host; own mnt, uts namespaces',
    );
    expect(row(100)!.dataset['pidns']).toBe(String(HOST.pid));
    expect(row(100)!.getAttribute('aria-label')).toBe('bash — pid 100; host namespaces');
  });

  it('marks unshared namespaces with one colour per inode, shared ones hollow', () => {
    render(snapshot());
    expect(chip(202, 'uts').classList.contains('nsv-own')).toBe(true);
    expect(chip(202, 'net').classList.contains('nsv-own')).toBe(false);
    expect(chip(200, 'mnt').classList.contains('nsv-own')).toBe(true);
    const uts = chip(202, 'uts').style.getPropertyValue('--c');
    expect(uts).toMatch(/^var\(--ns-\d\)$/);
    expect(chip(201, 'uts').style.getPropertyValue('--c')).toBe(uts);
    expect(chip(202, 'mnt').style.getPropertyValue('--c')).not.toBe(uts);
    const legend = host.querySelector('.nsv-legend ul')!;
    expect(legend.textContent).toContain('uts:[4026532179]');
    expect(legend.textContent).not.toContain('net:[');
  });

  it('folds host processes that are not above another namespace, and shows them on request', () => {
    render(snapshot());
    expect(row(50)).toBeNull();
    expect(row(51)).toBeNull();
    expect(row(1)).not.toBeNull();
    expect(host.querySelector('.nsv-fold')!.textContent).toContain('2 host processes folded');
    const toggle = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Show all host processes',
    )!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(row(50)).not.toBeNull();
    expect(host.querySelector('.nsv-fold')).toBeNull();
  });

  it('selecting a row (click, then arrow keys) shows its /proc/PID/ns links and facts', () => {
    render(snapshot());
    expect(host.textContent).toContain('Select a process');
    act(() => row(202)!.click());
    const details = host.querySelector('.nsv-details')!;
    expect(details.textContent).toContain('pid -> pid:[4026532180]');
    expect(details.textContent).toContain('uts -> uts:[4026532179]');
    expect(details.textContent).toContain('net -> net:[4026531833]');
    expect(details.querySelectorAll('.nsv-links li')).toHaveLength(8);
    expect(details.textContent).toContain('inside');
    expect(details.textContent).toContain('sleep 300');
    expect(row(202)!.getAttribute('aria-current')).toBe('true');
    expect(row(202)!.tabIndex).toBe(0);
    row(202)!.focus();
    act(() => {
      row(202)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    });
    expect(row(201)!.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(row(201));
    expect(row(202)!.tabIndex).toBe(-1);
  });

  it('keeps the same element per pid across snapshots and drops exited processes', () => {
    render(snapshot());
    const sleep = row(202);
    render(snapshot([proc(203, 201, 'cat', 3)]));
    expect(row(202)).toBe(sleep);
    expect(row(203)!.dataset['pidns']).toBe(String(CHILD.pid));
    const rows = [...host.querySelectorAll<HTMLElement>('button.nsv-proc')].map((b) => b.dataset['pid']);
    expect(rows).toEqual(['1', '100', '200', '201', '202', '203']);
    render({ ...snapshot(), processes: snapshot().processes.slice(0, 6) });
    expect(row(202)).toBeNull();
  });

  it('has a text description with the same nesting', () => {
    render(snapshot());
    const top = host.querySelector('.nsv-text > ul > li')!;
    expect(top.firstChild!.textContent).toContain('Host pid namespace pid:[4026531836] · 5 processes');
    const child = top.querySelector(`li[data-inode="${CHILD.pid}"]`)!;
    const items = [...child.querySelectorAll(':scope > ul > li')].map((li) => li.textContent);
    expect(items).toEqual([
      'sh — pid 1 here · 201 on the host; own mnt, uts namespaces',
      'sleep — pid 2 here · 202 on the host; own mnt, uts namespaces',
    ]);
    expect(host.querySelector('.nsv-text')!.textContent).toContain('2 host processes that are neither');
  });

  it('lays out the 200-process bench fixture in nested boxes', () => {
    act(() => root.render(<NamespacesPanel snapshot={makeProcessSnapshot(200)} duration={0} showAll />));
    expect(host.querySelectorAll('button.nsv-proc')).toHaveLength(200);
    expect(host.querySelectorAll('.nsv-group')).toHaveLength(11);
    expect(host.querySelectorAll('.nsv-group[data-level="2"]')).toHaveLength(1);
  });
});

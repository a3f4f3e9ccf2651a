// The trace panel with a synthetic trace: grouped by process as an ARIA tree, highlighted calls
// tagged and explained, filter and "highlights only", keyboard, and a long trace kept virtual.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TraceSyscall } from '../../../../src/kernel/abi/trace';
import type { CommandTrace } from '../../../../src/world/trace/types';
import { TracePanel } from '../../../../src/ui/views/trace/TracePanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let seq = 0;
function call(
  pid: number,
  comm: string,
  sys: string,
  args: TraceSyscall['args'],
  result: number,
  fdPath?: string,
): TraceSyscall {
  const name = { open: 'openat', exit: 'exit_group' }[sys] ?? sys;
  return {
    type: 'syscall',
    phase: 'call',
    seq: seq++,
    pid,
    comm,
    time: seq * 1000,
    name,
    sys,
    args,
    result,
    ...(fdPath ? { fdPath } : {}),
  };
}

const CLONE_NEW = 0x20000 | 0x4000000 | 0x8000000 | 0x20000000 | 0x40000000;

function sample(extra = 0): CommandTrace {
  const docker = [call(120, 'docker', 'write', ['x'], 1), call(120, 'docker', 'read', [3, 4096], 10)];
  const runc = [
    call(130, 'runc', 'clone', [CLONE_NEW | 17], 131),
    call(
      130,
      'runc',
      'write',
      [5, { bytes: new TextEncoder().encode('131\n'), length: 4 }],
      4,
      '/sys/fs/cgroup/system.slice/docker-abc.scope/cgroup.procs',
    ),
    call(
      131,
      'runc',
      'mount',
      ['overlay', '/var/lib/docker/overlay2/abc/merged', 'overlay', 0, 'lowerdir=/l'],
      0,
    ),
    call(131, 'runc', 'pivot_root', ['.', '.'], 0),
  ];
  for (let i = 0; i < extra; i++) runc.push(call(131, 'runc', 'getpid', [], 1));
  return {
    command: 'docker run --rm busybox true',
    startNs: 0,
    endNs: 5_000_000,
    running: false,
    processes: [
      { pid: 120, ppid: 100, comm: 'docker', records: docker },
      { pid: 131, ppid: 130, comm: 'runc', records: runc },
    ],
    total: docker.length + runc.length,
    truncated: 0,
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

const show = (trace: CommandTrace | null): void => act(() => root.render(<TracePanel trace={trace} />));
const items = (): HTMLElement[] => [...host.querySelectorAll<HTMLElement>('[role=treeitem]')];
const groups = (): HTMLElement[] => items().filter((e) => e.getAttribute('aria-level') === '1');
const type = (input: HTMLInputElement, value: string): void =>
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('TracePanel', () => {
  it('says what to do before any command', () => {
    show(null);
    expect(host.textContent).toBe('Type a command in the terminal; its system calls appear here.');
  });

  it('groups calls by process in a tree, with counts, and tags and explains highlighted calls', () => {
    show(sample());
    expect(host.querySelector('.trace-command')?.textContent).toContain('docker run --rm busybox true');
    expect(host.querySelector('[role=tree]')?.getAttribute('aria-label')).toBe(
      'System calls of docker run --rm busybox true, by process',
    );
    expect(groups().map((g) => [g.textContent, g.getAttribute('aria-expanded')])).toEqual([
      ['▾120 docker (2 calls)', 'true'],
      ['▾131 runc (4 calls, 4 highlighted)', 'true'],
    ]);
    const tags = [...host.querySelectorAll('.trace-highlight .trace-tag')].map((e) => e.textContent);
    expect(tags).toEqual(['ns', 'cgroup', 'mount', 'root']);
    expect(host.querySelector('.trace-note')?.textContent).toBe(
      '↳ creates a process (pid 131) in new pid, mount, UTS, IPC and network namespaces',
    );
    expect(host.querySelectorAll('.trace-note')).toHaveLength(4);
    // The explanation is part of the call's accessible text; the note row is for the eye.
    const clone = items().find((e) => e.classList.contains('trace-kind-namespace'));
    expect(clone?.querySelector('.visually-hidden')?.textContent).toMatch(/^ — \S/);
    expect(host.querySelector('.trace-note')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('filters by call name or text, and shows highlights only', () => {
    show(sample());
    const filter = host.querySelector<HTMLInputElement>('input[type=search]')!;
    type(filter, 'pivot_root');
    expect(items().filter((e) => e.getAttribute('aria-level') === '2')).toHaveLength(1);
    expect(groups().map((g) => g.textContent)).toEqual(['▾131 runc (4 calls, 1 shown, 4 highlighted)']);
    type(filter, '');
    act(() => host.querySelector<HTMLInputElement>('input[type=checkbox]')!.click());
    expect(groups()).toHaveLength(1);
    expect(items().filter((e) => e.getAttribute('aria-level') === '2')).toHaveLength(4);
  });

  it('moves with the arrow keys and opens and closes a process with Left, Right and Enter', () => {
    show(sample());
    const tree = host.querySelector<HTMLElement>('[role=tree]')!;
    const key = (k: string): void =>
      act(() => void tree.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    const active = (): string | null | undefined =>
      document.getElementById(tree.getAttribute('aria-activedescendant') ?? '')?.textContent;
    expect(active()).toContain('120 docker');
    key('ArrowLeft');
    expect(groups()[0]?.getAttribute('aria-expanded')).toBe('false');
    key('ArrowRight');
    expect(groups()[0]?.getAttribute('aria-expanded')).toBe('true');
    key('ArrowRight');
    key('ArrowDown');
    key('ArrowDown');
    expect(active()).toContain('131 runc');
    key('Enter');
    expect(groups()[1]?.getAttribute('aria-expanded')).toBe('false');
    expect(items()).toHaveLength(4);
    key('End');
    expect(active()).toContain('131 runc');
    key('ArrowUp');
    key('ArrowLeft');
    expect(active()).toContain('120 docker');
  });

  it('keeps a trace of 20,000 calls virtual: only the rows in view are in the page', () => {
    show(sample(20_000));
    const rows = host.querySelectorAll('.trace-row');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(80);
    expect(host.querySelector<HTMLElement>('.trace-sizer')?.style.height).toBe(
      `${(2 + 4 + 4 + 2 + 20_000) * 20}px`,
    );
  });
});

// The System calls view's container: it shows the last command of the terminal the learner is
// using, re-reads it only when the terminal's trace generation moved, and not while hidden.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createStore } from 'zustand/vanilla';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Machine, MachineState } from '../../../../src/ui/machine';
import { TraceView } from '../../../../src/ui/views/trace/TraceView';
import type { CommandTrace } from '../../../../src/world/trace/types';
import type { Terminal } from '../../../../src/world/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const trace = (command: string): CommandTrace => ({
  command,
  startNs: 0,
  endNs: 1000,
  running: false,
  processes: [],
  total: 0,
  truncated: 0,
});

function fakeTerminal(index: number): Terminal & { set(t: CommandTrace): void; reads: number } {
  let current: CommandTrace | null = null;
  let generation = 0;
  return {
    index,
    reads: 0,
    input: () => undefined,
    onOutput: () => () => undefined,
    resize: () => undefined,
    set(t) {
      current = t;
      generation++;
    },
    lastCommand() {
      this.reads++;
      return current;
    },
    traceGeneration: () => generation,
  };
}

function fakeMachine(terminals: Map<number, Terminal>): { machine: Machine; pump(): void } {
  const pumped = new Set<() => void>();
  const store = createStore<MachineState>(() => ({
    status: 'running',
    world: null,
    terminal: terminals.get(1) ?? null,
    terminals,
    activeTerminal: 1,
    error: null,
    busy: false,
    epoch: 0,
    replay: null,
  }));
  const machine = {
    store,
    onAfterPump: (l: () => void) => (pumped.add(l), () => pumped.delete(l)),
  } as unknown as Machine;
  // Each pump is a frame 200 ms after the last (the view re-reads at most 8 times a second).
  return {
    machine,
    pump: () => {
      now += 200;
      act(() => pumped.forEach((l) => l()));
    },
  };
}

let now = 1000;
let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  vi.restoreAllMocks();
  act(() => root.unmount());
  host.remove();
});

describe('TraceView', () => {
  it('follows the active terminal and re-reads only after the trace changed', () => {
    const one = fakeTerminal(0);
    const two = fakeTerminal(1);
    const { machine, pump } = fakeMachine(
      new Map<number, Terminal>([
        [1, one],
        [2, two],
      ]),
    );
    act(() => root.render(<TraceView machine={machine} active />));
    expect(host.textContent).toContain('Type a command in the terminal');
    one.set(trace('uname -a'));
    pump();
    expect(host.querySelector('.trace-command')?.textContent).toContain('uname -a');
    const reads = one.reads;
    pump();
    pump();
    expect(one.reads).toBe(reads);
    two.set(trace('docker ps'));
    act(() => machine.store.setState({ activeTerminal: 2 }));
    expect(host.querySelector('.trace-command')?.textContent).toContain('docker ps');
  });

  it('reads nothing while its tab is hidden', () => {
    const one = fakeTerminal(0);
    one.set(trace('ls'));
    const { machine, pump } = fakeMachine(new Map<number, Terminal>([[1, one]]));
    act(() => root.render(<TraceView machine={machine} active={false} />));
    pump();
    expect(one.reads).toBe(0);
    act(() => root.render(<TraceView machine={machine} active />));
    expect(one.reads).toBe(1);
    expect(host.querySelector('.trace-command')?.textContent).toContain('ls');
  });
});

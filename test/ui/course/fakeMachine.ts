// A stand-in machine for the course panel's component tests: a running "world" that only
// answers history() and journal(), terminals that record what is typed, and load() recorded.

import { vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Journal } from '../../../src/world';
import type { Terminal, World } from '../../../src/world/types';
import type { Machine, MachineState } from '../../../src/ui/machine';

export interface FakeMachine {
  readonly machine: Machine;
  /** Everything typed into terminal 1. */
  readonly typed: string[];
  /** Command lines the shells "read". */
  readonly history: string[];
  readonly loads: Journal[];
}

export function fakeJournal(inputs: readonly string[]): Journal {
  return {
    version: 1,
    seed: 1,
    profile: 'default',
    uptimeNs: 10,
    entries: [
      { at: 0, op: 'open', cols: 80, rows: 24 },
      ...inputs.map((data, i) => ({ at: i + 1, op: 'input' as const, term: 0, data })),
    ],
  };
}

export function fakeMachine(): FakeMachine {
  const typed: string[] = [];
  const history: string[] = [];
  const loads: Journal[] = [];
  const terminal = {
    input: (data: string) => typed.push(data),
    traceGeneration: () => typed.length,
  } as unknown as Terminal;
  const world = {
    history: () => history,
    journalLength: () => history.length,
    journal: () => fakeJournal(history.map((h) => `${h}\r`)),
  } as unknown as World;
  const store = createStore<MachineState>(() => ({
    status: 'running',
    world,
    terminal,
    terminals: new Map([[1, terminal]]),
    activeTerminal: 1,
    error: null,
    busy: false,
    epoch: 1,
    replay: null,
  }));
  const machine = {
    store,
    load: vi.fn((journal: Journal) => void loads.push(journal)),
  } as unknown as Machine;
  return { machine, typed, history, loads };
}

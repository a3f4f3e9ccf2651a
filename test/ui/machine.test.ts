import { describe, expect, it, vi } from 'vitest';
import { createMachine } from '../../src/ui/machine';
import type { FrameClock } from '../../src/ui/runLoop';
import type { Replay } from '../../src/world';
import type { Terminal, World } from '../../src/world/types';

function manualClock() {
  let queued: (() => void) | null = null;
  const clock: FrameClock = {
    now: () => 0,
    request: (callback) => ((queued = callback), 1),
    cancel: () => (queued = null),
  };
  const frame = (): void => {
    const callback = queued;
    queued = null;
    callback?.();
  };
  return { clock, frame };
}

function fakeWorld(pump: () => boolean = () => false) {
  const resizes: [number, number][] = [];
  const opened: [number, number][] = [];
  const outputs = new Set<(data: string) => void>();
  const print = (data: string): void => outputs.forEach((listener) => listener(data));
  const terminal: Terminal = {
    index: 0,
    input: () => undefined,
    onOutput: (listener) => (outputs.add(listener), () => outputs.delete(listener)),
    resize: (cols, rows) => void resizes.push([cols, rows]),
    lastCommand: () => null,
    traceGeneration: () => 0,
  };
  const world: World = {
    seed: 1,
    profile: 'default',
    exec: () => ({ output: '', stdout: '', stderr: '', status: 0 }),
    openTerminal: (cols, rows) => (opened.push([cols, rows]), terminal),
    pump,
    uptimeNs: () => 0,
    advanceTo: () => true,
    journal: () => ({ version: 1, seed: 1, profile: 'default', uptimeNs: 0, entries: [] }),
    journalLength: () => 0,
    history: () => [],
    stats: () => ({ ticks: 0, tasks: 0 }),
    inspect: {} as World['inspect'],
  };
  return { world, terminal, resizes, opened, print };
}

describe('createMachine', () => {
  it('boots once, opens one terminal and resizes it on later calls', () => {
    const fake = fakeWorld();
    const make = vi.fn(() => fake.world);
    const machine = createMachine(make, manualClock().clock);
    expect(machine.store.getState().status).toBe('off');
    expect(machine.openTerminal(80, 24)).toBeNull();
    machine.boot();
    machine.boot();
    expect(make).toHaveBeenCalledTimes(1);
    expect(machine.store.getState().status).toBe('running');
    expect(machine.openTerminal(80, 24)).toBe(fake.terminal);
    expect(machine.openTerminal(100, 30)).toBe(fake.terminal);
    expect(fake.opened).toEqual([[80, 24]]);
    expect(fake.resizes).toEqual([[100, 30]]);
  });

  it('replays the output printed so far to each screen, then streams', () => {
    const fake = fakeWorld();
    const machine = createMachine(() => fake.world, manualClock().clock);
    machine.boot();
    machine.openTerminal(80, 24);
    fake.print('banner printed at login\r\n');
    fake.print('# ');
    const first: string[] = [];
    const stop = machine.onScreenOutput((d) => first.push(d));
    fake.print('echo hi');
    stop();
    fake.print('\r\n');
    expect(first).toEqual(['banner printed at login\r\n# ', 'echo hi']);
    const second: string[] = [];
    machine.onScreenOutput((d) => second.push(d));
    expect(second).toEqual(['banner printed at login\r\n# echo hi\r\n']);
  });

  it('opens further terminals by number, each with its own screen, and tracks the one in use', () => {
    const fake = fakeWorld();
    const machine = createMachine(() => fake.world, manualClock().clock);
    machine.boot();
    machine.openTerminal(80, 24);
    const second: Terminal = { ...fake.terminal, index: 1, onOutput: () => () => undefined };
    fake.world.openTerminal = (cols, rows) => (fake.opened.push([cols, rows]), second);
    expect(machine.openTerminal(90, 20, 2)).toBe(second);
    expect(machine.store.getState().terminal).toBe(fake.terminal);
    expect([...machine.store.getState().terminals.keys()]).toEqual([1, 2]);
    fake.print('only on one');
    const onTwo: string[] = [];
    machine.onScreenOutput((d) => onTwo.push(d), 2);
    expect(onTwo).toEqual([]);
    expect(machine.store.getState().activeTerminal).toBe(1);
    machine.setActiveTerminal(2);
    expect(machine.store.getState().activeTerminal).toBe(2);
  });

  it('tracks busy and calls after-pump listeners every frame', () => {
    let busy = true;
    const fake = fakeWorld(() => busy);
    const t = manualClock();
    const machine = createMachine(() => fake.world, t.clock);
    const flushed = vi.fn();
    machine.onAfterPump(flushed);
    machine.boot();
    t.frame();
    expect(machine.store.getState().busy).toBe(true);
    busy = false;
    t.frame();
    expect(machine.store.getState().busy).toBe(false);
    expect(flushed).toHaveBeenCalledTimes(2);
  });

  it('boots from a world that loads asynchronously', async () => {
    const fake = fakeWorld();
    const machine = createMachine(() => Promise.resolve(fake.world), manualClock().clock);
    machine.boot();
    expect(machine.store.getState().status).toBe('booting');
    await Promise.resolve();
    expect(machine.store.getState()).toMatchObject({ status: 'running', world: fake.world });
  });

  it('shows a crash instead of throwing', async () => {
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const machine = createMachine(() => {
      throw new Error('no root filesystem');
    });
    machine.boot();
    expect(machine.store.getState()).toMatchObject({ status: 'crashed', error: 'Error: no root filesystem' });
    expect(errorLog).toHaveBeenCalled();
    const failed = createMachine(() => Promise.reject(new TypeError('Failed to fetch world.js')));
    failed.boot();
    await vi.waitFor(() => expect(failed.store.getState().error).toBe('TypeError: Failed to fetch world.js'));
    errorLog.mockRestore();
  });
});

describe('createMachine().load', () => {
  const journal = { version: 1, seed: 3, profile: 'default', uptimeNs: 0, entries: [] } as const;

  function fakeReplay(world: World, terminals: Terminal[], slices: number): Replay {
    let left = slices;
    return {
      world,
      terminals,
      progress: () => ({ done: slices - left, total: slices }),
      step: () => --left <= 0,
    };
  }

  it('replays in slices, one per frame, then runs the new world with its terminals numbered from 1', () => {
    const old = fakeWorld();
    const next = fakeWorld();
    const t = manualClock();
    const replay = fakeReplay(next.world, [next.terminal], 3);
    const machine = createMachine(
      () => old.world,
      t.clock,
      () => replay,
    );
    machine.boot();
    const loaded = vi.fn();
    machine.load(journal, loaded);
    expect(machine.store.getState()).toMatchObject({ status: 'replaying', world: null, epoch: 1 });
    expect(machine.store.getState().replay).toEqual({ done: 1, total: 3 });
    t.frame();
    expect(machine.store.getState().status).toBe('replaying');
    t.frame();
    expect(machine.store.getState()).toMatchObject({ status: 'running', world: next.world, replay: null });
    expect(machine.store.getState().terminals.get(1)).toBe(next.terminal);
    expect(loaded).toHaveBeenCalledWith(next.world);
    const seen: string[] = [];
    next.print('replayed output');
    machine.onScreenOutput((d) => seen.push(d));
    expect(seen).toEqual(['replayed output']);
  });

  it('stops a replay early when asked: the world runs on from where the replay got to', () => {
    const t = manualClock();
    const next = fakeWorld();
    const machine = createMachine(
      () => next.world,
      t.clock,
      () => fakeReplay(next.world, [], 10),
    );
    machine.load(journal);
    expect(machine.store.getState().status).toBe('replaying');
    machine.stopReplay();
    t.frame();
    expect(machine.store.getState()).toMatchObject({ status: 'running', world: next.world, replay: null });
  });

  it('drops a load that a later load superseded', () => {
    const t = manualClock();
    const first = fakeWorld();
    const second = fakeWorld();
    const replays = [fakeReplay(first.world, [], 2), fakeReplay(second.world, [], 1)];
    const machine = createMachine(
      () => first.world,
      t.clock,
      () => replays.shift() as Replay,
    );
    machine.load(journal);
    machine.load(journal);
    t.frame();
    expect(machine.store.getState()).toMatchObject({ status: 'running', world: second.world, epoch: 2 });
  });

  it('shows a crash when the replay throws', () => {
    const machine = createMachine(
      () => fakeWorld().world,
      manualClock().clock,
      () => {
        throw new Error('bad journal');
      },
    );
    machine.load(journal);
    expect(machine.store.getState()).toMatchObject({ status: 'crashed', error: 'Error: bad journal' });
  });
});

// @vitest-environment node
// The demo player's controls against a real machine (the model booted in node, frames driven by
// hand): Next types the step's command into its terminal, Rewind rebuilds the machine from the
// journal before the last step (the command's effect is gone), and a machine loaded by someone
// else ends the demo.
import { beforeEach, describe, expect, test } from 'vitest';
import { DEMO_SOURCES } from '../../../lessons/demos';
import { loadDemo, type Demo } from '../../../src/course/demo';
import { followMachine, nextStep, rewindStep, startDemo } from '../../../src/ui/classroom/controls';
import { classroom } from '../../../src/ui/classroom/store';
import { layout } from '../../../src/ui/layout';
import { createMachine } from '../../../src/ui/machine';
import type { FrameClock } from '../../../src/ui/runLoop';
import { createWorld, replayJournal } from '../../../src/world';

function namespacesDemo(): Demo {
  const source = DEMO_SOURCES.find((s) => s.dir === 'lessons/namespaces');
  const result = source && loadDemo(source.dir, source.text);
  if (!result?.ok) throw new Error('lessons/namespaces/demo.yaml does not load');
  return result.demo;
}

function setup() {
  let queued: (() => void) | null = null;
  let now = 0;
  const clock: FrameClock = {
    now: () => (now += 1),
    request: (callback) => ((queued = callback), 1),
    cancel: () => (queued = null),
  };
  const frames = (n = 200): void => {
    for (let i = 0; i < n && queued; i++) {
      const callback = queued;
      queued = null;
      callback();
    }
  };
  const machine = createMachine(() => createWorld({ seed: 1 }), clock, replayJournal);
  machine.boot();
  machine.openTerminal(80, 24, 1);
  frames();
  return { machine, frames };
}

const history = (machine: ReturnType<typeof setup>['machine']) =>
  machine.store.getState().world?.history() ?? [];

beforeEach(() => {
  classroom.getState().dispatch({ type: 'stop' });
  layout.setState({ terminals: [1], terminalMode: 'tabs' });
});

describe('demo controls', () => {
  test('Next types commands; Rewind replays the journal up to the last step', () => {
    const { machine, frames } = setup();
    const demo = namespacesDemo();
    const stop = followMachine(machine);
    startDemo(machine, demo);
    expect(layout.getState().terminalMode).toBe('split');
    nextStep(machine, demo);
    frames();
    nextStep(machine, demo);
    frames();
    expect(history(machine)).toEqual(['readlink /proc/self/ns/pid', 'unshare --pid --fork --mount-proc sh']);
    const epoch = machine.store.getState().epoch;

    rewindStep(machine);
    frames();
    expect(machine.store.getState().status).toBe('running');
    expect(machine.store.getState().epoch).toBe(epoch + 1);
    expect(history(machine)).toEqual(['readlink /proc/self/ns/pid']);
    expect(machine.store.getState().world?.exec('ps -e -o comm').stdout).not.toMatch(/unshare/);
    // The player's own rewind does not end the demo.
    expect(classroom.getState().player).toMatchObject({ demo: 'namespaces', next: 1 });
    stop();
  });

  test('Restart goes back to the machine as it was when the demo started', () => {
    const { machine, frames } = setup();
    const demo = namespacesDemo();
    machine.store.getState().terminal?.input('echo before\r');
    frames();
    startDemo(machine, demo);
    for (let i = 0; i < 3; i++) {
      nextStep(machine, demo);
      frames();
    }
    // (ps -e went to the unshared sh, not to the login shell whose history this is)
    expect(history(machine)).toHaveLength(3);
    rewindStep(machine, 'restart');
    frames();
    expect(history(machine)).toEqual(['echo before']);
    expect(classroom.getState().player).toMatchObject({ next: 0, marks: [] });
  });

  test('a machine loaded by someone else ends the demo', () => {
    const { machine, frames } = setup();
    const stop = followMachine(machine);
    startDemo(machine, namespacesDemo());
    const journal = machine.store.getState().world?.journal();
    if (!journal) throw new Error('no journal');
    machine.load(journal);
    frames();
    expect(classroom.getState().player.demo).toBeNull();
    stop();
  });
});

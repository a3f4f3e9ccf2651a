// @vitest-environment node
// The panel's judge against a real machine driven through a terminal, as the page drives it:
// commands typed at the login shell count for commandRan goals, and their effects for the rest.

import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/world';
import { judge } from '../../../src/ui/course/judge';
import { loadCatalog } from '../../../src/ui/course/catalog';

const lesson = loadCatalog().find('namespaces');

describe('judging a lesson against the running machine', () => {
  it('ticks goals as commands are typed into a terminal, step by step', () => {
    if (!lesson) throw new Error('lessons/namespaces did not load');
    const world = createWorld({});
    const terminal = world.openTerminal(80, 24);
    const type = (line: string): void => {
      terminal.input(`${line}\r`);
      world.pump({ wallNowMs: 0 });
    };
    world.pump({ wallNowMs: 0 });
    const before = judge(lesson, world, 'en');
    expect(before.steps.map((s) => s.done)).toEqual([false, false, false, false, false]);
    expect(before.current).toBe('ns-links');

    type('ls -l /proc/self/ns');
    const first = judge(lesson, world, 'en');
    expect(first.steps[0]?.done).toBe(true);
    expect(first.current).toBe('uts');

    type("unshare --uts sh -c 'hostname lab && exec sleep 1000' &");
    const uts = judge(lesson, world, 'zh-CN');
    expect(uts.steps[1]?.goals.map((g) => g.done)).toEqual([true, true]);
    expect(uts.steps[1]?.goals[1]?.description).toMatch(/lab/);
    expect(uts.current).toBe('pid');
    expect(world.history()).toEqual([
      'ls -l /proc/self/ns',
      "unshare --uts sh -c 'hostname lab && exec sleep 1000' &",
    ]);
  });
});

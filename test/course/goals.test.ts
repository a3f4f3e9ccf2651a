// @vitest-environment node
// Goal kinds not covered by a lesson yet, checked against a real world before and after the
// commands that should satisfy them; and the engine's progress and hints.
import { describe, expect, test } from 'vitest';
import { goalDone, startLesson, takeSnapshot } from '../../src/course';
import type { GoalSpec, Lesson } from '../../src/course';
import { createWorld } from '../../src/world';

const goal = (kind: string, params: GoalSpec['params']): GoalSpec => ({ kind, params, line: 1 });

function holdsAfter(spec: GoalSpec, script: string): [boolean, boolean] {
  const world = createWorld({ seed: 1 });
  const before = goalDone(spec, takeSnapshot(world, []));
  world.exec(script);
  world.pump({ wallNowMs: 0 });
  return [before, goalDone(spec, takeSnapshot(world, []))];
}

describe('goal kinds on a real world', () => {
  test('cgroupExists and cgroupCpuQuota follow mkdir and cpu.max', () => {
    const script = 'mkdir /sys/fs/cgroup/demo && echo "20000 100000" > /sys/fs/cgroup/demo/cpu.max';
    expect(holdsAfter(goal('cgroupExists', { path: '/demo' }), script)).toEqual([false, true]);
    const quota = goal('cgroupCpuQuota', { path: '/demo', quotaUs: 20000, periodUs: 100000 });
    expect(holdsAfter(quota, script)).toEqual([false, true]);
    const other = goal('cgroupCpuQuota', { path: '/demo', quotaUs: 50000, periodUs: 100000 });
    expect(holdsAfter(other, script)).toEqual([false, false]);
  });

  test('cgroupHasProcess sees a sleep moved into the group', () => {
    const script = 'mkdir /sys/fs/cgroup/demo\nsleep 1000 &\necho $! > /sys/fs/cgroup/demo/cgroup.procs';
    expect(holdsAfter(goal('cgroupHasProcess', { path: '/demo', comm: 'sleep' }), script)).toEqual([
      false,
      true,
    ]);
  });

  test('fileContains reads the host filesystem', () => {
    const spec = goal('fileContains', { path: '/root/note.txt', text: 'hello' });
    expect(holdsAfter(spec, 'echo "say hello" > /root/note.txt')).toEqual([false, true]);
    expect(holdsAfter(spec, 'echo "bye" > /root/note.txt')).toEqual([false, false]);
  });

  test('an unknown kind never holds', () => {
    expect(holdsAfter(goal('nope', {}), 'true')).toEqual([false, false]);
  });
});

describe('the engine', () => {
  const lesson: Lesson = {
    id: 'demo',
    title: { en: 'Demo', 'zh-CN': '演示' },
    kind: 'lesson',
    order: 1,
    profile: 'default',
    setup: ['mkdir /sys/fs/cgroup/demo'],
    intro: { en: '', 'zh-CN': '' },
    steps: [
      {
        id: 'look',
        title: { en: 'Look', 'zh-CN': '看' },
        goals: [goal('commandRan', { pattern: '^cat /sys/fs/cgroup/demo/cpu\\.max$' })],
        hints: { en: ['Read cpu.max.'], 'zh-CN': ['读取 cpu.max。'] },
        solution: ['cat /sys/fs/cgroup/demo/cpu.max'],
        prose: { en: '', 'zh-CN': '' },
      },
      {
        id: 'limit',
        title: { en: 'Limit', 'zh-CN': '限制' },
        goals: [goal('cgroupCpuQuota', { path: '/demo', quotaUs: 20000, periodUs: 100000 })],
        hints: { en: ['Write cpu.max.'], 'zh-CN': ['写入 cpu.max。'] },
        solution: ['echo "20000 100000" > /sys/fs/cgroup/demo/cpu.max'],
        prose: { en: '', 'zh-CN': '' },
      },
    ],
  };

  test('setup runs, progress follows the commands, steps are judged independently', () => {
    const course = startLesson(createWorld({ seed: 1 }), lesson);
    expect(course.progress().current).toBe('look');
    expect(course.run('echo "20000 100000" > /sys/fs/cgroup/demo/cpu.max')).toBe('');
    const mid = course.progress('zh-CN');
    expect(mid.steps.map((s) => s.done)).toEqual([false, true]);
    expect(mid.current).toBe('look');
    expect(mid.steps[1]?.goals[0]?.description).toBe('/demo 每 100000 µs 最多使用 20000 µs CPU');
    expect(course.run('cat /sys/fs/cgroup/demo/cpu.max')).toBe('20000 100000\n');
    expect(course.progress()).toMatchObject({ complete: true, current: undefined });
    expect(course.history).toEqual([
      'echo "20000 100000" > /sys/fs/cgroup/demo/cpu.max',
      'cat /sys/fs/cgroup/demo/cpu.max',
    ]);
  });

  test('record() counts a command typed in a terminal; hints per language', () => {
    const course = startLesson(createWorld({ seed: 1 }), lesson);
    course.record('cat /sys/fs/cgroup/demo/cpu.max');
    expect(course.progress().steps[0]?.done).toBe(true);
    expect(course.hints('limit', 'zh-CN')).toEqual(['写入 cpu.max。']);
    expect(course.hints('missing', 'en')).toEqual([]);
  });
});

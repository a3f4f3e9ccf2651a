// The course panel's content against a stand-in machine, with the judge of the goals replaced by
// one the test controls (booting a real world under jsdom is not possible; see judge.test.ts).

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lesson, Progress } from '../../../src/course';
import { loadCatalog } from '../../../src/ui/course/catalog';
import CourseArea from '../../../src/ui/course/CourseArea';
import { LESSON_SOURCES } from '../../../lessons';
import { courseProgress } from '../../../src/ui/course/progress';
import { prefs } from '../../../src/ui/prefs';
import { SANDBOX, session } from '../../../src/ui/session';
import { fakeMachine, type FakeMachine } from './fakeMachine';

/** Goals the stand-in judge reports as met: "stepId:goalIndex". */
const met = new Set<string>();

vi.mock('../../../src/ui/course/judge', () => ({
  judge: (lesson: Lesson): Progress => {
    const steps = lesson.steps.map((s) => {
      const goals = s.goals.map((g, i) => ({
        kind: g.kind,
        done: met.has(`${s.id}:${i}`),
        description: g.kind,
      }));
      return { id: s.id, done: goals.every((g) => g.done), goals };
    });
    const current = steps.find((s) => !s.done)?.id;
    return { steps, current, complete: current === undefined };
  },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
let fake: FakeMachine;

const $ = <T extends Element = HTMLElement>(selector: string): T | null => host.querySelector<T>(selector);
const buttons = (): HTMLButtonElement[] => [...host.querySelectorAll('button')];
const button = (text: string | RegExp): HTMLButtonElement => {
  const found = buttons().find((b) =>
    typeof text === 'string' ? b.textContent === text : text.test(b.textContent),
  );
  if (!found)
    throw new Error(
      `no button ${String(text)} among: ${buttons()
        .map((b) => b.textContent)
        .join(' | ')}`,
    );
  return found;
};
const click = (element: HTMLElement): void => act(() => element.click());
const tick = (ms = 300): void => act(() => void vi.advanceTimersByTime(ms));
const count = (): string | undefined => $('[data-testid=course-count]')?.textContent;
const stepSection = (id: string): HTMLElement | null => $(`section[aria-labelledby=course-step-${id}]`);

function openNamespaces(): void {
  click(button(/^Namespaces: pid, mount, uts and net/));
  tick();
}

beforeEach(() => {
  vi.useFakeTimers();
  met.clear();
  session.setState({ context: SANDBOX, journals: new Map() });
  courseProgress.setState({ done: new Map() });
  prefs.getState().setLang('en');
  fake = fakeMachine();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<CourseArea machine={fake.machine} />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

describe('the lesson list', () => {
  it('lists the lessons with their progress and the sandbox as the current machine', () => {
    expect($('nav h3')?.textContent).toBe('Lessons');
    expect(button(/^Namespaces/).textContent).toContain('0 of 5 steps');
    expect(button(/^Sandbox/).getAttribute('aria-current')).toBe('true');
    act(() => courseProgress.getState().markDone('namespaces', ['ns-links', 'uts']));
    tick();
    expect(button(/^Namespaces/).textContent).toContain('2 of 5 steps');
  });

  it('lists a lesson that failed validation with its errors, and still offers the others', () => {
    const broken = { dir: 'lessons/broken', files: { 'lesson.yaml': 'id: broken\ntitle: 3\nsteps: []\n' } };
    act(() =>
      root.render(<CourseArea machine={fake.machine} catalog={loadCatalog([...LESSON_SOURCES, broken])} />),
    );
    const section = $('.course-broken');
    expect(section?.querySelector('.entry-title')?.textContent).toBe('lessons/broken');
    const issues = [...(section?.querySelectorAll('code') ?? [])].map((c) => c.textContent);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.startsWith('lessons/broken/'))).toBe(true);
    expect(section?.querySelector('button')).toBeNull();
    expect(button(/^Namespaces/).textContent).toContain('0 of 5 steps');
  });

  it("opens a lesson on its own machine: the sandbox's journal is kept and a fresh one loaded", () => {
    fake.history.push('echo sandbox');
    openNamespaces();
    expect(session.getState().context).toBe('namespaces');
    expect(session.getState().journals.get(SANDBOX)?.entries.length).toBe(2);
    expect(fake.loads).toHaveLength(1);
    expect(fake.loads[0]).toMatchObject({ profile: 'default', entries: [] });
    expect($('article h3')?.textContent).toBe('Namespaces: pid, mount, uts and net');
    expect(count()).toBe('0 of 5 steps');
  });
});

describe('a lesson', () => {
  it('ticks goals live, records a completed step for good and announces it', () => {
    openNamespaces();
    expect(stepSection('uts')?.querySelectorAll('.goal.met').length).toBe(0);
    met.add('uts:0');
    tick(1100);
    expect(stepSection('uts')?.querySelectorAll('.goal.met').length).toBe(1);
    expect(count()).toBe('0 of 5 steps');
    met.add('uts:1');
    fake.history.push('hostname');
    tick();
    expect(count()).toBe('1 of 5 steps');
    expect(courseProgress.getState().done.get('namespaces')).toEqual(['uts']);
    expect($('[role=status]')?.textContent).toBe('Step done: A hostname of its own (uts)');
    met.clear();
    fake.history.push('kill %1');
    tick();
    expect(count()).toBe('1 of 5 steps');
    expect(stepSection('uts')?.classList.contains('done')).toBe(true);
    expect(stepSection('ns-links')?.getAttribute('aria-current')).toBe('step');
  });

  it('announces the whole lesson done when the last steps complete together', () => {
    openNamespaces();
    const lesson = ['ns-links:0', 'uts:0', 'uts:1', 'pid:0', 'pid:1', 'pid:2', 'mnt:0', 'net:0', 'net:1'];
    for (const goal of lesson) met.add(goal);
    tick(1100);
    expect(count()).toBe('5 of 5 steps');
    expect($('[role=status]')?.textContent).toMatch(/^Step done: .*\. Well done: every step is complete!$/);
    click(button('All lessons'));
    expect(button(/^Namespaces/).textContent).toContain('✓');
  });

  it('reveals hints one at a time and shows the solution as commands that type themselves', () => {
    openNamespaces();
    const current = stepSection('ns-links');
    if (!current) throw new Error('no current step');
    click(button('Show a hint (1 of 2)'));
    expect(current.querySelectorAll('.course-hints li').length).toBe(1);
    click(button('Show a hint (2 of 2)'));
    expect([...current.querySelectorAll('.course-hints li')].map((li) => li.textContent)).toEqual([
      'Every process has a directory /proc/PID/ns; /proc/self is the process reading it.',
      'Try: ls -l /proc/self/ns',
    ]);
    expect([...current.querySelectorAll('button')].some((b) => b.textContent.startsWith('Show a hint'))).toBe(
      false,
    );
    const show = [...current.querySelectorAll('button')].find((b) => b.textContent === 'Show solution');
    if (!show) throw new Error('no solution button');
    click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    const solution = current.querySelectorAll<HTMLButtonElement>('.course-help .run-command');
    expect([...solution].map((b) => b.querySelector('code')?.textContent)).toEqual(['ls -l /proc/self/ns']);
    click(solution[0] as HTMLButtonElement);
    expect(fake.typed).toEqual(['ls -l /proc/self/ns\r']);
  });

  it("types a command of the step's prose into the active terminal when clicked", () => {
    openNamespaces();
    const prose = stepSection('ns-links')?.querySelector<HTMLButtonElement>(
      '.course-prose button[data-command]',
    );
    expect(prose?.dataset.command).toBe('ls -l /proc/self/ns');
    click(prose as HTMLButtonElement);
    expect(fake.typed).toEqual(['ls -l /proc/self/ns\r']);
  });

  it('undoes the last command by loading the journal without it, and is disabled with nothing to undo', () => {
    openNamespaces();
    expect(button('Undo last command').disabled).toBe(true);
    fake.history.push('touch /tmp/a', 'touch /tmp/b');
    tick();
    const undo = button('Undo last command');
    expect(undo.disabled).toBe(false);
    click(undo);
    const inputs = fake.loads.at(-1)?.entries.flatMap((e) => (e.op === 'input' ? [e.data] : []));
    expect(inputs).toEqual(['touch /tmp/a\r']);
  });

  it('resets the lesson only after confirmation: fresh machine, progress forgotten', () => {
    openNamespaces();
    act(() => courseProgress.getState().markDone('namespaces', ['ns-links']));
    tick();
    expect(count()).toBe('1 of 5 steps');
    click(button('Reset lesson'));
    click(button('Cancel'));
    expect(count()).toBe('1 of 5 steps');
    click(button('Reset lesson'));
    expect($('[role=group]')?.getAttribute('aria-label')).toBe(
      'Start this lesson over? Its machine and progress are lost.',
    );
    const loads = fake.loads.length;
    click(button('Yes, reset'));
    expect(count()).toBe('0 of 5 steps');
    expect(courseProgress.getState().done.has('namespaces')).toBe(false);
    expect(fake.loads.length).toBe(loads + 1);
    expect(fake.loads.at(-1)?.entries).toEqual([]);
  });

  it('congratulates and offers free play once every step is done', () => {
    openNamespaces();
    expect($('.course-complete')).toBeNull();
    act(() => courseProgress.getState().markDone('namespaces', ['ns-links', 'uts', 'pid', 'mnt', 'net']));
    tick();
    expect($('.course-complete h4')?.textContent).toBe('Well done: every step is complete!');
    expect(count()).toBe('5 of 5 steps');
  });

  it('follows the language preference: lesson text and panel strings in 简体中文', () => {
    openNamespaces();
    act(() => prefs.getState().setLang('zh-CN'));
    tick();
    expect($('article h3')?.textContent).toBe('命名空间：pid、mount、uts 和 net');
    expect(count()).toBe('已完成 0 / 5 步');
    expect(button('撤销上一条命令').disabled).toBe(true);
    expect(stepSection('uts')?.querySelector('h4')?.textContent).toContain('自己的主机名（uts）');
  });

  it('goes back to the list and to the lesson without changing the machine', () => {
    openNamespaces();
    const loads = fake.loads.length;
    click(button('All lessons'));
    expect(button(/^Namespaces/).getAttribute('aria-current')).toBe('true');
    click(button('Back to the lesson'));
    expect($('article h3')?.textContent).toBe('Namespaces: pid, mount, uts and net');
    click(button('All lessons'));
    click(button(/^Namespaces/));
    expect(fake.loads.length).toBe(loads);
  });
});

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coursePanel, CoursePanel } from '../../../src/ui/course/CoursePanel';
import { prefs } from '../../../src/ui/prefs';
import { SANDBOX, session } from '../../../src/ui/session';
import { fakeMachine } from './fakeMachine';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  prefs.getState().setLang('en');
  coursePanel.setState({ open: false });
  session.setState({ context: SANDBOX, journals: new Map() });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const { machine } = fakeMachine();
  // Not running: the panel's lesson view has no machine to judge.
  machine.store.setState({ status: 'booting', world: null });
  act(() => root.render(<CoursePanel machine={machine} />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('the course panel', () => {
  it('is a labelled complementary region whose heading button shows and hides it', async () => {
    const aside = host.querySelector('aside');
    expect(aside?.getAttribute('aria-labelledby')).toBe('course-title');
    const toggle = host.querySelector<HTMLButtonElement>('h2#course-title > button');
    expect(toggle?.textContent).toBe('▸ Course');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(host.querySelector('#course-body')).toBeNull();
    act(() => toggle?.click());
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(toggle?.getAttribute('aria-controls')).toBe('course-body');
    // The content is a lazy chunk: the list appears once it has loaded.
    await vi.waitFor(
      async () => {
        await act(async () => {});
        expect(host.querySelector('#course-body nav h3')?.textContent).toBe('Lessons');
      },
      { timeout: 10000 },
    );
    act(() => toggle?.click());
    expect(host.querySelector('#course-body')).toBeNull();
    expect(aside?.classList.contains('collapsed')).toBe(true);
  });

  it("opens by itself when a lesson's machine is shown (chosen elsewhere or restored)", () => {
    const toggle = host.querySelector<HTMLButtonElement>('h2#course-title > button');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    act(() => session.setState({ context: 'namespaces' }));
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
  });

  it('names itself in the chosen language', () => {
    act(() => prefs.getState().setLang('zh-CN'));
    expect(host.querySelector('h2#course-title')?.textContent).toBe('▸ 课程');
  });
});

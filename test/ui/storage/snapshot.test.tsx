// The page's stores to the saved state and back; a shared machine is not saved over the learner's
// own until kept; the notices region shows translated notices with their actions and dismisses.

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createStore } from 'zustand/vanilla';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { courseProgress } from '../../../src/ui/course/progress';
import { layout } from '../../../src/ui/layout';
import type { Machine, MachineState } from '../../../src/ui/machine';
import { prefs } from '../../../src/ui/prefs';
import { session } from '../../../src/ui/session';
import { themeChoice } from '../../../src/ui/theme';
import { keepShared, openShared, sharedView } from '../../../src/ui/storage/actions';
import { Notices } from '../../../src/ui/storage/Notices';
import { notify, storageStatus } from '../../../src/ui/storage/notices';
import { DEFAULT_STATE, type SavedState } from '../../../src/ui/storage/schema';
import { applyState, collectState, savedJournal } from '../../../src/ui/storage/snapshot';
import type { Journal } from '../../../src/world/journal';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const journal = (marker: string): Journal => ({
  version: 1,
  seed: 1,
  profile: 'default',
  uptimeNs: 10,
  entries: [
    { at: 0, op: 'open', cols: 80, rows: 24 },
    { at: 5, op: 'input', term: 0, data: marker },
  ],
});

function fakeMachine(current: Journal): Machine {
  const store = createStore<MachineState>(
    () => ({ world: { journal: () => current } }) as unknown as MachineState,
  );
  return { store } as unknown as Machine;
}

const saved: SavedState = {
  version: 1,
  prefs: { lang: 'zh-CN', screenReader: true, theme: 'dark' },
  layout: { ...DEFAULT_STATE.layout, terminals: [1, 3], shownTerminal: 3, viewsFirst: true, split: 0.35 },
  progress: new Map([['namespaces', ['intro']]]),
  session: {
    context: 'namespaces',
    journals: new Map([
      ['namespaces', journal('lesson')],
      ['sandbox', journal('mine')],
    ]),
  },
};

afterEach(() => {
  act(() => prefs.getState().setLang('en'));
  storageStatus.setState({ notices: [] });
});

describe('collectState / applyState', () => {
  it('puts a saved state into the stores and reads it back', () => {
    applyState(saved);
    expect(prefs.getState().lang).toBe('zh-CN');
    expect(themeChoice.getState().choice).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(layout.getState().terminals).toEqual([1, 3]);
    expect(courseProgress.getState().done.get('namespaces')).toEqual(['intro']);
    expect(session.getState().context).toBe('namespaces');
    expect(savedJournal(saved)).toEqual(journal('lesson'));
    const now = journal('lesson + more');
    const back = collectState(fakeMachine(now));
    expect(back.session.journals.get('namespaces')).toEqual(now);
    expect({ ...back, session: saved.session }).toEqual(saved);
  });

  it('a shared machine is saved as the learner own only once kept', () => {
    applyState(saved);
    openShared({ context: 'sandbox', journal: journal('shared') }, fakeMachine(journal('lesson')));
    expect(session.getState().context).toBe('sandbox');
    const machine = fakeMachine(journal('shared, then typed'));
    const whileShared = collectState(machine, sharedView());
    expect(whileShared.session.context).toBe('namespaces');
    expect(whileShared.session.journals.get('sandbox')).toEqual(journal('mine'));
    expect(whileShared.session.journals.get('namespaces')).toEqual(journal('lesson'));
    keepShared();
    expect(sharedView()).toBeNull();
    const kept = collectState(machine, sharedView());
    expect(kept.session.context).toBe('sandbox');
    expect(kept.session.journals.get('sandbox')).toEqual(journal('shared, then typed'));
  });
});

describe('Notices', () => {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  it('announces notices politely, in the page language, with actions and a dismiss button', () => {
    act(() => root.render(<Notices />));
    const region = host.querySelector('[role=status]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    act(() => notify({ id: 'quota', key: 'notice.quota', tone: 'error' }));
    expect(region?.textContent).toContain('Storage is full');
    act(() =>
      notify({
        id: 'corrupt',
        key: 'notice.corrupt',
        tone: 'error',
        params: { problem: 'bad JSON' },
        actions: ['exportQuarantine'],
      }),
    );
    expect(region?.querySelector('[data-notice=corrupt]')?.textContent).toContain('(bad JSON)');
    act(() => prefs.getState().setLang('zh-CN'));
    expect(region?.textContent).toContain('存储空间已满');
    expect(region?.textContent).toContain('下载无法读取的数据');
    const dismiss = region?.querySelector<HTMLButtonElement>('[data-notice=quota] button[aria-label="关闭"]');
    act(() => dismiss?.click());
    expect(storageStatus.getState().notices.map((n) => n.id)).toEqual(['corrupt']);
  });
});

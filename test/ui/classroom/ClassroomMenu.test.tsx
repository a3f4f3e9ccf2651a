// The header's Classroom control: Alt+P toggles the presenter view from anywhere, a terminal's
// textarea included, without the key reaching it; the menu's items act and close it; in
// 简体中文 the labels are Chinese.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClassroomMenu } from '../../../src/ui/classroom/ClassroomMenu';
import { presenter } from '../../../src/ui/classroom/presenter';
import { classroom } from '../../../src/ui/classroom/store';
import { setLanguage } from '../../../src/ui/i18n';
import { layout } from '../../../src/ui/layout';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<ClassroomMenu />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  presenter.getState().set(false);
  setLanguage('en');
});

const button = (name: string): HTMLButtonElement => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith(name));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe('ClassroomMenu', () => {
  it('Alt+P in a terminal toggles data-presenter and never reaches the terminal', () => {
    const terminal = document.createElement('textarea');
    document.body.append(terminal);
    const seen: string[] = [];
    terminal.addEventListener('keydown', (e) => seen.push(e.key));
    const press = () =>
      terminal.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'p', code: 'KeyP', altKey: true, bubbles: true }),
      );
    act(press);
    expect(document.documentElement.hasAttribute('data-presenter')).toBe(true);
    expect(presenter.getState().on).toBe(true);
    act(press);
    expect(document.documentElement.hasAttribute('data-presenter')).toBe(false);
    terminal.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', code: 'KeyP', bubbles: true }));
    expect(seen).toEqual(['p']);
    terminal.remove();
  });

  it('opens, runs an item and closes; the presenter item shows its state', () => {
    const menu = button('Classroom');
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    act(() => menu.click());
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    act(() => button('Presenter view').click());
    expect(presenter.getState().on).toBe(true);
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(button('Presenter view').getAttribute('aria-pressed')).toBe('true');
    act(() => button('Classroom layout').click());
    expect(layout.getState()).toMatchObject({ terminalMode: 'split', terminals: [1, 2] });
    act(() => button('Demo scripts').click());
    expect(classroom.getState().panelOpen).toBe(true);
  });

  it('speaks 简体中文', () => {
    act(() => setLanguage('zh-CN'));
    expect(button('课堂')).toBeTruthy();
    expect(button('演示者视图')).toBeTruthy();
  });
});

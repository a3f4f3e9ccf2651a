// A language switch re-renders in place: the namespace view (React text, d3-drawn box labels, row
// names and chip titles) turns to 简体中文 and back with the same elements, its selection kept;
// the language switch sets prefs.lang, i18next and <html lang>. initialLang() follows the
// browser's preference.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../src/ui/i18n';
import { initialLang } from '../../../src/ui/i18n/react';
import { prefs } from '../../../src/ui/prefs';
import { LanguageSwitch } from '../../../src/ui/components/LanguageSwitch';
import { NamespacesPanel } from '../../../src/ui/views/namespaces/NamespacesPanel';
import { makeProcessSnapshot } from '../../bench/views/namespaces.fixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  act(() => prefs.getState().setLang('en'));
  vi.unstubAllGlobals();
});

const $ = (selector: string): HTMLElement => host.querySelector<HTMLElement>(selector)!;

describe('switching the language', () => {
  it('turns the namespace view to 简体中文 and back in place, the same rows, the selection kept', () => {
    act(() => root.render(<NamespacesPanel snapshot={makeProcessSnapshot(40)} duration={0} />));
    const label = $('.nsv-group-label');
    expect(label.textContent).toMatch(/^Host pid namespace pid:\[\d+\] · \d+ processes$/);
    const row = host.querySelectorAll<HTMLButtonElement>('button.nsv-proc')[1]!;
    act(() => row.click());
    expect(row.getAttribute('aria-current')).toBe('true');
    const chip = row.querySelector<HTMLElement>('.nsv-chip')!;
    expect(chip.title).toMatch(/— (its own namespace|the host's \(shared\))$/);

    act(() => prefs.getState().setLang('zh-CN'));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(i18n.language).toBe('zh-CN');
    expect($('.nsv-group-label')).toBe(label);
    expect(label.textContent).toMatch(/^主机 pid 命名空间 pid:\[\d+\] · \d+ 个进程$/);
    expect(host.querySelectorAll('button.nsv-proc')[1]).toBe(row);
    expect(row.getAttribute('aria-current')).toBe('true');
    expect(row.getAttribute('aria-label')).toMatch(/；(主机的命名空间|独立的 .+ 命名空间)$/);
    expect(chip.title).toMatch(/— (独立的命名空间|主机的命名空间（共享）)$/);
    expect($('.nsv-toolbar button').textContent).toBe('显示全部主机进程');
    expect($('.nsv-text summary').textContent).toBe('文字描述');
    expect(host.textContent).not.toMatch(/processes|namespaces other|Select a process|Parent|Hostname/);

    act(() => prefs.getState().setLang('en'));
    expect(label.textContent).toMatch(/^Host pid namespace/);
    expect($('.nsv-toolbar button').textContent).toBe('Show all host processes');
    expect(document.documentElement.lang).toBe('en');
  });

  it('the language switch offers English and 简体中文 and sets the preference', () => {
    act(() => root.render(<LanguageSwitch />));
    const select = host.querySelector('select')!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['en', 'English'],
      ['zh-CN', '简体中文'],
    ]);
    expect(host.textContent).toContain('Language');
    act(() => {
      select.value = 'zh-CN';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(prefs.getState().lang).toBe('zh-CN');
    expect(host.querySelector('label')!.firstChild!.textContent).toBe('语言');
  });

  it("initialLang() is the browser's preferred language among ours", () => {
    vi.stubGlobal('navigator', { languages: ['zh-CN', 'en-US'], language: 'zh-CN' });
    expect(initialLang()).toBe('zh-CN');
    vi.stubGlobal('navigator', { languages: ['fr-FR', 'en-GB'], language: 'fr-FR' });
    expect(initialLang()).toBe('en');
    vi.stubGlobal('navigator', { languages: ['de-DE'], language: 'de-DE' });
    expect(initialLang()).toBe('en');
  });
});

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TabList } from '../../../src/ui/components/TabList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
const selected: string[] = [];
const moved: [string, number][] = [];
const items = [
  { id: 'a', title: 'Alpha' },
  { id: 'b', title: 'Beta' },
  { id: 'c', title: 'Gamma' },
];

function render(current: string): void {
  act(() =>
    root.render(
      <TabList
        label="Views"
        idPrefix="tab"
        panelPrefix="view"
        items={items}
        selected={current}
        onSelect={(id) => selected.push(id)}
        onMove={(id, d) => moved.push([id, d])}
      />,
    ),
  );
}

const key = (target: Element, init: KeyboardEventInit): void => {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
  });
};

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  selected.length = 0;
  moved.length = 0;
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('TabList', () => {
  it('marks the selected tab, links it to its panel and keeps only it in the tab order', () => {
    render('b');
    const tabs = [...host.querySelectorAll('[role=tab]')];
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
    expect(tabs[1]?.getAttribute('aria-controls')).toBe('view-b');
    expect(host.querySelector('[role=tablist]')?.getAttribute('aria-label')).toBe('Views');
  });

  it('selects with the arrow keys, wrapping around, and with Home and End', () => {
    render('a');
    const tab = host.querySelector('#tab-a');
    if (!tab) throw new Error('no tab');
    key(tab, { key: 'ArrowLeft' });
    key(tab, { key: 'ArrowRight' });
    key(tab, { key: 'End' });
    key(tab, { key: 'Home' });
    expect(selected).toEqual(['c', 'b', 'c', 'a']);
  });

  it('moves the tab itself with Alt+Shift+arrow instead of selecting', () => {
    render('b');
    const tab = host.querySelector('#tab-b');
    if (!tab) throw new Error('no tab');
    key(tab, { key: 'ArrowRight', altKey: true, shiftKey: true });
    expect(moved).toEqual([['b', 1]]);
    expect(selected).toEqual([]);
  });
});

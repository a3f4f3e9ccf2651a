// A WAI-ARIA tab list: arrow keys (and Home/End) move between tabs and select them; with
// `onMove`, Alt+Shift+Left/Right moves the focused tab itself (rearranging the order).

import type { KeyboardEvent } from 'react';

export interface TabItem {
  readonly id: string;
  readonly title: string;
}

interface Props {
  readonly label: string;
  /** Tab elements get the id `${idPrefix}-${item.id}`; their panels `${panelPrefix}-${item.id}`. */
  readonly idPrefix: string;
  readonly panelPrefix?: string;
  readonly items: readonly TabItem[];
  readonly selected: string | null;
  onSelect(id: string): void;
  onMove?(id: string, delta: number): void;
}

export function TabList({ label, idPrefix, panelPrefix, items, selected, onSelect, onMove }: Props) {
  const focusTab = (id: string): void => document.getElementById(`${idPrefix}-${id}`)?.focus();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const delta = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    const item = items[index];
    if (!item) return;
    if (delta && event.altKey && event.shiftKey && onMove) {
      event.preventDefault();
      onMove(item.id, delta);
      requestAnimationFrame(() => focusTab(item.id));
      return;
    }
    const target =
      event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : delta ? index + delta : null;
    if (target === null) return;
    event.preventDefault();
    const next = items[(target + items.length) % items.length];
    if (!next) return;
    onSelect(next.id);
    focusTab(next.id);
  };
  return (
    <div role="tablist" aria-label={label} className="tab-list">
      {items.map((item, index) => (
        <button
          key={item.id}
          type="button"
          role="tab"
          id={`${idPrefix}-${item.id}`}
          aria-selected={item.id === selected}
          aria-controls={panelPrefix ? `${panelPrefix}-${item.id}` : undefined}
          tabIndex={item.id === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(item.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {item.title}
        </button>
      ))}
    </div>
  );
}

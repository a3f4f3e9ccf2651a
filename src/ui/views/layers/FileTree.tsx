// A layer's file tree (or the merged one) as a virtualised ARIA tree: only the rows in view, plus
// a margin, are in the DOM, each placed at index × ROW_HEIGHT, so a 10,000-entry directory
// scrolls like a small one. The tree is one focusable element with aria-activedescendant; rows
// are treeitems with aria-level, aria-posinset/setsize and aria-expanded for directories.
// Keys: Up/Down, Home/End, PageUp/PageDown move; Right opens a directory or enters it, Left closes
// it or goes to its parent; Enter or Space shows the entry (and opens or closes a directory).

import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Row } from './rows';
import { FileRow } from './FileRow';
import { useViewportHeight } from '../useViewportHeight';

export const ROW_HEIGHT = 22;
const OVERSCAN = 10;

interface Props {
  readonly rows: readonly Row[];
  readonly label: string;
  readonly idPrefix: string;
  readonly selected: string | null;
  onToggle(path: string): void;
  onSelect(row: Row): void;
}

function parentIndex(rows: readonly Row[], at: number): number {
  const level = rows[at]?.level ?? 1;
  for (let i = at - 1; i >= 0; i--) if (rows[i]!.level < level) return i;
  return -1;
}

function move(rows: readonly Row[], at: number, key: string, page: number): number | null {
  const row = rows[at];
  const clamp = (i: number): number => Math.max(0, Math.min(rows.length - 1, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(at + 1);
    case 'ArrowUp':
      return clamp(at - 1);
    case 'PageDown':
      return clamp(at + page);
    case 'PageUp':
      return clamp(at - page);
    case 'Home':
      return 0;
    case 'End':
      return rows.length - 1;
    case 'ArrowRight':
      return row?.expanded ? clamp(at + 1) : null;
    case 'ArrowLeft':
      return row && !row.expanded ? parentIndex(rows, at) : null;
    default:
      return null;
  }
}

export function FileTree({ rows, label, idPrefix, selected, onToggle, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const height = useViewportHeight(scroller, 440);
  const [scrollTop, setScrollTop] = useState(0);
  const [activePath, setActivePath] = useState<string | null>(null);
  const found = activePath === null ? -1 : rows.findIndex((r) => r.path === activePath);
  const active = found >= 0 ? found : 0;
  const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);

  useEffect(() => {
    const el = scroller.current;
    if (!el || found < 0) return;
    const top = found * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [found]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const row = rows[active];
    if (!row) return;
    const opens =
      row.expandable &&
      ((event.key === 'ArrowRight' && !row.expanded) || (event.key === 'ArrowLeft' && row.expanded));
    if (opens || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setActivePath(row.path);
      if (row.expandable) onToggle(row.path);
      if (!opens) onSelect(row);
      return;
    }
    const next = move(rows, active, event.key, page);
    if (next === null || next < 0) return;
    event.preventDefault();
    setActivePath(rows[next]?.path ?? null);
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const activeRow = rows[active];
  return (
    <div
      ref={scroller}
      className="lt-scroll"
      role="tree"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeRow ? `${idPrefix}-${active}` : undefined}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div className="lt-sizer" style={{ height: rows.length * ROW_HEIGHT }}>
        {rows.slice(first, last).map((row, i) => (
          <FileRow
            key={row.path}
            row={row}
            id={`${idPrefix}-${first + i}`}
            top={(first + i) * ROW_HEIGHT}
            active={first + i === active}
            selected={row.path === selected}
            onClick={() => {
              setActivePath(row.path);
              if (row.expandable) onToggle(row.path);
              onSelect(row);
            }}
          />
        ))}
      </div>
    </div>
  );
}

// The calls as a virtualised tree: only the rows in view (plus a margin) are in the DOM, each
// absolutely placed at index × ROW_HEIGHT, so ten thousand calls scroll as smoothly as ten.
// It is one ARIA tree (role=tree, focusable, aria-activedescendant): process rows are level-1
// treeitems with aria-expanded, calls level-2 treeitems; an explanation row is drawn under its
// call for the eye and read as part of the call by screen readers.
// Keys: Up/Down, Home/End, PageUp/PageDown move; Right opens or enters a process, Left closes
// it or goes back to it; Enter/Space open or close.

import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Row, RowList } from './rows';
import { TraceRow } from './TraceRow';
import { useViewportHeight } from '../useViewportHeight';

export const ROW_HEIGHT = 20;
const OVERSCAN = 12;

interface Props {
  readonly rows: RowList;
  readonly label: string;
  readonly idPrefix: string;
  onToggle(pid: number): void;
}

/** The index reached from `from` by `step` rows, skipping explanation rows. */
function moveFrom(rows: RowList, from: number, step: number): number {
  let i = Math.max(0, Math.min(rows.length - 1, from + step));
  const dir = step >= 0 ? 1 : -1;
  while (rows.at(i)?.type === 'note' && i + dir >= 0 && i + dir < rows.length) i += dir;
  if (rows.at(i)?.type === 'note') i -= dir;
  return i;
}

function target(rows: RowList, at: number, event: KeyboardEvent, page: number): number | null {
  const row = rows.at(at);
  switch (event.key) {
    case 'ArrowDown':
      return moveFrom(rows, at, 1);
    case 'ArrowUp':
      return moveFrom(rows, at, -1);
    case 'PageDown':
      return moveFrom(rows, at, page);
    case 'PageUp':
      return moveFrom(rows, at, -page);
    case 'Home':
      return 0;
    case 'End':
      return moveFrom(rows, rows.length, -1);
    case 'ArrowLeft':
      if (row?.type !== 'process') return rows.processOf(at);
      return null;
    case 'ArrowRight':
      return row?.type === 'process' && row.expanded ? moveFrom(rows, at, 1) : null;
    default:
      return null;
  }
}

export function TraceTree({ rows, label, idPrefix, onToggle }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const height = useViewportHeight(scroller, 480);
  const [scrollTop, setScrollTop] = useState(0);
  const [activeKey, setActiveKey] = useState<number | null>(null);
  const found = activeKey === null ? -1 : rows.indexOfKey(activeKey);
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
    const row = rows.at(active);
    if (!row) return;
    const toggles =
      row.type === 'process' &&
      (event.key === 'Enter' ||
        event.key === ' ' ||
        (event.key === 'ArrowRight' && !row.expanded) ||
        (event.key === 'ArrowLeft' && row.expanded));
    if (toggles) {
      event.preventDefault();
      setActiveKey(row.key);
      onToggle(row.pid);
      return;
    }
    const next = target(rows, active, event, page);
    if (next === null || next < 0) return;
    event.preventDefault();
    setActiveKey(rows.at(next)?.key ?? null);
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const activeRow = rows.at(active);
  const shown: Row[] = [];
  for (let i = first; i < last; i++) {
    const row = rows.at(i);
    if (row) shown.push(row);
  }
  return (
    <div
      ref={scroller}
      className="trace-scroll"
      // A box that does not bound its height (no trace.css, a grid cell that grows) would let the
      // scroller grow as tall as all its rows and draw every one: never taller than the window.
      style={{ maxHeight: '100vh' }}
      role="tree"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeRow ? `${idPrefix}-${activeRow.key}` : undefined}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div className="trace-sizer" style={{ height: rows.length * ROW_HEIGHT }}>
        {shown.map((row, i) => (
          <TraceRow
            key={row.key}
            row={row}
            id={`${idPrefix}-${row.key}`}
            top={(first + i) * ROW_HEIGHT}
            active={first + i === active}
            onClick={() => {
              if (row.type === 'note') return;
              setActiveKey(row.key);
              if (row.type === 'process') onToggle(row.pid);
            }}
          />
        ))}
      </div>
    </div>
  );
}

// The diagram itself: pid-namespace boxes and process rows placed by layout.ts and kept up to date
// by the d3 joins of join.ts (React renders only the two empty layers). Rows are buttons with a
// roving tab stop: Tab reaches the selected one, arrows, Home and End move along the rows in the
// order drawn and select as they go; Enter, Space or a click selects.

import { useEffect, useRef } from 'react';
import type { NamespaceLayout } from './layout';
import { joinFold, joinGroups, joinRows } from './join';
import { useT } from '../../i18n/react';

export interface NamespaceDiagramProps {
  readonly layout: NamespaceLayout;
  readonly colours: ReadonlyMap<string, number>;
  readonly selected: number | undefined;
  readonly onSelect: (pid: number) => void;
  /** Animation length in ms (0: no animation, for tests and reduced motion). */
  readonly duration: number;
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

function nextPid(layout: NamespaceLayout, current: number | undefined, key: string): number | undefined {
  const rows = layout.rows;
  if (rows.length === 0) return undefined;
  const at = rows.findIndex((r) => r.pid === current);
  if (key === 'Home') return rows[0]!.pid;
  if (key === 'End') return rows.at(-1)!.pid;
  if (at < 0) return rows[0]!.pid;
  const next = key === 'ArrowDown' ? Math.min(at + 1, rows.length - 1) : Math.max(at - 1, 0);
  return rows[next]!.pid;
}

export function NamespaceDiagram({ layout, colours, selected, onSelect, duration }: NamespaceDiagramProps) {
  const { t } = useT('views');
  const boxes = useRef<HTMLDivElement>(null);
  const rows = useRef<HTMLDivElement>(null);
  const state = useRef({ layout, selected, onSelect });
  state.current = { layout, selected, onSelect };

  useEffect(() => {
    if (!boxes.current || !rows.current) return;
    const shown = layout.rows.some((r) => r.pid === selected);
    const focusable = shown ? selected : layout.rows[0]?.pid;
    const options = { colours, selected, focusable, duration };
    joinGroups(boxes.current, layout.groups, options);
    joinRows(rows.current, layout, options);
    joinFold(rows.current, layout, options);
  }, [layout, colours, selected, duration]);

  useEffect(() => {
    const el = rows.current;
    if (!el) return;
    const pidOf = (target: EventTarget | null): number | undefined => {
      const button = (target as Element | null)?.closest?.('button.nsv-proc');
      return button ? Number(button.getAttribute('data-pid')) : undefined;
    };
    const onClick = (e: MouseEvent): void => {
      const pid = pidOf(e.target);
      if (pid !== undefined) state.current.onSelect(pid);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (!NAV_KEYS.has(e.key)) return;
      const { layout: l, onSelect: select } = state.current;
      const pid = nextPid(l, pidOf(e.target) ?? state.current.selected, e.key);
      if (pid === undefined) return;
      e.preventDefault();
      select(pid);
      el.querySelector<HTMLButtonElement>(`button.nsv-proc[data-pid="${pid}"]:not(.nsv-gone)`)?.focus();
    };
    el.addEventListener('click', onClick);
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('click', onClick);
      el.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <div className="nsv-canvas" style={{ height: `${layout.height}px` }}>
      <div className="nsv-boxes" ref={boxes} aria-hidden="true" />
      <div className="nsv-rows" ref={rows} role="group" aria-label={t('namespaces.rowsLabel')} />
    </div>
  );
}

// The bar between the terminals and the views: drag it, or focus it and use the arrow keys
// (Home/End for the extremes), to give one side more room. A WAI-ARIA window splitter.

import type { KeyboardEvent, PointerEvent } from 'react';
import { useStore } from 'zustand';
import { useT } from '../i18n/react';
import { layout } from '../layout';

export function Splitter() {
  const { t } = useT('workbench');
  const split = useStore(layout, (s) => s.split);
  const viewsFirst = useStore(layout, (s) => s.viewsFirst);
  const sign = viewsFirst ? -1 : 1;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = { ArrowLeft: -0.05 * sign, ArrowRight: 0.05 * sign }[event.key];
    const set = layout.getState().setSplit;
    if (step) set(split + step);
    else if (event.key === 'Home') set(0.2);
    else if (event.key === 'End') set(0.8);
    else return;
    event.preventDefault();
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    const bench = event.currentTarget.parentElement;
    if (!bench) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const box = bench.getBoundingClientRect();
    const onMove = (e: globalThis.PointerEvent): void => {
      const x = (e.clientX - box.left) / box.width;
      layout.getState().setSplit(viewsFirst ? 1 - x : x);
    };
    const target = event.currentTarget;
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', () => target.removeEventListener('pointermove', onMove), {
      once: true,
    });
  };
  return (
    <div
      className="splitter"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('splitter')}
      aria-valuemin={20}
      aria-valuemax={80}
      aria-valuenow={Math.round(split * 100)}
      aria-controls="terminal-pane"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}

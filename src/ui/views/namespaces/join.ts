// The namespace diagram's d3 joins: pid-namespace boxes keyed by inode and process rows keyed by
// host pid, as absolutely placed HTML elements (rows are real <button>s, so they take focus). A
// new snapshot only moves what moved: each element remembers where it is going, and a row's
// content is rebuilt only when its text or chips changed. Per frame only the running
// transitions do work. New boxes and rows fade in, gone ones fade out.

import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { GroupBox, NamespaceLayout, ProcessRow } from './layout';
import { colourOf } from './palette';
import { setAttr, updateRow, type RowElement } from './row';
import { tx } from '../../i18n/react';

interface Pos {
  readonly x: number;
  readonly y: number;
  /** Right inset (rows) or height (boxes). */
  readonly z: number;
}

type Placed = HTMLElement & { __at?: Pos; __to?: Pos };

export interface JoinOptions {
  readonly colours: ReadonlyMap<string, number>;
  readonly selected: number | undefined;
  readonly focusable: number | undefined;
  readonly duration: number;
}

function apply(el: Placed, p: Pos, box: boolean): void {
  el.__at = p;
  el.style.transform = `translate(${p.x}px, ${p.y}px)`;
  if (box) el.style.height = `${p.z}px`;
}

/** Width depends on the nesting only: set once per target, never tweened (no layout per frame). */
function setWidth(el: Placed, p: Pos, box: boolean): void {
  const width = box ? `calc(100% - ${2 * p.x}px)` : `calc(100% - ${p.x + p.z}px)`;
  if (el.style.width !== width) el.style.width = width;
}

/** Move an element to `to`, animated from wherever it is now. */
function moveTo(el: Placed, to: Pos, box: boolean, duration: number): void {
  const prev = el.__to;
  if (prev && prev.x === to.x && prev.y === to.y && prev.z === to.z) return;
  el.__to = to;
  setWidth(el, to, box);
  const from = el.__at;
  if (!from || duration === 0) {
    apply(el, to, box);
    return;
  }
  const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
  select(el)
    .transition('move')
    .duration(duration)
    .tween('move', () => (t) => {
      apply(el, { x: lerp(from.x, to.x, t), y: lerp(from.y, to.y, t), z: lerp(from.z, to.z, t) }, box);
    });
}

/** Fade opacity from its current inline value; tweened by hand (no getComputedStyle per element). */
function fade(el: HTMLElement, to: number, duration: number, remove: boolean): void {
  const from = el.style.opacity === '' ? 1 - to : Number(el.style.opacity);
  const t = select(el)
    .transition('fade')
    .duration(duration)
    .tween('fade', () => (k) => {
      el.style.opacity = String(from + (to - from) * k);
    });
  if (remove) t.remove();
}

function fadeIn(sel: Selection<HTMLElement, unknown, null, undefined>, duration: number): void {
  const el = sel.node();
  if (duration === 0 || !el) return;
  el.style.opacity = '0';
  fade(el, 1, duration, false);
}

function exitFade<E extends HTMLElement, D>(
  sel: Selection<E, D, HTMLElement, unknown>,
  duration: number,
): void {
  if (duration === 0) sel.remove();
  else sel.each((_, i, nodes) => fade(nodes[i]!, 0, duration, true));
}

export function joinGroups(canvas: HTMLElement, groups: readonly GroupBox[], o: JoinOptions): void {
  select(canvas)
    .selectAll<HTMLElement, GroupBox>('div.nsv-group:not(.nsv-gone)')
    .data(groups, (g) => String(g.inode))
    .join(
      (enter) =>
        enter
          .append('div')
          .attr('class', 'nsv-group')
          .attr('data-inode', (g) => g.inode)
          .each(function (g) {
            const label = this.appendChild(this.ownerDocument.createElement('span'));
            label.className = 'nsv-group-label';
            const to = { x: g.x, y: g.y, z: g.height };
            apply(this as Placed, to, true);
            setWidth(this as Placed, to, true);
            (this as Placed).__to = to;
            fadeIn(select(this as HTMLElement), o.duration);
          }),
      (update) => update,
      (exit) => {
        exitFade(exit.classed('nsv-gone', true), o.duration);
        return exit;
      },
    )
    .classed('nsv-host', (g) => g.level === 0)
    .attr('data-level', (g) => g.level)
    .style('--c', (g) => colourOf(o.colours, 'pid', g.inode) ?? null)
    .each(function (g) {
      moveTo(this as Placed, { x: g.x, y: g.y, z: g.height }, true, o.duration);
      const label = this.firstElementChild as HTMLElement;
      if (label.textContent !== g.label) label.textContent = g.label;
    });
}

export function joinRows(canvas: HTMLElement, layout: NamespaceLayout, o: JoinOptions): void {
  select(canvas)
    .selectAll<HTMLButtonElement, ProcessRow>('button.nsv-proc:not(.nsv-gone)')
    .data(layout.rows, (r) => String(r.pid))
    .join(
      (enter) =>
        enter
          .append('button')
          .attr('type', 'button')
          .attr('class', 'nsv-proc')
          .attr('data-pid', (r) => r.pid)
          .each(function (r) {
            const to = { x: r.x, y: r.y, z: r.right };
            apply(this as Placed, to, false);
            setWidth(this as Placed, to, false);
            (this as Placed).__to = to;
            fadeIn(select(this as HTMLElement), o.duration);
          }),
      (update) => update,
      (exit) => {
        exitFade(exit.attr('tabindex', -1).classed('nsv-gone', true), o.duration);
        return exit;
      },
    )
    .each(function (r) {
      const el = this as RowElement & Placed;
      setAttr(el, 'data-pidns', String(r.pidns));
      setAttr(el, 'tabindex', r.pid === o.focusable ? '0' : '-1');
      setAttr(el, 'aria-current', r.pid === o.selected ? 'true' : null);
      const zombie = r.process.state === 'Z';
      if (el.classList.contains('nsv-zombie') !== zombie) el.classList.toggle('nsv-zombie', zombie);
      updateRow(el, r, o, layout.host);
      moveTo(el, { x: r.x, y: r.y, z: r.right }, false, o.duration);
    })
    .order();
}

export function joinFold(canvas: HTMLElement, layout: NamespaceLayout, o: JoinOptions): void {
  select(canvas)
    .selectAll<HTMLElement, NonNullable<NamespaceLayout['fold']>>('div.nsv-fold')
    .data(layout.fold ? [layout.fold] : [])
    .join('div')
    .attr('class', 'nsv-fold')
    .text((f) => tx('views:namespaces.folded', { count: f.hidden }))
    .each(function (f) {
      moveTo(this as Placed, { x: f.x, y: f.y, z: f.x }, false, o.duration);
    });
}

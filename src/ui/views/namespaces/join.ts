// The namespace diagram's d3 joins: pid-namespace boxes keyed by inode and process rows keyed by
// host pid, as absolutely placed HTML elements (rows are real <button>s, so they take focus). A
// new snapshot only moves what moved: each element remembers where it is going, and a row's
// content is rebuilt only when its text or chips changed. Per frame only the running
// transitions do work. New boxes and rows fade in, gone ones fade out.

import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { NsKind } from '../../../world/inspect/types';
import { CHIP_KINDS, type GroupBox, type NamespaceLayout, type ProcessRow } from './layout';
import { colourOf } from './palette';

interface Pos {
  readonly x: number;
  readonly y: number;
  /** Right inset (rows) or height (boxes). */
  readonly z: number;
}

type Placed = HTMLElement & { __at?: Pos; __to?: Pos; __sig?: string };

export interface JoinOptions {
  readonly colours: ReadonlyMap<string, number>;
  readonly selected: number | undefined;
  readonly focusable: number | undefined;
  readonly duration: number;
}

function apply(el: Placed, p: Pos, box: boolean): void {
  el.__at = p;
  el.style.transform = `translate(${p.x}px, ${p.y}px)`;
  if (box) {
    el.style.width = `calc(100% - ${2 * p.x}px)`;
    el.style.height = `${p.z}px`;
  } else el.style.width = `calc(100% - ${p.x + p.z}px)`;
}

/** Move an element to `to`, animated from wherever it is now. */
function moveTo(el: Placed, to: Pos, box: boolean, duration: number): void {
  const prev = el.__to;
  if (prev && prev.x === to.x && prev.y === to.y && prev.z === to.z) return;
  el.__to = to;
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

function fadeIn(sel: Selection<HTMLElement, unknown, null, undefined>, duration: number): void {
  if (duration === 0) return;
  sel.style('opacity', '0').transition('fade').duration(duration).style('opacity', '1');
}

function exitFade<E extends HTMLElement, D>(
  sel: Selection<E, D, HTMLElement, unknown>,
  duration: number,
): void {
  if (duration === 0) sel.remove();
  else sel.transition('fade').duration(duration).style('opacity', '0').remove();
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
            apply(this as Placed, { x: g.x, y: g.y, z: g.height }, true);
            (this as Placed).__to = { x: g.x, y: g.y, z: g.height };
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

function chipTitle(kind: NsKind, inode: number, own: boolean): string {
  return `${kind}:[${inode}] — ${own ? 'its own namespace' : "the host's (shared)"}`;
}

/** Accessible name of a row: its pids and which namespaces it does not share with the host. */
export function rowName(row: ProcessRow, host: Readonly<Record<NsKind, number>>): string {
  const own = CHIP_KINDS.filter((k) => row.process.ns[k] !== host[k]);
  const ns = own.length ? `own ${own.join(', ')} namespace${own.length > 1 ? 's' : ''}` : 'host namespaces';
  const zombie = row.process.state === 'Z' ? ' (zombie)' : '';
  return `${row.label}${zombie}; ${ns}`;
}

function fillRow(el: HTMLElement, row: ProcessRow, o: JoinOptions, host: Record<NsKind, number>): void {
  const doc = el.ownerDocument;
  el.replaceChildren();
  const comm = el.appendChild(doc.createElement('span'));
  comm.className = 'nsv-comm';
  comm.textContent = row.process.comm;
  const pids = el.appendChild(doc.createElement('span'));
  pids.className = 'nsv-pids';
  pids.textContent = row.label.slice(row.process.comm.length);
  const chips = el.appendChild(doc.createElement('span'));
  chips.className = 'nsv-chips';
  chips.setAttribute('aria-hidden', 'true');
  for (const kind of CHIP_KINDS) {
    const inode = row.process.ns[kind];
    const colour = colourOf(o.colours, kind, inode);
    const chip = chips.appendChild(doc.createElement('span'));
    chip.className = colour ? 'nsv-chip nsv-own' : 'nsv-chip';
    chip.dataset['kind'] = kind;
    chip.dataset['inode'] = String(inode);
    if (colour) chip.style.setProperty('--c', colour);
    chip.title = chipTitle(kind, inode, inode !== host[kind]);
    chip.textContent = kind;
  }
  el.setAttribute('aria-label', rowName(row, host));
}

function rowSig(row: ProcessRow, o: JoinOptions): string {
  const ns = CHIP_KINDS.map((k) => `${row.process.ns[k]}=${o.colours.get(`${k}:${row.process.ns[k]}`) ?? 0}`);
  return `${row.label}|${row.process.state}|${ns.join(',')}`;
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
            (this as Placed).__to = to;
            fadeIn(select(this as HTMLElement), o.duration);
          }),
      (update) => update,
      (exit) => {
        exitFade(exit.attr('tabindex', -1).classed('nsv-gone', true), o.duration);
        return exit;
      },
    )
    .attr('data-pidns', (r) => r.pidns)
    .attr('tabindex', (r) => (r.pid === o.focusable ? 0 : -1))
    .attr('aria-current', (r) => (r.pid === o.selected ? 'true' : null))
    .classed('nsv-zombie', (r) => r.process.state === 'Z')
    .each(function (r) {
      const el = this as Placed;
      const sig = rowSig(r, o);
      if (el.__sig !== sig) {
        el.__sig = sig;
        fillRow(el, r, o, layout.host);
      }
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
    .text(
      (f) =>
        `… ${f.hidden} host process${f.hidden === 1 ? '' : 'es'} folded (not in or above another namespace)`,
    )
    .each(function (f) {
      moveTo(this as Placed, { x: f.x, y: f.y, z: f.x }, false, o.duration);
    });
}

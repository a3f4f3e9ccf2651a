// Where the network diagram puts things: one box per network namespace (the host's on the left,
// the others stacked in a column to its right, ordered by where their veth peers sit in the host
// box so the links rarely cross), one row per interface (a bridge's ports right under the
// bridge, indented), a link per veth pair across boxes and a bus from each bridge to its ports.
// Pure and deterministic: same snapshot, same coordinates; every item has a stable key for joins.

import type { InterfaceInfo, NetNamespaceInfo } from '../../../world/inspect/types';

export const ROW = 20;
export const HEAD = 40;
export const BOX_W = 240;
const GAP_X = 80;
const GAP_Y = 14;
const PAD = 8;

export interface IfaceRow {
  /** `${netns}:${ifindex}` */
  readonly key: string;
  readonly iface: InterfaceInfo;
  /** Top of the row, relative to the box. */
  readonly y: number;
  /** 1 for a bridge port drawn under its bridge. */
  readonly indent: number;
}

export interface NsBox {
  readonly key: string;
  readonly ns: NetNamespaceInfo;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly rows: readonly IfaceRow[];
  /** 1..8: the --ns-N colour. */
  readonly colour: number;
}

export interface NetLink {
  readonly key: string;
  readonly kind: 'veth' | 'port';
  readonly path: string;
  /** A veth between two boxes of one column: the curve goes out to the right. */
  readonly bulge?: true;
}

export interface NetLayout {
  readonly boxes: readonly NsBox[];
  readonly links: readonly NetLink[];
  readonly width: number;
  readonly height: number;
}

/** Interfaces in ifindex order, each bridge followed by its ports. */
function orderRows(ns: NetNamespaceInfo): IfaceRow[] {
  const names = new Set(ns.interfaces.map((i) => i.name));
  const isPort = (i: InterfaceInfo): boolean => i.master !== undefined && names.has(i.master);
  const rows: IfaceRow[] = [];
  const add = (iface: InterfaceInfo, indent: number): void => {
    rows.push({ key: `${ns.inode}:${iface.index}`, iface, y: HEAD + rows.length * ROW, indent });
  };
  for (const i of ns.interfaces) {
    if (isPort(i)) continue;
    add(i, 0);
    if (i.kind === 'bridge') for (const p of ns.interfaces) if (p.master === i.name) add(p, 1);
  }
  return rows;
}

const boxHeight = (rows: readonly IfaceRow[]): number => HEAD + rows.length * ROW + PAD;

/** The host box first, then the others by the host row their veth peer is on, then by inode. */
function arrange(nets: readonly NetNamespaceInfo[]): NsBox[] {
  const host = nets.find((n) => n.initial) ?? nets[0];
  if (!host) return [];
  const hostRows = orderRows(host);
  const hostBox: NsBox = {
    key: String(host.inode),
    ns: host,
    x: 0,
    y: 0,
    w: BOX_W,
    h: boxHeight(hostRows),
    rows: hostRows,
    colour: 1,
  };
  const rank = (n: NetNamespaceInfo): number => {
    const rowsTo = n.interfaces
      .filter((i) => i.peer?.netns === host.inode)
      .map((i) => hostRows.findIndex((r) => r.iface.index === i.peer?.index));
    return rowsTo.length ? Math.min(...rowsTo) : Number.MAX_SAFE_INTEGER;
  };
  const others = nets.filter((n) => n !== host).map((n) => ({ n, rank: rank(n) }));
  others.sort((a, b) => a.rank - b.rank || a.n.inode - b.n.inode);
  const boxes = [hostBox];
  let y = 0;
  for (const [i, { n }] of others.entries()) {
    const rows = orderRows(n);
    const h = boxHeight(rows);
    boxes.push({ key: String(n.inode), ns: n, x: BOX_W + GAP_X, y, w: BOX_W, h, rows, colour: 2 + (i % 7) });
    y += h + GAP_Y;
  }
  return boxes;
}

interface Anchor {
  readonly box: NsBox;
  readonly row: IfaceRow;
}

function vethPath(a: Anchor, b: Anchor): string {
  const ya = a.box.y + a.row.y + ROW / 2;
  const yb = b.box.y + b.row.y + ROW / 2;
  if (a.box.x === b.box.x) {
    // Same column: leave and come back on the right, bulging out.
    const x = a.box.x + a.box.w;
    return `M${x},${ya} C${x + 60},${ya} ${x + 60},${yb} ${x},${yb}`;
  }
  const [l, r, yl, yr] = a.box.x < b.box.x ? [a, b, ya, yb] : [b, a, yb, ya];
  const x1 = l.box.x + l.box.w;
  const x2 = r.box.x;
  const mid = (x1 + x2) / 2;
  return `M${x1},${yl} C${mid},${yl} ${mid},${yr} ${x2},${yr}`;
}

function linksOf(boxes: readonly NsBox[]): NetLink[] {
  const anchors = new Map<string, Anchor>();
  for (const box of boxes) for (const row of box.rows) anchors.set(row.key, { box, row });
  const links: NetLink[] = [];
  for (const box of boxes) {
    for (const row of box.rows) {
      const p = row.iface.peer;
      if (row.iface.kind === 'bridge') links.push(...portLinks(box, row));
      if (!p) continue;
      const other = anchors.get(`${p.netns}:${p.index}`);
      const key = [row.key, `${p.netns}:${p.index}`].sort().join('=');
      if (!other || !key.startsWith(row.key)) continue;
      const path = vethPath({ box, row }, other);
      links.push(
        other.box.x === box.x ? { key, kind: 'veth', path, bulge: true } : { key, kind: 'veth', path },
      );
    }
  }
  return links;
}

/** A bus down the left of the box from a bridge to each of its ports. */
function portLinks(box: NsBox, bridge: IfaceRow): NetLink[] {
  const x = box.x + 12;
  const y0 = box.y + bridge.y + ROW / 2;
  return box.rows
    .filter((r) => r.indent === 1 && r.iface.master === bridge.iface.name)
    .map((r) => {
      const y = box.y + r.y + ROW / 2;
      return {
        key: `${bridge.key}>${r.key}`,
        kind: 'port' as const,
        path: `M${x},${y0 + 6} V${y} H${x + 12}`,
      };
    });
}

export function layoutNet(nets: readonly NetNamespaceInfo[]): NetLayout {
  const boxes = arrange(nets);
  const links = linksOf(boxes);
  // Room on the right for curves between two boxes of the same column.
  const sameColumn = links.some((l) => l.bulge === true);
  const width = (boxes.length > 1 ? 2 * BOX_W + GAP_X : BOX_W) + (sameColumn ? 64 : 0);
  const height = Math.max(0, ...boxes.map((b) => b.y + b.h));
  return { boxes, links, width, height };
}

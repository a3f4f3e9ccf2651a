// The network as a diagram: a box per network namespace (host on the left, containers and other
// unshared namespaces to the right) with a row per interface — state dot, name, kind, IPv4
// addresses; a loop glyph on loopbacks; the docker0 bridge with a bus to its ports; each veth
// pair a curve from one end to the other across boxes. Drawn with d3 joins keyed by namespace
// inode, `${netns}:${ifindex}` and link keys, so a snapshot moves and updates elements instead of
// re-creating the SVG. Pure: takes the namespaces as props.
// Simplification: no routes, no IPv6, no traffic; one column of non-host namespaces.

import { memo, useEffect, useMemo, useRef } from 'react';
import { select, type Selection } from 'd3-selection';
import type { NetNamespaceInfo } from '../../../world/inspect/types';
import { BOX_W, layoutNet, ROW, type IfaceRow, type NetLayout, type NsBox } from './netLayout';
import { netSummary, nsWho } from './netText';
import { useT } from '../../i18n/react';

interface Props {
  readonly nets: readonly NetNamespaceInfo[];
}

const ifaceLabel = (r: IfaceRow): string =>
  r.iface.kind === 'other' || r.iface.kind === 'loopback'
    ? r.iface.name
    : `${r.iface.name} (${r.iface.kind})`;

function drawRows(box: Selection<SVGGElement, NsBox, SVGGElement, unknown>): void {
  box
    .selectAll<SVGGElement, IfaceRow>('g.iface')
    .data(
      (d) => d.rows,
      (r) => r.key,
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'iface');
      g.append('circle')
        .attr('class', 'state')
        .attr('r', 4)
        .attr('cy', ROW / 2);
      g.append('text')
        .attr('class', 'name')
        .attr('y', ROW / 2)
        .attr('dy', '0.35em');
      g.append('text')
        .attr('class', 'addr')
        .attr('y', ROW / 2)
        .attr('dy', '0.35em')
        .attr('text-anchor', 'end');
      g.append('title');
      return g;
    })
    .attr('data-key', (r) => r.key)
    .attr('data-kind', (r) => r.iface.kind)
    .attr('transform', (r) => `translate(0,${r.y})`)
    .call((g) => {
      g.select('circle.state')
        .attr('cx', (r) => 20 + r.indent * 14)
        .attr('class', (r) => `state ${r.iface.up ? 'up' : 'down'}`);
      g.select('text.name')
        .attr('x', (r) => 30 + r.indent * 14)
        .text(ifaceLabel);
      g.select('text.addr')
        .attr('x', BOX_W - 8)
        .text((r) =>
          r.iface.kind === 'loopback' ? `↻ ${r.iface.addresses.join(' ')}` : r.iface.addresses.join(' '),
        );
      g.select('title').text(
        (r) => `${r.iface.name}: ${r.iface.operstate}, mtu ${r.iface.mtu}, ${r.iface.mac}`,
      );
    });
}

function draw(svg: SVGSVGElement, layout: NetLayout): void {
  const root = select(svg);
  root
    .select<SVGGElement>('g.links')
    .selectAll<SVGPathElement, NetLayout['links'][number]>('path.link')
    .data(layout.links, (l) => l.key)
    .join('path')
    .attr('class', (l) => `link link-${l.kind}`)
    .attr('data-key', (l) => l.key)
    .attr('d', (l) => l.path);
  const boxes = root
    .select<SVGGElement>('g.boxes')
    .selectAll<SVGGElement, NsBox>('g.netns')
    .data(layout.boxes, (b) => b.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'netns');
      g.append('rect').attr('class', 'frame').attr('rx', 6);
      g.append('text').attr('class', 'title').attr('x', 10).attr('y', 16);
      g.append('text').attr('class', 'sub').attr('x', 10).attr('y', 31);
      return g;
    })
    .attr('data-netns', (b) => b.key)
    .attr('style', (b) => `--box: var(--ns-${b.colour}, #0969da); transform: translate(${b.x}px, ${b.y}px)`);
  boxes
    .select('rect.frame')
    .attr('width', (b) => b.w)
    .attr('height', (b) => b.h);
  boxes.select('text.title').text((b) => `net:[${b.ns.inode}]`);
  boxes.select('text.sub').text((b) => nsWho(b.ns));
  drawRows(boxes);
}

export const NetDiagram = memo(function NetDiagram({ nets }: Props) {
  const { i18n } = useT('views');
  const lang = i18n.language;
  const ref = useRef<SVGSVGElement>(null);
  const layout = useMemo(() => layoutNet(nets), [nets]);
  // Redrawn on a language switch too: the boxes' subtitles are words.
  useEffect(() => {
    if (ref.current && lang) draw(ref.current, layout);
  }, [layout, lang]);
  return (
    <svg
      ref={ref}
      className="net-diagram"
      role="img"
      aria-label={netSummary(nets)}
      width={layout.width + 2}
      height={layout.height + 2}
      style={{ width: '100%', maxWidth: layout.width + 2, height: 'auto' }}
      viewBox={`-1 -1 ${layout.width + 2} ${layout.height + 2}`}
    >
      <g className="boxes" />
      <g className="links" />
    </svg>
  );
});

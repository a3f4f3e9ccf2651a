// iproute2 6.1 output formats (ip/ipaddress.c print_linkinfo/print_addrinfo, ip/iproute.c
// print_route): pure functions from rtnetlink messages to the text `ip` prints.

import {
  IFF_BROADCAST,
  IFF_LOOPBACK,
  IFF_LOWER_UP,
  IFF_MULTICAST,
  IFF_NOARP,
  IFF_PROMISC,
  IFF_RUNNING,
  IFF_UP,
} from '../../kernel/abi/rtnetlink';
import type { AddrMsg, LinkMsg, RouteMsg } from '../../kernel/abi/rtnetlink';
import { AF_INET } from '../../kernel/abi/socket';

const FLAG_NAMES: Array<[number, string]> = [
  [IFF_LOOPBACK, 'LOOPBACK'],
  [IFF_BROADCAST, 'BROADCAST'],
  [IFF_MULTICAST, 'MULTICAST'],
  [IFF_NOARP, 'NOARP'],
  [IFF_PROMISC, 'PROMISC'],
  [IFF_UP, 'UP'],
  [IFF_LOWER_UP, 'LOWER_UP'],
];

/** "<BROADCAST,MULTICAST,UP,LOWER_UP>" (print_link_flags). */
export function linkFlags(flags: number, mdown: boolean): string {
  const out: string[] = [];
  if (flags & IFF_UP && !(flags & IFF_RUNNING)) out.push('NO-CARRIER');
  for (const [bit, name] of FLAG_NAMES) if (flags & bit) out.push(name);
  if (mdown) out.push('M-DOWN');
  return `<${out.join(',')}>`;
}

export interface LinkContext {
  /** Names of the links in this namespace by ifindex (for "veth0@veth1" and "master br0"). */
  readonly names: ReadonlyMap<number, string>;
  /** Names of network namespaces by the nsid this namespace gave them (for "link-netns NAME"). */
  readonly netnsNames: ReadonlyMap<number, string>;
}

/** "veth0@veth1", "veth0@if5", "lo". */
export function linkName(l: LinkMsg, ctx: LinkContext): string {
  if (l.link === undefined) return l.ifname;
  if (l.linkNetnsid !== undefined) return `${l.ifname}@if${l.link}`;
  return `${l.ifname}@${ctx.names.get(l.link) ?? 'NONE'}`;
}

/** The header line of a link; `mode DEFAULT` is printed by `ip link`, not by `ip addr`. */
export function linkHeader(l: LinkMsg, ctx: LinkContext, withMode: boolean): string {
  const master = l.master === undefined ? '' : ` master ${ctx.names.get(l.master) ?? l.master}`;
  const mode = withMode ? ' mode DEFAULT' : '';
  const mdown = l.peerDown === true;
  return (
    `${l.index}: ${linkName(l, ctx)}: ${linkFlags(l.flags, mdown)} mtu ${l.mtu} qdisc ${l.qdisc}${master} ` +
    `state ${l.operstate}${mode} group default qlen ${l.txqlen}`
  );
}

/** "    link/ether 0e:22:00:ca:6f:86 brd ff:ff:ff:ff:ff:ff link-netns t1". */
export function linkLayerLine(l: LinkMsg, ctx: LinkContext): string {
  let line = `    link/${l.linkType} ${l.address} brd ${l.broadcast}`;
  if (l.linkNetnsid !== undefined) {
    const name = ctx.netnsNames.get(l.linkNetnsid);
    line += name === undefined ? ` link-netnsid ${l.linkNetnsid}` : ` link-netns ${name}`;
  }
  return line;
}

/** The two lines of one address (print_addrinfo). */
export function addrLines(a: AddrMsg): [string, string] {
  const inet = a.family === AF_INET;
  const brd = a.broadcast === undefined ? '' : ` brd ${a.broadcast}`;
  const head = inet
    ? `    inet ${a.local}/${a.prefixlen}${brd} scope ${a.scope} ${a.label}`
    : `    inet6 ${a.local}/${a.prefixlen} scope ${a.scope} `;
  return [head, '       valid_lft forever preferred_lft forever'];
}

/** One route line, with iproute2's trailing space (print_route). */
export function routeLine(r: RouteMsg, names: ReadonlyMap<number, string>): string {
  const dst = r.dstLen === 0 ? 'default' : r.dstLen === 32 ? r.dst : `${r.dst}/${r.dstLen}`;
  let out = `${dst} `;
  if (r.gateway !== undefined) out += `via ${r.gateway} `;
  out += `dev ${names.get(r.oif) ?? `if${r.oif}`} `;
  if (r.protocol !== 'boot') out += `proto ${r.protocol} `;
  if (r.scope !== 'global') out += `scope ${r.scope} `;
  if (r.prefsrc !== undefined) out += `src ${r.prefsrc} `;
  if (r.metric !== undefined) out += `metric ${r.metric} `;
  if (r.linkdown) out += 'linkdown ';
  return out;
}

/** `ip -br link`: "lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> ". */
export function briefLink(l: LinkMsg, ctx: LinkContext): string {
  const flags = linkFlags(l.flags, l.peerDown === true);
  return `${linkName(l, ctx).padEnd(16)} ${l.operstate.padEnd(14)} ${l.address} ${flags} `;
}

/** `ip -br addr`: name, state, then every address. */
export function briefAddr(l: LinkMsg, ctx: LinkContext, addrs: readonly AddrMsg[]): string {
  const list = addrs.map((a) => `${a.local}/${a.prefixlen} `).join('');
  return `${linkName(l, ctx).padEnd(16)} ${l.operstate.padEnd(14)} ${list}`;
}

/** -o (oneline): the lines of one record joined with "\". */
export function oneline(lines: readonly string[]): string {
  return lines.join('\\');
}

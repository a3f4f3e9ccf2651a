// Building rtnetlink answers: the link, address and route messages `ip` prints
// (rtnl_fill_ifinfo, inet_fill_ifaddr, fib_dump_info).
// Simplification: IPv6 appears only as the addresses the kernel configures by itself (::1 on lo,
// a fe80:: link-local address on other links with a carrier); there is no IPv6 traffic.

import { AF_INET, AF_INET6 } from '../abi/socket';
import { IFF_NOARP } from '../abi/rtnetlink';
import type { AddrMsg, LinkMsg, RouteMsg } from '../abi/rtnetlink';
import { formatIPv4, formatMac, linkLocal6 } from '../../lib/inet';
import type { NetDevice } from './device';
import type { NetStack } from './stack';

export function linkMsg(stack: NetStack, d: NetDevice): LinkMsg {
  const loop = d.kind === 'loopback';
  const peer = d.peer;
  const msg: LinkMsg = {
    index: d.index,
    ifname: d.name,
    flags: d.flags() | (d.kind === 'dummy' ? IFF_NOARP : 0),
    mtu: d.mtu,
    qdisc: d.qdisc(),
    operstate: d.operstate(),
    txqlen: d.txqlen,
    linkType: loop ? 'loopback' : 'ether',
    address: formatMac(d.mac),
    broadcast: loop ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff',
    stats: d.snapshotStats(),
    ...(d.kind === 'loopback' || d.kind === 'ether' ? {} : { kind: d.kind }),
    ...(d.master ? { master: d.master.index } : {}),
  };
  if (!peer) return msg;
  if (peer.stack === stack) return { ...msg, link: peer.index, peerDown: !peer.up };
  return { ...msg, link: peer.index, linkNetnsid: stack.nsidOf(peer.stack) };
}

function inet6(d: NetDevice): AddrMsg | undefined {
  if (!d.up) return undefined;
  if (d.kind === 'loopback')
    return { family: AF_INET6, index: d.index, prefixlen: 128, scope: 'host', local: '::1', label: d.name };
  if (!d.carrier()) return undefined;
  return {
    family: AF_INET6,
    index: d.index,
    prefixlen: 64,
    scope: 'link',
    local: linkLocal6(d.mac),
    label: d.name,
  };
}

export function addrMsgs(stack: NetStack, family: number | undefined): AddrMsg[] {
  const out: AddrMsg[] = [];
  for (const d of stack.list()) {
    if (family === undefined || family === AF_INET) {
      for (const a of stack.addrs) {
        if (a.dev !== d) continue;
        out.push({
          family: AF_INET,
          index: d.index,
          prefixlen: a.prefixlen,
          scope: a.addr >>> 24 === 127 ? 'host' : 'global',
          local: formatIPv4(a.addr),
          label: d.name,
          ...(a.broadcast === undefined ? {} : { broadcast: formatIPv4(a.broadcast) }),
        });
      }
    }
    const six = family === undefined || family === AF_INET6 ? inet6(d) : undefined;
    if (six) out.push(six);
  }
  return out;
}

export function routeMsgs(stack: NetStack): RouteMsg[] {
  const routes = stack.fib().sort((a, b) => a.dst - b.dst || a.len - b.len || a.metric - b.metric);
  return routes.map((r) => ({
    dst: formatIPv4(r.dst),
    dstLen: r.len,
    oif: r.dev.index,
    protocol: r.connected ? 'kernel' : 'boot',
    scope: r.connected || r.gateway === undefined ? 'link' : 'global',
    ...(r.gateway === undefined ? {} : { gateway: formatIPv4(r.gateway) }),
    ...(r.prefsrc === undefined ? {} : { prefsrc: formatIPv4(r.prefsrc) }),
    ...(r.metric ? { metric: r.metric } : {}),
    ...(r.dev.carrier() ? {} : { linkdown: true }),
  }));
}

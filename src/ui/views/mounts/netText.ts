// Words for the network: a namespace's title, one line per interface, and the one-sentence
// summary the diagram gives screen readers. Shared by the diagram and its text alternative.

import type { InterfaceInfo, NetNamespaceInfo } from '../../../world/inspect/types';
import { tx } from '../../i18n/react';

/** Whose namespace it is: "host", or the hostname and first process ("4be182efb42a · sleep 10"). */
export function nsWho(ns: NetNamespaceInfo): string {
  if (ns.initial) return tx('views:mounts.host');
  const bound = ns.bindMounts?.[0];
  if (ns.pids.length === 0 || !ns.leader)
    return bound?.startsWith('/run/netns/')
      ? `ip netns ${bound.slice(11)}`
      : tx('views:mounts.noProcessesShort');
  return `${ns.hostname} · ${ns.leader.comm} ${ns.leader.pid}`;
}

export function nsTitle(ns: NetNamespaceInfo): string {
  return `net:[${ns.inode}] ${nsWho(ns)}`;
}

export function nsNameOf(nets: readonly NetNamespaceInfo[], inode: number): string {
  const ns = nets.find((n) => n.inode === inode);
  return ns ? nsTitle(ns) : `net:[${inode}]`;
}

/** "eth0 (veth, UP) 172.17.0.2/16, peer veth4be182e in net:[4026531833] host". */
export function ifaceLine(nets: readonly NetNamespaceInfo[], ns: NetNamespaceInfo, i: InterfaceInfo): string {
  const parts = [`${i.name} (${i.kind === 'other' ? 'ethernet' : i.kind}, ${i.operstate})`];
  if (i.addresses.length) parts.push(i.addresses.join(' '));
  else parts.push(tx('views:mounts.noIpv4'));
  const extra: string[] = [];
  if (i.master) extra.push(tx('views:mounts.portOf', { bridge: i.master }));
  if (i.kind === 'bridge') {
    const ports = ns.interfaces.filter((p) => p.master === i.name).map((p) => p.name);
    extra.push(
      ports.length ? tx('views:mounts.ports', { list: ports.join(', ') }) : tx('views:mounts.noPorts'),
    );
  }
  if (i.peer)
    extra.push(tx('views:mounts.vethPeer', { name: i.peer.name, nsName: nsNameOf(nets, i.peer.netns) }));
  return [parts.join(' '), ...extra].join(tx('views:mounts.sep'));
}

export function netSummary(nets: readonly NetNamespaceInfo[]): string {
  const veths = nets.flatMap((n) => n.interfaces.filter((i) => i.kind === 'veth' && i.peer)).length / 2;
  const bridges = nets.flatMap((n) =>
    n.interfaces
      .filter((i) => i.kind === 'bridge')
      .map((b) =>
        tx('views:mounts.bridgeWith', {
          name: b.name,
          count: n.interfaces.filter((p) => p.master === b.name).length,
        }),
      ),
  );
  const sep = tx('views:mounts.sep');
  const ns = tx('views:mounts.netnsCount', { count: nets.length });
  const pairs = tx('views:mounts.vethPairs', { count: Math.floor(veths) });
  return tx('views:mounts.netSummary', { parts: [ns, pairs, ...bridges].join(sep) });
}

// Words for the network: a namespace's title, one line per interface, and the one-sentence
// summary the diagram gives screen readers. Shared by the diagram and its text alternative.

import type { InterfaceInfo, NetNamespaceInfo } from '../../../world/inspect/types';

/** Whose namespace it is: "host", or the hostname and first process ("4be182efb42a · sleep 10"). */
export function nsWho(ns: NetNamespaceInfo): string {
  if (ns.initial) return 'host';
  const bound = ns.bindMounts?.[0];
  if (ns.pids.length === 0 || !ns.leader)
    return bound?.startsWith('/run/netns/') ? `ip netns ${bound.slice(11)}` : '(no processes)';
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
  else parts.push('no IPv4 address');
  const extra: string[] = [];
  if (i.master) extra.push(`port of bridge ${i.master}`);
  if (i.kind === 'bridge') {
    const ports = ns.interfaces.filter((p) => p.master === i.name).map((p) => p.name);
    extra.push(ports.length ? `ports ${ports.join(', ')}` : 'no ports');
  }
  if (i.peer) extra.push(`veth peer ${i.peer.name} in ${nsNameOf(nets, i.peer.netns)}`);
  return [parts.join(' '), ...extra].join(', ');
}

export function netSummary(nets: readonly NetNamespaceInfo[]): string {
  const veths = nets.flatMap((n) => n.interfaces.filter((i) => i.kind === 'veth' && i.peer)).length / 2;
  const bridges = nets.flatMap((n) =>
    n.interfaces
      .filter((i) => i.kind === 'bridge')
      .map((b) => `${b.name} with ${n.interfaces.filter((p) => p.master === b.name).length} ports`),
  );
  const ns = `${nets.length} network namespace${nets.length === 1 ? '' : 's'}`;
  const pairs = `${Math.floor(veths)} veth pair${veths === 1 ? '' : 's'}`;
  return `Network: ${ns}, ${pairs}${bridges.length ? `, bridge ${bridges.join(', bridge ')}` : ''}.`;
}

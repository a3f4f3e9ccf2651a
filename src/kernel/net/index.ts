// src/kernel/net: the network stack. Each network namespace (network_namespaces(7)) gets its own
// devices (a loopback device that starts DOWN; veth pairs whose ends may live in different
// namespaces; Linux bridges with ports; dummies; the host's ethernet card), IPv4 addresses, a
// routing table and sockets. rtnetlink.ts answers `ip`'s requests, path.ts carries packets between
// namespaces over veth and bridges, tcp.ts and ping.ts are the TCP and ICMP "ping" sockets.
//
// Simplification: packets are not bytes on a wire. A send finds the route (longest prefix), then
// the neighbour on the link layer segment (veth peer, bridge ports) directly, without ARP frames;
// counters and a small virtual latency per hop are charged along the way. No IPv6 traffic (links
// show their link-local inet6 addresses only), no UDP, no netfilter, no traffic control.
// Simplification: namespaces never die, so devices in a namespace nobody uses any more live on.

import { parseMac } from '../../lib/inet';
import type { KernelCore } from '../core';
import type { NetNamespace } from '../ns/nsproxy';
import { SuperBlock } from '../vfs/superblock';
import { NetDevice } from './device';
import { NetStack } from './stack';
import { addAddress, setUp } from './links';

export { NetStack } from './stack';

export const SOCKFS_MAGIC = 0x534f434b;

/** The stack of a network namespace, created (with its DOWN loopback device) on first use. */
export function stackOf(k: KernelCore, ns: NetNamespace): NetStack {
  if (ns.stack) return ns.stack;
  const host = ns === k.initNet;
  const shared = host
    ? { sockfs: new SuperBlock(k, 'sockfs', 8, SOCKFS_MAGIC) }
    : stackOf(k, k.initNet).shared;
  const stack = new NetStack(k, ns.inum, shared);
  ns.stack = stack;
  stack.attach(new NetDevice(stack, stack.allocIndex(), 'lo', 'loopback', new Uint8Array(6), 65536));
  if (host) configureHost(stack);
  return stack;
}

/** The network stack of the calling task's namespace. */
export function currentStack(k: KernelCore): NetStack {
  return stackOf(k, k.current?.ns.net ?? k.initNet);
}

/**
 * The initial namespace looks like a small virtual machine behind QEMU's user-mode network: lo,
 * and eth0 with 10.0.2.15/24 and a default route via 10.0.2.2.
 * Simplification: nothing is behind eth0, so the gateway never answers (connections and pings to
 * the outside fail with "No route to host" once address resolution times out).
 */
function configureHost(stack: NetStack): void {
  const lo = stack.loopback();
  if (lo) setUp(lo, true);
  const mac = parseMac('52:54:00:12:34:56') ?? new Uint8Array(6);
  const eth0 = new NetDevice(stack, stack.allocIndex(), 'eth0', 'ether', mac, 1500);
  stack.attach(eth0);
  setUp(eth0, true);
  addAddress(stack, eth0, 0x0a00020f, 24, 0x0a0002ff);
  stack.routes.push({ dst: 0, len: 0, gateway: 0x0a000202, dev: eth0, metric: 0 });
}

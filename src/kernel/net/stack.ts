// The IPv4 state of one network namespace (struct net): its devices by ifindex, interface
// addresses, the main routing table and the sockets bound in it. Connected routes are derived from
// the addresses of devices that are up (the kernel adds them as "proto kernel scope link" routes);
// static routes are flushed when their device goes down, as fib_sync_down_dev does.
// Simplification: one routing table (main) plus the implicit local routes; no policy rules.

import { inPrefix, networkOf } from '../../lib/inet';
import type { KernelCore } from '../core';
import type { SuperBlock } from '../vfs/superblock';
import type { NetDevice } from './device';

export interface IfAddr {
  readonly dev: NetDevice;
  readonly addr: number;
  readonly prefixlen: number;
  readonly broadcast?: number;
}

export interface StaticRoute {
  readonly dst: number;
  readonly len: number;
  readonly gateway?: number;
  readonly dev: NetDevice;
  readonly metric: number;
}

/** A route as the FIB reports it: connected or static. */
export interface FibRoute extends StaticRoute {
  readonly connected: boolean;
  readonly prefsrc?: number;
}

export interface RouteResult {
  readonly local: boolean;
  readonly dev: NetDevice;
  readonly gateway?: number;
  readonly src: number;
}

/** A socket bound to a local port in this namespace. */
export interface BoundSocket {
  readonly proto: number;
  readonly localAddr: number;
  readonly localPort: number;
  readonly reuseAddr: boolean;
  readonly listening: boolean;
}

/** Kernel-wide networking state shared by every namespace's stack. */
export interface NetShared {
  readonly sockfs: SuperBlock;
}

export class NetStack {
  readonly devices = new Map<number, NetDevice>();
  addrs: IfAddr[] = [];
  routes: StaticRoute[] = [];
  readonly sockets = new Set<BoundSocket>();
  /** Ids this namespace has given to other namespaces (RTM_NEWNSID / link-netnsid). */
  readonly nsids = new Map<NetStack, number>();
  /** net.ipv4.ip_forward */
  forwarding = false;
  /** net.ipv4.icmp_echo_ignore_all */
  echoIgnoreAll = false;
  private lastIndex = 0;
  private nextPort = 0;

  constructor(
    readonly k: KernelCore,
    readonly inum: number,
    readonly shared: NetShared,
  ) {}

  /** Devices in ifindex order. */
  list(): NetDevice[] {
    return [...this.devices.values()].sort((a, b) => a.index - b.index);
  }

  byName(name: string): NetDevice | undefined {
    for (const d of this.devices.values()) if (d.name === name) return d;
    return undefined;
  }

  /** An ifindex for a new or arriving device: `wanted` if free, else the next unused one. */
  allocIndex(wanted?: number): number {
    if (wanted !== undefined && !this.devices.has(wanted)) return wanted;
    do this.lastIndex++;
    while (this.devices.has(this.lastIndex));
    return this.lastIndex;
  }

  attach(dev: NetDevice): void {
    dev.stack = this;
    this.devices.set(dev.index, dev);
    if (dev.index > this.lastIndex) this.lastIndex = dev.index;
  }

  /** Remove a device with its addresses and routes (unregister_netdevice). */
  detach(dev: NetDevice): void {
    this.devices.delete(dev.index);
    this.addrs = this.addrs.filter((a) => a.dev !== dev);
    this.routes = this.routes.filter((r) => r.dev !== dev);
  }

  /** The device went down: its static routes go away (connected ones follow its addresses). */
  flushRoutes(dev: NetDevice): void {
    this.routes = this.routes.filter((r) => r.dev !== dev);
  }

  /** Whether packets to `addr` are delivered locally: an address of an up device (weak host). */
  isLocal(addr: number): boolean {
    return this.addrs.some(
      (a) =>
        a.dev.up && (a.addr === addr || (a.dev.kind === 'loopback' && inPrefix(addr, a.addr, a.prefixlen))),
    );
  }

  /** Whether `addr` is configured here at all (bind(2) accepts it, EADDRNOTAVAIL otherwise). */
  hasAddress(addr: number): boolean {
    return this.addrs.some(
      (a) => a.addr === addr || (a.dev.kind === 'loopback' && inPrefix(addr, a.addr, a.prefixlen)),
    );
  }

  loopback(): NetDevice | undefined {
    for (const d of this.devices.values()) if (d.kind === 'loopback') return d;
    return undefined;
  }

  /** The main table: connected routes of up devices, then static routes. */
  fib(): FibRoute[] {
    const out: FibRoute[] = [];
    for (const a of this.addrs) {
      if (!a.dev.up || a.dev.kind === 'loopback' || a.prefixlen === 32) continue;
      const dst = networkOf(a.addr, a.prefixlen);
      if (out.some((r) => r.dst === dst && r.len === a.prefixlen && r.dev === a.dev)) continue;
      out.push({ dst, len: a.prefixlen, dev: a.dev, metric: 0, connected: true, prefsrc: a.addr });
    }
    for (const r of this.routes) out.push({ ...r, connected: false });
    return out;
  }

  /** ip_route_output: local delivery or the best route by longest prefix, then lowest metric. */
  lookup(dst: number): RouteResult | undefined {
    const lo = this.loopback();
    if (lo?.up && this.isLocal(dst)) return { local: true, dev: lo, src: dst };
    let best: FibRoute | undefined;
    for (const r of this.fib()) {
      if (!r.dev.up || !inPrefix(dst, r.dst, r.len)) continue;
      if (!best || r.len > best.len || (r.len === best.len && r.metric < best.metric)) best = r;
    }
    if (!best) return undefined;
    const src = best.prefsrc ?? this.sourceFor(best.dev, best.gateway ?? dst);
    return {
      local: false,
      dev: best.dev,
      src,
      ...(best.gateway === undefined ? {} : { gateway: best.gateway }),
    };
  }

  /** inet_select_addr: an address of `dev` on the next hop's subnet, else any of its, else any. */
  private sourceFor(dev: NetDevice, nexthop: number): number {
    const mine = this.addrs.filter((a) => a.dev === dev);
    const onLink = mine.find((a) => inPrefix(nexthop, a.addr, a.prefixlen));
    const any = this.addrs.find((a) => a.dev.kind !== 'loopback');
    return (onLink ?? mine[0] ?? any)?.addr ?? 0;
  }

  /** The id this namespace uses for `other`, assigned on first use (peernet2id_alloc). */
  nsidOf(other: NetStack): number {
    let id = this.nsids.get(other);
    if (id === undefined) {
      id = 0;
      const used = new Set(this.nsids.values());
      while (used.has(id)) id++;
      this.nsids.set(other, id);
    }
    return id;
  }

  /** A free ephemeral port (ip_local_port_range 32768-60999). */
  ephemeralPort(proto: number): number {
    if (this.nextPort === 0) this.nextPort = 32768 + this.k.rng.int(28232);
    for (let i = 0; i < 28232; i++) {
      const port = this.nextPort;
      this.nextPort = port >= 60999 ? 32768 : port + 1;
      if (![...this.sockets].some((s) => s.proto === proto && s.localPort === port)) return port;
    }
    return 0;
  }
}

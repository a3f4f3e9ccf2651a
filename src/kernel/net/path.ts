// Carrying a packet: route it in the sender's namespace, then find the neighbour that owns the next
// hop on the link-layer segment behind the output device (a veth's peer; through a bridge, the
// bridge itself and every other port's peer), then deliver it to the namespace owning that
// neighbour, forwarding again there if the destination is not local and forwarding is on.
// Counters are charged on every device the packet leaves or enters.
// Simplification: neighbour resolution looks at the segment directly (no ARP packets); it fails
// after the 3 s ARP gives up, with EHOSTUNREACH. Bridges flood rather than learn.

import { EHOSTUNREACH, ENETUNREACH, ETIMEDOUT } from '../abi/errno';
import type { NetDevice } from './device';
import type { NetStack } from './stack';

/** A device the packet crossed, and whether it left (tx) or entered (rx) through it. */
export interface Hop {
  readonly dev: NetDevice;
  readonly dir: 'tx' | 'rx';
}

export type Delivery =
  | {
      readonly ok: true;
      readonly to: NetStack;
      readonly src: number;
      readonly hops: Hop[];
      readonly ttl: number;
    }
  | { readonly ok: false; readonly errno: number; readonly src: number; readonly reporter: number };

/** How long a failed neighbour resolution takes (3 ARP probes, 1 s apart). */
export const ARP_TIMEOUT_NS = 3e9;

const INITIAL_TTL = 64;

/** Neighbours reachable from `out` at the link layer, each with the devices on the way. */
function segment(out: NetDevice): Array<{ dev: NetDevice; hops: Hop[] }> {
  const found: Array<{ dev: NetDevice; hops: Hop[] }> = [];
  const seen = new Set<NetDevice>([out]);
  const cross = (dev: NetDevice, hops: Hop[]): void => {
    const peer = dev.kind === 'veth' ? dev.peer : undefined;
    if (!peer?.up || seen.has(peer)) return;
    seen.add(peer);
    arrive(peer, [...hops, { dev: peer, dir: 'rx' }]);
  };
  const arrive = (dev: NetDevice, hops: Hop[]): void => {
    const br = dev.master;
    if (!br?.up) {
      if (!br) found.push({ dev, hops });
      return;
    }
    if (!seen.has(br)) {
      seen.add(br);
      found.push({ dev: br, hops: [...hops, { dev: br, dir: 'rx' }] });
    }
    for (const port of br.ports) {
      if (port === dev || !port.up) continue;
      cross(port, [...hops, { dev: port, dir: 'tx' }]);
    }
  };
  if (out.kind === 'bridge') {
    for (const port of out.ports) if (port.up) cross(port, [{ dev: port, dir: 'tx' }]);
  } else {
    cross(out, []);
  }
  return found;
}

/** Send a packet from `from` to `dst`: where it ends up, or why it cannot get there. */
export function deliver(from: NetStack, dst: number, ttl = INITIAL_TTL): Delivery {
  const r = from.lookup(dst);
  if (!r) return { ok: false, errno: -ENETUNREACH, src: 0, reporter: 0 };
  const start: Hop[] = [{ dev: r.dev, dir: 'tx' }];
  if (r.local) return { ok: true, to: from, src: r.src, hops: [...start, { dev: r.dev, dir: 'rx' }], ttl };
  const nexthop = r.gateway ?? dst;
  const neighbour = r.dev.carrier()
    ? segment(r.dev).find((n) => n.dev.up && n.dev.stack.isLocal(nexthop))
    : undefined;
  if (!neighbour) return { ok: false, errno: -EHOSTUNREACH, src: r.src, reporter: r.src };
  const hops = [...start, ...neighbour.hops];
  const to = neighbour.dev.stack;
  if (to.isLocal(dst)) return { ok: true, to, src: r.src, hops, ttl };
  if (!to.forwarding || ttl <= 1) return { ok: false, errno: -ETIMEDOUT, src: r.src, reporter: 0 };
  const next = deliver(to, dst, ttl - 1);
  return next.ok ? { ...next, src: r.src, hops: [...hops, ...next.hops] } : { ...next, src: r.src };
}

/** Charge a packet of `bytes` (IP and link headers included) to the devices it crossed. */
export function charge(hops: readonly Hop[], bytes: number): void {
  for (const h of hops) {
    if (h.dir === 'tx') h.dev.countTx(bytes);
    else h.dev.countRx(bytes);
  }
}

/** One-way latency in ns: a base cost plus a little per link-layer hop. */
export function latencyNs(hops: readonly Hop[], jitterNs: number): number {
  return 9000 + 7000 * hops.length + jitterNs;
}

// Network devices (struct net_device): the loopback device, veth pairs, Linux bridges, dummies and
// the host's ethernet card. A device belongs to one network namespace at a time (veth ends and
// ethernet cards can be moved); its flags, operational state and queueing discipline are derived
// from whether it is up and whether it has a carrier, as the kernel reports them.
// Simplification: no real queueing; qdisc is only a name ("noop" while down, "noqueue" for virtual
// devices, "pfifo_fast" for the ethernet card).

import {
  IFF_BROADCAST,
  IFF_LOOPBACK,
  IFF_LOWER_UP,
  IFF_MULTICAST,
  IFF_RUNNING,
  IFF_UP,
} from '../abi/rtnetlink';
import type { LinkStats } from '../abi/rtnetlink';
import type { NetStack } from './stack';

export type DeviceKind = 'loopback' | 'veth' | 'bridge' | 'dummy' | 'ether';

export interface MutableStats {
  rxBytes: number;
  rxPackets: number;
  txBytes: number;
  txPackets: number;
  rxDropped: number;
  txDropped: number;
}

export class NetDevice {
  up = false;
  /** veth: the other end (possibly in another namespace). */
  peer: NetDevice | undefined;
  /** A bridge this device is a port of. */
  master: NetDevice | undefined;
  /** bridge: its ports. */
  readonly ports = new Set<NetDevice>();
  /** bridge: an address set by hand stops it following its ports' addresses. */
  macFixed = false;
  readonly stats: MutableStats = {
    rxBytes: 0,
    rxPackets: 0,
    txBytes: 0,
    txPackets: 0,
    rxDropped: 0,
    txDropped: 0,
  };

  constructor(
    public stack: NetStack,
    public index: number,
    public name: string,
    readonly kind: DeviceKind,
    private ownMac: Uint8Array,
    public mtu: number,
    public txqlen = 1000,
  ) {}

  get mac(): Uint8Array {
    if (this.kind !== 'bridge' || this.macFixed || this.ports.size === 0) return this.ownMac;
    return [...this.ports].map((p) => p.mac).reduce((a, b) => (compareMac(b, a) < 0 ? b : a));
  }

  set mac(value: Uint8Array) {
    this.ownMac = value;
    if (this.kind === 'bridge') this.macFixed = true;
  }

  /** Whether the link layer is up (IFF_LOWER_UP / carrier). */
  carrier(): boolean {
    if (!this.up) return false;
    if (this.kind === 'veth') return this.peer?.up === true;
    if (this.kind === 'bridge') return [...this.ports].some((p) => p.carrier());
    return true;
  }

  flags(): number {
    let f = this.kind === 'loopback' ? IFF_LOOPBACK : IFF_BROADCAST | IFF_MULTICAST;
    if (this.up) f |= IFF_UP;
    if (this.carrier()) f |= IFF_RUNNING | IFF_LOWER_UP;
    return f;
  }

  operstate(): string {
    if (this.kind === 'loopback' || this.kind === 'dummy') return this.up ? 'UNKNOWN' : 'DOWN';
    if (!this.up) return 'DOWN';
    if (this.kind === 'veth' && !this.carrier()) return 'LOWERLAYERDOWN';
    return this.carrier() ? 'UP' : 'DOWN';
  }

  qdisc(): string {
    if (!this.up) return 'noop';
    return this.kind === 'ether' ? 'pfifo_fast' : 'noqueue';
  }

  snapshotStats(): LinkStats {
    return { ...this.stats };
  }

  countTx(bytes: number): void {
    this.stats.txBytes += bytes;
    this.stats.txPackets++;
  }

  countRx(bytes: number): void {
    this.stats.rxBytes += bytes;
    this.stats.rxPackets++;
  }
}

function compareMac(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** A locally administered unicast MAC from random bytes (eth_random_addr). */
export function randomMac(bytes: Uint8Array): Uint8Array {
  const mac = bytes.slice(0, 6);
  mac[0] = ((mac[0] ?? 0) & 0xfe) | 0x02;
  return mac;
}

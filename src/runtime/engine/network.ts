// Docker's default bridge network (libnetwork's bridge driver): a `docker0` bridge at
// 172.17.0.1/16 on the host, and per container a veth pair whose host end (vethXXXXXXX) is a port
// of docker0 and whose other end becomes eth0 inside the container's network namespace with the
// next free address and a default route through 172.17.0.1.
//
// Simplification: no iptables (NAT, published-port DNAT): ports are published by the userland
// proxy only (docker-proxy, proxy.ts); no user-defined networks, no embedded DNS, no IPv6.

import {
  NLM_F_CREATE,
  NLM_F_EXCL,
  RTM_DELLINK,
  RTM_NEWADDR,
  RTM_NEWLINK,
  RTM_NEWROUTE,
  RTM_SETLINK,
} from '../../kernel/abi/rtnetlink';
import type { Gen, Sys } from '../../userland/sys';
import { linkIndex, talk } from '../../userland/libc/rtnl';
import type { Engine } from './state';

export const BRIDGE = 'docker0';
export const GATEWAY = '172.17.0.1';
const PREFIX = 16;

/** What the container's init configures inside its network namespace. */
export interface NetSpec {
  /** The name the peer end has when it arrives in the namespace. */
  readonly peer: string;
  readonly ip: string;
}

/** Create docker0 unless it exists (dockerd start). */
export function* ensureBridge(sys: Sys): Gen<string | undefined> {
  if ((yield* linkIndex(sys, BRIDGE)) !== 0) return undefined;
  const flags = NLM_F_CREATE | NLM_F_EXCL;
  const e = yield* talk(sys, { type: RTM_NEWLINK, flags, ifname: BRIDGE, kind: 'bridge' });
  if (e) return e;
  const index = yield* linkIndex(sys, BRIDGE);
  const a = yield* talk(sys, {
    type: RTM_NEWADDR,
    flags,
    index,
    local: GATEWAY,
    prefixlen: PREFIX,
    broadcast: '172.17.255.255',
  });
  return a ?? (yield* talk(sys, { type: RTM_SETLINK, index, up: true }));
}

/** The next free address on docker0. */
export function allocateIp(eng: Engine): string {
  for (let n = 2; n < 65534; n++) {
    const ip = `172.17.${n >> 8}.${n & 255}`;
    if (!eng.usedIps.has(ip)) {
      eng.usedIps.add(ip);
      return ip;
    }
  }
  return '';
}

/** Create the veth pair, the host end enslaved to docker0 and up. Returns the host end's name. */
export function* createVeth(sys: Sys, id: string): Gen<{ host: string; peer: string } | string> {
  const host = `veth${id.slice(0, 7)}`;
  const peer = `vethp${id.slice(0, 6)}`;
  const flags = NLM_F_CREATE | NLM_F_EXCL;
  const e = yield* talk(sys, { type: RTM_NEWLINK, flags, ifname: host, kind: 'veth', peer });
  if (e) return e;
  const index = yield* linkIndex(sys, host);
  const master = yield* linkIndex(sys, BRIDGE);
  const m = yield* talk(sys, { type: RTM_SETLINK, index, master, up: true });
  return m ?? { host, peer };
}

/** Move the peer end into the network namespace of `pid`. */
export function* movePeer(sys: Sys, peer: string, pid: number): Gen<string | undefined> {
  const index = yield* linkIndex(sys, peer);
  return yield* talk(sys, { type: RTM_SETLINK, index, netnsPid: pid });
}

/** Delete the host end (the peer goes with it). */
export function* deleteVeth(sys: Sys, host: string): Gen<void> {
  const index = yield* linkIndex(sys, host);
  if (index !== 0) yield* sys.rtnetlink({ type: RTM_DELLINK, index });
}

/** Inside the container's namespace: lo up; the peer renamed eth0, addressed, up; default route. */
export function* configureInside(sys: Sys, net: NetSpec): Gen<string | undefined> {
  const lo = yield* linkIndex(sys, 'lo');
  yield* talk(sys, { type: RTM_SETLINK, index: lo, up: true });
  if (net.peer === '') return undefined;
  const index = yield* linkIndex(sys, net.peer);
  if (index === 0) return `network: ${net.peer} did not arrive`;
  const steps = [
    () => talk(sys, { type: RTM_SETLINK, index, ifname: 'eth0' }),
    () =>
      talk(sys, {
        type: RTM_NEWADDR,
        flags: NLM_F_CREATE | NLM_F_EXCL,
        index,
        local: net.ip,
        prefixlen: PREFIX,
        broadcast: '172.17.255.255',
      }),
    () => talk(sys, { type: RTM_SETLINK, index, up: true }),
    () =>
      talk(sys, {
        type: RTM_NEWROUTE,
        flags: NLM_F_CREATE | NLM_F_EXCL,
        dst: '0.0.0.0',
        dstLen: 0,
        gateway: GATEWAY,
        oif: index,
      }),
  ];
  for (const step of steps) {
    const e = yield* step();
    if (e) return e;
  }
  return undefined;
}

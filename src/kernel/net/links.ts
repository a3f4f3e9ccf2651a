// Changing links and addresses: up/down, creating veth pairs and bridges, enslaving, moving a
// device to another namespace, renaming; adding and removing IPv4 addresses (net/core/dev.c,
// net/core/rtnetlink.c, drivers/net/veth.c, net/bridge, net/ipv4/devinet.c).

import type { NetStack } from './stack';
import { NetDevice, randomMac } from './device';
import type { DeviceKind } from './device';

/** dev_open / dev_close. Bringing lo up gives it 127.0.0.1/8 if it has no address. */
export function setUp(dev: NetDevice, up: boolean): void {
  if (dev.up === up) return;
  dev.up = up;
  const stack = dev.stack;
  if (up && dev.kind === 'loopback' && !stack.addrs.some((a) => a.dev === dev)) {
    addAddress(stack, dev, 0x7f000001, 8);
  }
  if (!up) stack.flushRoutes(dev);
}

export function addAddress(
  stack: NetStack,
  dev: NetDevice,
  addr: number,
  prefixlen: number,
  broadcast?: number,
): void {
  const entry = { dev, addr, prefixlen, ...(broadcast === undefined ? {} : { broadcast }) };
  // Primary addresses of a device come first, in the order they were added.
  const last = stack.addrs.map((a) => a.dev).lastIndexOf(dev);
  if (last < 0) stack.addrs.push(entry);
  else stack.addrs.splice(last + 1, 0, entry);
}

export function newDevice(stack: NetStack, name: string, kind: DeviceKind, index?: number): NetDevice {
  const mac = randomMac(stack.k.randomBytes(6));
  const mtu = 1500;
  const dev = new NetDevice(stack, stack.allocIndex(index), name, kind, mac, mtu);
  stack.attach(dev);
  return dev;
}

/** A veth pair: the peer is created first (it gets the lower ifindex), as veth_newlink does. */
export function newVethPair(stack: NetStack, name: string, peerName: string): NetDevice {
  const peer = newDevice(stack, peerName, 'veth');
  const dev = newDevice(stack, name, 'veth');
  dev.peer = peer;
  peer.peer = dev;
  return dev;
}

export function setMaster(dev: NetDevice, master: NetDevice | undefined): void {
  dev.master?.ports.delete(dev);
  dev.master = master;
  master?.ports.add(dev);
}

/** Unregister a device; a veth takes its peer with it, a bridge releases its ports. */
export function deleteDevice(dev: NetDevice): void {
  setMaster(dev, undefined);
  for (const port of [...dev.ports]) setMaster(port, undefined);
  dev.stack.detach(dev);
  const peer = dev.peer;
  if (peer) {
    dev.peer = undefined;
    peer.peer = undefined;
    setMaster(peer, undefined);
    peer.stack.detach(peer);
  }
}

/** dev_change_net_namespace: the device goes down, loses its addresses and keeps its ifindex if free. */
export function moveDevice(dev: NetDevice, to: NetStack): void {
  setUp(dev, false);
  setMaster(dev, undefined);
  dev.stack.detach(dev);
  dev.index = to.allocIndex(dev.index);
  to.attach(dev);
}

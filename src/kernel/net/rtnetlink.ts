// rtnetlink requests (net/core/rtnetlink.c, net/ipv4/devinet.c, fib_frontend.c): list, create,
// change and delete links; add and remove addresses; add and remove routes; look up the id of a
// peer namespace. Errors carry the extended-ack text the kernel sends where it sends one.

import {
  EADDRNOTAVAIL,
  EBADF,
  EBUSY,
  EEXIST,
  EINVAL,
  ELOOP,
  ENETDOWN,
  ENODEV,
  EOPNOTSUPP,
  ESRCH,
} from '../abi/errno';
import {
  NLM_F_EXCL,
  RTM_DELADDR,
  RTM_DELLINK,
  RTM_DELROUTE,
  RTM_GETADDR,
  RTM_GETLINK,
  RTM_GETNSID,
  RTM_GETROUTE,
  RTM_NEWADDR,
  RTM_NEWLINK,
  RTM_NEWROUTE,
  RTM_SETLINK,
} from '../abi/rtnetlink';
import type { RtReply, RtRequest } from '../abi/rtnetlink';
import { inPrefix, parseIPv4, parseMac } from '../../lib/inet';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { NsInode } from '../ns/nsfs';
import { NetNamespace } from '../ns/nsproxy';
import { NetDevice } from './device';
import { addAddress, deleteDevice, moveDevice, newDevice, newVethPair, setMaster, setUp } from './links';
import type { NetStack } from './stack';
import { stackOf } from './index';
import { addrMsgs, linkMsg, routeMsgs } from './rtmsg';

const err = (errno: number, extack: string): RtReply => ({ errno: -errno, extack });

export function rtnetlink(k: KernelCore, t: Task, req: RtRequest): RtReply {
  const stack = stackOf(k, t.ns.net);
  switch (req.type) {
    case RTM_GETLINK: {
      const devs = stack
        .list()
        .filter((d) => (req.index ?? d.index) === d.index && (req.ifname ?? d.name) === d.name);
      return devs.length === 0 && (req.index !== undefined || req.ifname !== undefined)
        ? -ENODEV
        : devs.map((d) => linkMsg(stack, d));
    }
    case RTM_NEWLINK:
      return newLink(stack, req.ifname, req.kind, req.peer, req.flags);
    case RTM_DELLINK: {
      const dev = stack.devices.get(req.index);
      if (!dev) return -ENODEV;
      if (dev.kind === 'loopback' || dev.kind === 'ether') return -EOPNOTSUPP;
      deleteDevice(dev);
      return 0;
    }
    case RTM_SETLINK:
      return setLink(k, t, stack, req);
    case RTM_GETADDR:
      return addrMsgs(stack, req.family);
    case RTM_NEWADDR:
    case RTM_DELADDR:
      return changeAddr(stack, req);
    case RTM_GETROUTE:
      return routeMsgs(stack);
    case RTM_NEWROUTE:
    case RTM_DELROUTE:
      return changeRoute(stack, req);
    case RTM_GETNSID: {
      const other = netnsOfFd(k, t, req.fd);
      if (typeof other === 'number') return other;
      return stack.nsids.get(other) ?? -1;
    }
    default:
      return -EOPNOTSUPP;
  }
}

function validName(name: string): boolean {
  return name.length > 0 && name.length < 16 && !/[/\s:]/.test(name) && name !== '.' && name !== '..';
}

function newLink(
  stack: NetStack,
  name: string,
  kind: string,
  peer: string | undefined,
  flags: number,
): RtReply {
  if (!validName(name) || (peer !== undefined && !validName(peer)))
    return err(EINVAL, 'Attribute failed policy validation.');
  if (stack.byName(name)) return flags & NLM_F_EXCL ? -EEXIST : -EOPNOTSUPP;
  if (kind === 'veth') {
    const peerName = peer ?? nextName(stack, 'veth');
    if (stack.byName(peerName) || peerName === name) return -EEXIST;
    newVethPair(stack, name, peerName);
  } else if (kind === 'bridge' || kind === 'dummy') {
    newDevice(stack, name, kind);
  } else {
    return err(EOPNOTSUPP, 'Unknown device type.');
  }
  return 0;
}

function nextName(stack: NetStack, prefix: string): string {
  let i = 0;
  while (stack.byName(`${prefix}${i}`)) i++;
  return `${prefix}${i}`;
}

/** The network namespace an open nsfs file (or a bind mount of one) refers to. */
function netnsOfFd(k: KernelCore, t: Task, fd: number): NetStack | number {
  const file = t.fds.get(fd);
  if (!file) return -EBADF;
  const inode = file.inode;
  if (!(inode instanceof NsInode) || !(inode.ns instanceof NetNamespace)) return -EINVAL;
  return stackOf(k, inode.ns);
}

function targetStack(
  k: KernelCore,
  t: Task,
  req: { netnsPid?: number; netnsFd?: number },
): NetStack | number {
  if (req.netnsFd !== undefined) return netnsOfFd(k, t, req.netnsFd);
  const target = t.pidns.tasks.get(req.netnsPid ?? -1);
  if (!target || !target.alive) return -ESRCH;
  return stackOf(k, target.ns.net);
}

function setLink(
  k: KernelCore,
  t: Task,
  stack: NetStack,
  req: Extract<RtRequest, { type: typeof RTM_SETLINK }>,
): RtReply {
  const dev = stack.devices.get(req.index);
  if (!dev) return -ENODEV;
  if (req.netnsPid !== undefined || req.netnsFd !== undefined) {
    const to = targetStack(k, t, req);
    if (typeof to === 'number') return to;
    if (dev.kind === 'loopback' || dev.kind === 'bridge')
      return err(EINVAL, 'The interface netns is immutable.');
    if (to !== stack) {
      if (to.byName(req.ifname ?? dev.name)) return -EEXIST;
      moveDevice(dev, to);
    }
  }
  if (req.ifname !== undefined && req.ifname !== dev.name) {
    if (!validName(req.ifname)) return err(EINVAL, 'Attribute failed policy validation.');
    if (dev.up) return -EBUSY;
    if (dev.stack.byName(req.ifname)) return -EEXIST;
    dev.name = req.ifname;
  }
  if (req.master !== undefined) {
    const r = enslave(stack, dev, req.master);
    if (r !== 0) return r;
  }
  if (req.mtu !== undefined) dev.mtu = req.mtu;
  if (req.address !== undefined) {
    const mac = parseMac(req.address);
    if (!mac) return -EINVAL;
    dev.mac = mac;
  }
  if (req.up !== undefined) setUp(dev, req.up);
  return 0;
}

function enslave(stack: NetStack, dev: NetDevice, masterIndex: number): RtReply {
  if (masterIndex === 0) {
    setMaster(dev, undefined);
    return 0;
  }
  const br = stack.devices.get(masterIndex);
  if (!br) return -ENODEV;
  if (br.kind !== 'bridge') return -EOPNOTSUPP;
  if (dev.kind === 'bridge') return err(ELOOP, 'Can not enslave a bridge to a bridge.');
  if (dev.kind === 'loopback') return -EINVAL;
  setMaster(dev, br);
  return 0;
}

function changeAddr(
  stack: NetStack,
  req: Extract<RtRequest, { type: typeof RTM_NEWADDR | typeof RTM_DELADDR }>,
): RtReply {
  const dev = stack.devices.get(req.index);
  const local = parseIPv4(req.local);
  if (!dev) return -ENODEV;
  if (local === undefined || req.prefixlen < 0 || req.prefixlen > 32) return -EINVAL;
  const same = stack.addrs.find((a) => a.dev === dev && a.addr === local && a.prefixlen === req.prefixlen);
  if (req.type === RTM_DELADDR) {
    if (!same) return err(EADDRNOTAVAIL, 'ipv4: Address not found.');
    stack.addrs = stack.addrs.filter((a) => a !== same);
    return 0;
  }
  if (same) return err(EEXIST, 'ipv4: Address already assigned.');
  const brd = req.broadcast === undefined ? undefined : parseIPv4(req.broadcast);
  addAddress(stack, dev, local, req.prefixlen, brd);
  return 0;
}

function changeRoute(
  stack: NetStack,
  req: Extract<RtRequest, { type: typeof RTM_NEWROUTE | typeof RTM_DELROUTE }>,
): RtReply {
  const dst = parseIPv4(req.dst);
  const gw = req.gateway === undefined ? undefined : parseIPv4(req.gateway);
  if (dst === undefined || (req.gateway !== undefined && gw === undefined)) return -EINVAL;
  const metric = req.metric ?? 0;
  if (req.type === RTM_DELROUTE) {
    const i = stack.routes.findIndex(
      (r) =>
        r.dst === dst &&
        r.len === req.dstLen &&
        (req.oif === undefined || r.dev.index === req.oif) &&
        (gw === undefined || r.gateway === gw),
    );
    if (i < 0) return -ESRCH;
    stack.routes.splice(i, 1);
    return 0;
  }
  const dev = nexthopDevice(stack, gw, req.oif);
  if (!(dev instanceof NetDevice)) return dev;
  if (stack.routes.some((r) => r.dst === dst && r.len === req.dstLen && r.metric === metric)) return -EEXIST;
  stack.routes.push({ dst, len: req.dstLen, dev, metric, ...(gw === undefined ? {} : { gateway: gw }) });
  return 0;
}

/** fib_check_nh: a gateway must be on a connected subnet (of the given device, if any). */
function nexthopDevice(
  stack: NetStack,
  gw: number | undefined,
  oif: number | undefined,
): NetDevice | RtReply {
  const dev = oif === undefined ? undefined : stack.devices.get(oif);
  if (oif !== undefined && !dev) return -ENODEV;
  if (gw === undefined) {
    if (!dev) return -EINVAL;
    return dev.up ? dev : err(ENETDOWN, 'Device for nexthop is not up.');
  }
  const onLink = stack
    .fib()
    .find((r) => r.connected && (!dev || r.dev === dev) && inPrefix(gw, r.dst, r.len));
  return onLink ? onLink.dev : err(EINVAL, 'Nexthop has invalid gateway.');
}

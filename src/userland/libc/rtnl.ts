// libnetlink as iproute2 uses it: dump links, addresses and routes; send one change; turn the
// kernel's error into iproute2's message ("RTNETLINK answers: File exists", or "Error: <extack>").

import { strerror } from '../../kernel/abi/errno';
import { RTM_GETADDR, RTM_GETLINK, RTM_GETNSID, RTM_GETROUTE } from '../../kernel/abi/rtnetlink';
import type { AddrMsg, LinkMsg, RouteMsg, RtReply, RtRequest } from '../../kernel/abi/rtnetlink';
import type { Gen, Sys } from '../sys';

export function* dumpLinks(sys: Sys): Gen<LinkMsg[]> {
  const r = yield* sys.rtnetlink({ type: RTM_GETLINK });
  return Array.isArray(r) ? (r as LinkMsg[]) : [];
}

export function* dumpAddrs(sys: Sys, family?: number): Gen<AddrMsg[]> {
  const r = yield* sys.rtnetlink({ type: RTM_GETADDR, ...(family === undefined ? {} : { family }) });
  return Array.isArray(r) ? (r as AddrMsg[]) : [];
}

export function* dumpRoutes(sys: Sys): Gen<RouteMsg[]> {
  const r = yield* sys.rtnetlink({ type: RTM_GETROUTE });
  return Array.isArray(r) ? (r as RouteMsg[]) : [];
}

/** ll_name_to_index: 0 when there is no such link. */
export function* linkIndex(sys: Sys, name: string): Gen<number> {
  const r = yield* sys.rtnetlink({ type: RTM_GETLINK, ifname: name });
  return Array.isArray(r) ? ((r as LinkMsg[])[0]?.index ?? 0) : 0;
}

/** The nsid this namespace uses for the one an open nsfs file refers to, or -1. */
export function* nsidOfFd(sys: Sys, fd: number): Gen<number> {
  const r = yield* sys.rtnetlink({ type: RTM_GETNSID, fd });
  return typeof r === 'number' ? r : -1;
}

/** Send a change: undefined on success, else the message iproute2 prints for the failure. */
export function* talk(sys: Sys, req: RtRequest): Gen<string | undefined> {
  return rtErrorText(yield* sys.rtnetlink(req));
}

export function rtErrorText(r: RtReply): string | undefined {
  if (typeof r === 'number') return r < 0 ? `RTNETLINK answers: ${strerror(-r)}` : undefined;
  if (Array.isArray(r)) return undefined;
  const e = r as { errno: number; extack: string };
  return `Error: ${e.extack}`;
}

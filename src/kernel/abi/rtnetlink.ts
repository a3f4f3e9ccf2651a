// rtnetlink (rtnetlink(7), include/uapi/linux/rtnetlink.h, if.h): the message types and interface
// flags `ip` uses to read and change links, addresses and routes.
// Simplification: a request is one typed object passed to the rtnetlink() call and the answer is
// an array of typed messages (or -errno / an error with the kernel's extended-ack text), not a
// stream of nlmsghdr/rtattr bytes on an AF_NETLINK socket.

export const RTM_NEWLINK = 16;
export const RTM_DELLINK = 17;
export const RTM_GETLINK = 18;
export const RTM_SETLINK = 19;
export const RTM_NEWADDR = 20;
export const RTM_DELADDR = 21;
export const RTM_GETADDR = 22;
export const RTM_NEWROUTE = 24;
export const RTM_DELROUTE = 25;
export const RTM_GETROUTE = 26;
export const RTM_GETNSID = 90;

export const NLM_F_REPLACE = 0x100;
export const NLM_F_EXCL = 0x200;
export const NLM_F_CREATE = 0x400;

export const IFF_UP = 0x1;
export const IFF_BROADCAST = 0x2;
export const IFF_LOOPBACK = 0x8;
export const IFF_RUNNING = 0x40;
export const IFF_NOARP = 0x80;
export const IFF_PROMISC = 0x100;
export const IFF_MASTER = 0x400;
export const IFF_SLAVE = 0x800;
export const IFF_MULTICAST = 0x1000;
export const IFF_LOWER_UP = 0x10000;

export type LinkKind = 'veth' | 'bridge' | 'dummy';

/** Interface counters (struct rtnl_link_stats64, the columns of /proc/net/dev). */
export interface LinkStats {
  readonly rxBytes: number;
  readonly rxPackets: number;
  readonly txBytes: number;
  readonly txPackets: number;
  readonly rxDropped: number;
  readonly txDropped: number;
}

/** RTM_NEWLINK as the kernel reports a link (struct ifinfomsg + IFLA_* attributes). */
export interface LinkMsg {
  readonly index: number;
  readonly ifname: string;
  /** IFF_* bits. */
  readonly flags: number;
  readonly mtu: number;
  readonly qdisc: string;
  /** IFLA_OPERSTATE as text: UNKNOWN, DOWN, LOWERLAYERDOWN, UP. */
  readonly operstate: string;
  readonly txqlen: number;
  readonly linkType: 'loopback' | 'ether';
  readonly address: string;
  readonly broadcast: string;
  /** ifindex of the bridge this link is a port of. */
  readonly master?: number;
  /** IFLA_LINK: the peer of a veth (an ifindex in the peer's namespace). */
  readonly link?: number;
  /** IFLA_LINK_NETNSID: set when the peer lives in another namespace. */
  readonly linkNetnsid?: number;
  /** Whether the peer is in this namespace and down (ip prints M-DOWN). */
  readonly peerDown?: boolean;
  readonly kind?: LinkKind;
  readonly stats: LinkStats;
}

/** RTM_NEWADDR as reported (struct ifaddrmsg + IFA_* attributes). */
export interface AddrMsg {
  readonly family: number;
  readonly index: number;
  readonly prefixlen: number;
  readonly scope: 'host' | 'link' | 'global';
  readonly local: string;
  readonly broadcast?: string;
  readonly label: string;
}

/** RTM_NEWROUTE as reported (struct rtmsg + RTA_* attributes), main table only. */
export interface RouteMsg {
  readonly dst: string;
  readonly dstLen: number;
  readonly gateway?: string;
  readonly oif: number;
  readonly protocol: 'kernel' | 'boot' | 'static';
  readonly scope: 'link' | 'global' | 'host';
  readonly prefsrc?: string;
  readonly metric?: number;
  /** The output device has no carrier (ip prints "linkdown"). */
  readonly linkdown?: boolean;
}

export type RtRequest =
  | { readonly type: typeof RTM_GETLINK; readonly index?: number; readonly ifname?: string }
  | {
      readonly type: typeof RTM_NEWLINK;
      readonly flags: number;
      readonly ifname: string;
      readonly kind: string;
      /** veth: the name of the other end. */
      readonly peer?: string;
    }
  | { readonly type: typeof RTM_DELLINK; readonly index: number }
  | {
      readonly type: typeof RTM_SETLINK;
      readonly index: number;
      readonly up?: boolean;
      /** ifindex of a bridge to enslave to; 0 to release ("nomaster"). */
      readonly master?: number;
      readonly ifname?: string;
      readonly mtu?: number;
      readonly address?: string;
      /** Move the link to the network namespace of this pid (IFLA_NET_NS_PID). */
      readonly netnsPid?: number;
      /** Move the link to the network namespace an open nsfs file refers to (IFLA_NET_NS_FD). */
      readonly netnsFd?: number;
    }
  | { readonly type: typeof RTM_GETADDR; readonly family?: number }
  | {
      readonly type: typeof RTM_NEWADDR | typeof RTM_DELADDR;
      readonly flags?: number;
      readonly index: number;
      readonly local: string;
      readonly prefixlen: number;
      readonly broadcast?: string;
    }
  | { readonly type: typeof RTM_GETROUTE }
  | {
      readonly type: typeof RTM_NEWROUTE | typeof RTM_DELROUTE;
      readonly flags?: number;
      readonly dst: string;
      readonly dstLen: number;
      readonly gateway?: string;
      readonly oif?: number;
      readonly metric?: number;
    }
  | { readonly type: typeof RTM_GETNSID; readonly fd: number };

/** A failed request with the kernel's extended-ack message (NLMSGERR_ATTR_MSG). */
export interface RtError {
  readonly errno: number;
  readonly extack: string;
}

export type RtReply = readonly LinkMsg[] | readonly AddrMsg[] | readonly RouteMsg[] | number | RtError;

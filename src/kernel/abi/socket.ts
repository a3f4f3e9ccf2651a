// BSD socket constants and address types (include/linux/socket.h, netinet/in.h), for the TCP/IPv4
// and ICMP "ping" sockets the kernel models.
// Simplification: addresses are passed as objects with dotted-quad text, not as sockaddr bytes.

export const AF_UNSPEC = 0;
export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;
export const AF_NETLINK = 16;

export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
export const SOCK_NONBLOCK = 0o4000;
export const SOCK_CLOEXEC = 0o2000000;

export const IPPROTO_IP = 0;
export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;

export const SHUT_RD = 0;
export const SHUT_WR = 1;
export const SHUT_RDWR = 2;

export const SOL_SOCKET = 1;
export const SO_REUSEADDR = 2;
export const SO_TYPE = 3;
export const SO_ERROR = 4;

export const MSG_PEEK = 2;
export const MSG_DONTWAIT = 0x40;

/** ICMP message types (netinet/ip_icmp.h). */
export const ICMP_ECHOREPLY = 0;
export const ICMP_DEST_UNREACH = 3;
export const ICMP_ECHO = 8;

/** struct sockaddr_in: family AF_INET, an IPv4 address as text, a port. */
export interface SockAddrIn {
  readonly family: number;
  readonly addr: string;
  readonly port: number;
}

/** What recvfrom(2) returns for a datagram (or an error-queue entry, as with IP_RECVERR). */
export interface Datagram {
  readonly data: Uint8Array;
  /** The sender; for an error-queue entry, the host that reported the error. */
  readonly from: SockAddrIn;
  /** The IP TTL of the received packet (IP_RECVTTL). */
  readonly ttl: number;
  /** Set for an error-queue entry (MSG_ERRQUEUE): the error; `data` is the packet that failed. */
  readonly errno?: number;
}

/** SO_RCVTIMEO. Simplification: the value is a number of nanoseconds, not a struct timeval. */
export const SO_RCVTIMEO = 20;

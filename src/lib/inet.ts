// IPv4 and MAC address text helpers (inet_pton/inet_ntop for AF_INET, ether_ntoa): pure functions
// shared by the kernel's network stack and the programs that configure it.

/** Parse dotted-quad IPv4 text ("10.0.2.15") into an unsigned 32-bit number, or undefined. */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return value;
}

/** Format an unsigned 32-bit IPv4 address as dotted-quad text. */
export function formatIPv4(addr: number): string {
  const a = addr >>> 0;
  return [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255].join('.');
}

/** The netmask of a prefix length (0..32) as an unsigned number. */
export function prefixMask(len: number): number {
  return len <= 0 ? 0 : len >= 32 ? 0xffffffff : (0xffffffff << (32 - len)) >>> 0;
}

/** The network address of addr/len. */
export function networkOf(addr: number, len: number): number {
  return (addr & prefixMask(len)) >>> 0;
}

/** Whether addr lies in net/len. */
export function inPrefix(addr: number, net: number, len: number): boolean {
  return networkOf(addr, len) === networkOf(net, len);
}

/** The broadcast address of addr/len. */
export function broadcastOf(addr: number, len: number): number {
  return (networkOf(addr, len) | ~prefixMask(len)) >>> 0;
}

/** "aa:bb:cc:dd:ee:ff" for six bytes. */
export function formatMac(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** Parse "aa:bb:cc:dd:ee:ff" into six bytes, or undefined. */
export function parseMac(text: string): Uint8Array | undefined {
  const parts = text.split(':');
  if (parts.length !== 6 || parts.some((p) => !/^[0-9a-fA-F]{1,2}$/.test(p))) return undefined;
  return Uint8Array.from(parts.map((p) => parseInt(p, 16)));
}

/** The IPv6 link-local address (fe80::/64, modified EUI-64) of a MAC, compressed as inet_ntop does. */
export function linkLocal6(mac: Uint8Array): string {
  const b = [mac[0]! ^ 2, mac[1]!, mac[2]!, 0xff, 0xfe, mac[3]!, mac[4]!, mac[5]!];
  const groups = [0, 2, 4, 6].map((i) => ((b[i]! << 8) | b[i + 1]!).toString(16));
  return compress6(['fe80', '0', '0', '0', ...groups]);
}

/** Compress eight hex groups with "::" for the longest run of zero groups (RFC 5952). */
export function compress6(groups: readonly string[]): string {
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < groups.length;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

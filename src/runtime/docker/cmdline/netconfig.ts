// docker 20.10's parseNetworkOpts: `--network` values (and --network-alias, --link, --ip, --ip6,
// --link-local-ip, which apply to the first network) → NetworkMode and EndpointsConfig, with the
// CLI's conflict errors.

import type { NetworkAttachment } from './spec';

export interface EndpointSettings {
  IPAMConfig: { IPv4Address: string; IPv6Address: string; LinkLocalIPs: string[] | null } | null;
  Links: string[] | null;
  Aliases: string[] | null;
  NetworkID: string;
  EndpointID: string;
  Gateway: string;
  IPAddress: string;
  IPPrefixLen: number;
  IPv6Gateway: string;
  GlobalIPv6Address: string;
  GlobalIPv6PrefixLen: number;
  MacAddress: string;
  DriverOpts: Record<string, string> | null;
}

export interface NetworkInputs {
  readonly networks: readonly NetworkAttachment[];
  readonly aliases: readonly string[];
  readonly links: readonly string[];
  readonly ip: string;
  readonly ip6: string;
  readonly linkLocalIPs: readonly string[];
}

/** container.NetworkMode.IsUserDefined on Linux. */
export function isUserDefined(mode: string): boolean {
  return !['default', 'bridge', 'host', 'none'].includes(mode) && !mode.startsWith('container:');
}

interface Attachment {
  target: string;
  aliases: string[];
  links: string[];
  ip: string;
  ip6: string;
  linkLocal: string[];
  driverOpts: Record<string, string>;
}

function applyContainerOptions(n: Attachment, o: NetworkInputs): string | undefined {
  if (n.aliases.length > 0 && o.aliases.length > 0)
    return 'conflicting options: cannot specify both --network-alias and per-network alias';
  if (o.aliases.length > 0) n.aliases = [...o.aliases];
  if (o.links.length > 0) n.links = [...o.links];
  if (o.ip !== '') n.ip = o.ip;
  if (o.ip6 !== '') n.ip6 = o.ip6;
  if (o.linkLocalIPs.length > 0) n.linkLocal = [...o.linkLocalIPs];
  return undefined;
}

function endpoint(n: Attachment): EndpointSettings | string {
  if (n.target.trim() === '') return 'no name set for network';
  if (!isUserDefined(n.target)) {
    if (n.aliases.length > 0) return 'network-scoped aliases are only supported for user-defined networks';
    if (n.links.length > 0) return 'links are only supported for user-defined networks';
  }
  const ipam = n.ip !== '' || n.ip6 !== '' || n.linkLocal.length > 0;
  return {
    IPAMConfig: ipam
      ? { IPv4Address: n.ip, IPv6Address: n.ip6, LinkLocalIPs: n.linkLocal.length > 0 ? n.linkLocal : null }
      : null,
    Links: n.links.length > 0 ? n.links : null,
    Aliases: n.aliases.length > 0 ? n.aliases : null,
    NetworkID: '',
    EndpointID: '',
    Gateway: '',
    IPAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    MacAddress: '',
    DriverOpts: Object.keys(n.driverOpts).length > 0 ? n.driverOpts : null,
  };
}

const isEmpty = (e: EndpointSettings): boolean =>
  e.IPAMConfig === null && e.Links === null && e.Aliases === null && e.DriverOpts === null;

/** NetworkMode (`default` without --network) and the endpoints, or the CLI's error. */
export function networkConfig(
  o: NetworkInputs,
): { ok: true; mode: string; endpoints: Record<string, EndpointSettings> } | { ok: false; error: string } {
  const endpoints: Record<string, EndpointSettings> = {};
  let user = false;
  let builtin = false;
  for (const [i, net] of o.networks.entries()) {
    const n: Attachment = {
      target: net.target,
      aliases: [...net.aliases],
      links: [],
      ip: '',
      ip6: '',
      linkLocal: [],
      driverOpts: { ...net.driverOpts },
    };
    if (isUserDefined(n.target)) user = true;
    else builtin = true;
    if (i === 0) {
      const err = applyContainerOptions(n, o);
      if (err !== undefined) return { ok: false, error: err };
    }
    const ep = endpoint(n);
    if (typeof ep === 'string') return { ok: false, error: ep };
    if (n.target in endpoints)
      return { ok: false, error: `network ${JSON.stringify(n.target)} is specified multiple times` };
    if (i === 0 && o.networks.length === 1 && isEmpty(ep)) continue;
    endpoints[n.target] = ep;
  }
  if (user && builtin)
    return {
      ok: false,
      error: 'conflicting options: cannot attach both user-defined and non-user-defined network-modes',
    };
  return { ok: true, mode: o.networks[0]?.target ?? 'default', endpoints };
}

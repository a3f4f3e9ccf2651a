// Name and service lookup (getaddrinfo/getnameinfo/getservbyport for IPv4): dotted quads, then
// /etc/hosts. Simplification: there is no DNS resolver; names not in /etc/hosts are unknown
// ("Name or service not known"), and service names come from a built-in excerpt of /etc/services.

import { formatIPv4, parseIPv4 } from '../../lib/inet';
import type { Gen, Sys } from '../sys';
import { readText } from './io';

export interface HostEntry {
  readonly addr: number;
  /** The address as text. */
  readonly text: string;
  /** Whether the name given was already a numeric address. */
  readonly numeric: boolean;
}

function* hostsLines(sys: Sys): Gen<string[][]> {
  const text = yield* readText(sys, '/etc/hosts');
  if (typeof text === 'number') return [];
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim().split(/\s+/))
    .filter((f) => f.length >= 2 && parseIPv4(f[0]!) !== undefined);
}

/** getaddrinfo(AF_INET): a numeric address or an /etc/hosts name. */
export function* resolveHost(sys: Sys, name: string): Gen<HostEntry | undefined> {
  const numeric = parseIPv4(name);
  if (numeric !== undefined) return { addr: numeric, text: formatIPv4(numeric), numeric: true };
  for (const fields of yield* hostsLines(sys)) {
    if (fields.slice(1).includes(name)) {
      const addr = parseIPv4(fields[0]!)!;
      return { addr, text: formatIPv4(addr), numeric: false };
    }
  }
  return undefined;
}

/** getnameinfo: the first /etc/hosts name of an address, or undefined. */
export function* reverseHost(sys: Sys, addr: string): Gen<string | undefined> {
  for (const fields of yield* hostsLines(sys)) if (fields[0] === addr) return fields[1];
  return undefined;
}

const SERVICES: Record<number, string> = {
  21: 'ftp',
  22: 'ssh',
  23: 'telnet',
  25: 'smtp',
  53: 'domain',
  80: 'http',
  110: 'pop3',
  143: 'imap2',
  443: 'https',
  3306: 'mysql',
  5432: 'postgresql',
  6379: 'redis',
  8080: 'http-alt',
};

/** getservbyport(port, "tcp"): the service name, or undefined. */
export function serviceName(port: number): string | undefined {
  return SERVICES[port];
}

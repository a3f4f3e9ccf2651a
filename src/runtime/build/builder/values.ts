// Values the dispatchers check as Docker does: EXPOSE port specs (go-connections nat), STOPSIGNAL
// names (moby pkg/signal), ADD URLs, and the overlay mount path the daemon names in some errors.

import { SIGNAL_NAMES } from '../../../kernel/abi/signal';
import { sha256Digest } from '../../image/digest';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

function portNumber(s: string): number | undefined {
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 65535 ? n : undefined;
}

/** nat.ParsePortSpecs for EXPOSE: "80" → ["80/tcp"], "8000-8001/udp" → two ports; or the error. */
export function parsePortSpecs(specs: readonly string[]): string[] | { error: string } {
  const out: string[] = [];
  for (const raw of specs) {
    const containerPart = raw.slice(raw.lastIndexOf(':') + 1);
    const parts = containerPart.split('/');
    const port = parts[0] ?? '';
    const proto = parts.length > 1 && parts[1] !== '' ? (parts[1] ?? 'tcp') : 'tcp';
    if (containerPart === '' || port === '') return { error: `No port specified: ${raw}<empty>` };
    const [lo = '', hi, extra] = port.split('-');
    const start = portNumber(lo);
    const end = hi === undefined ? start : portNumber(hi);
    if (start === undefined || end === undefined || extra !== undefined || end < start) {
      return { error: `Invalid containerPort: ${port}` };
    }
    if (!PROTOCOLS.has(proto.toLowerCase())) return { error: `Invalid proto: ${proto}` };
    for (let p = start; p <= end; p++) out.push(`${p}/${proto.toLowerCase()}`);
  }
  return out;
}

/** signal.ParseSignal: a non-zero number or a known name (SIG prefix optional, any case). */
export function validSignal(raw: string): boolean {
  if (/^[+-]?\d+$/.test(raw)) return Number(raw) !== 0;
  const name = raw.toUpperCase().replace(/^SIG/, '');
  if (SIGNAL_NAMES.indexOf(name) > 0) return true;
  const rt = /^RT(MIN|MAX)(?:([+-])(\d+))?$/.exec(name);
  if (!rt) return false;
  const [, base, sign, n] = rt;
  if (sign === undefined) return true;
  const k = Number(n);
  return base === 'MIN' ? sign === '+' && k >= 1 && k <= 15 : sign === '-' && k >= 1 && k <= 14;
}

/** urlutil.IsURL. */
export function isUrl(s: string): boolean {
  return s.startsWith('http://') || s.startsWith('https://');
}

/** The overlay mount directory Docker names in some errors (the layer ID is random there). */
export function mergedDir(seed: string): string {
  return `/var/lib/docker/overlay2/${sha256Digest(seed).slice(7)}/merged`;
}

// `-p`/`--publish` and `--expose` as docker 20.10 turns them into ExposedPorts and PortBindings:
// the CLI's long-syntax conversion (`published=8080,target=80`) and go-connections' nat.ParsePortSpecs
// (`4000:80`, `127.0.0.1:8080:80/tcp`, `80`, `8000-8001:80-81`, `[::1]:80:80`), with their errors
// (`Invalid containerPort: x`, `Invalid hostPort: x`, `Invalid proto: x`, `No port specified: …`).

import { parseGoIP } from './gonet';
import { parseGoUint10 } from './gostrconv';

export interface PortBinding {
  readonly HostIp: string;
  readonly HostPort: string;
}

export interface PortSpecs {
  /** `80/tcp` → {} (Config.ExposedPorts). */
  readonly exposed: Record<string, Record<string, never>>;
  /** `80/tcp` → bindings (HostConfig.PortBindings). */
  readonly bindings: Record<string, PortBinding[]>;
}

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** convertToStandardNotation: `published=8080,target=80[,protocol=udp]` → `8080:80/udp`. */
export function convertPublish(specs: readonly string[]): Result<string[]> {
  const out: string[] = [];
  for (const publish of specs) {
    if (!publish.includes('=')) {
      out.push(publish);
      continue;
    }
    const params: Record<string, string> = { protocol: 'tcp' };
    for (const param of publish.split(',')) {
      const opt = param.split('=');
      if (opt.length < 2)
        return { ok: false, error: `invalid publish opts format (should be name=value but got '${param}')` };
      params[opt[0] ?? ''] = opt[1] ?? '';
    }
    out.push(`${params['published'] ?? ''}:${params['target'] ?? ''}/${params['protocol'] ?? ''}`);
  }
  return { ok: true, value: out };
}

/** nat.SplitProtoPort: `80/udp` → ['udp', '80']; `80` → ['tcp', '80']. */
export function splitProtoPort(raw: string): [string, string] {
  const parts = raw.split('/');
  if (raw === '' || (parts[0] ?? '') === '') return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  if ((parts[1] ?? '') === '') return ['tcp', parts[0] ?? ''];
  return [parts[1] ?? '', parts[0] ?? ''];
}

/** nat.ParsePortRange: `80` or `8000-8010`; errors are strconv's or `Invalid range …`. */
export function parsePortRange(ports: string): Result<[number, number]> {
  if (ports === '') return { ok: false, error: 'Empty string specified for ports.' };
  const dec = (s: string): Result<number> => {
    const r = parseGoUint10(s, 16);
    return r.ok ? { ok: true, value: Number(r.value) } : r;
  };
  const parts = ports.split('-');
  const start = dec(parts[0] ?? '');
  if (!start.ok) return start;
  if (parts.length === 1) return { ok: true, value: [start.value, start.value] };
  const end = dec(parts[1] ?? '');
  if (!end.ok) return end;
  if (end.value < start.value) return { ok: false, error: `Invalid range specified for the Port: ${ports}` };
  return { ok: true, value: [start.value, end.value] };
}

/** net.SplitHostPort(rawIP + ":")'s host part, or its error text. */
function hostOf(hostport: string): Result<string> {
  const err = (why: string): Result<string> => ({ ok: false, error: `address ${hostport}: ${why}` });
  const i = hostport.lastIndexOf(':');
  let host: string;
  let j = 0;
  let k = 0;
  if (hostport[0] === '[') {
    const end = hostport.indexOf(']');
    if (end < 0) return err("missing ']' in address");
    if (end + 1 === hostport.length) return err('missing port in address');
    if (end + 1 !== i)
      return err(hostport[end + 1] === ':' ? 'too many colons in address' : 'missing port in address');
    host = hostport.slice(1, end);
    [j, k] = [1, end + 1];
  } else {
    host = hostport.slice(0, i);
    if (host.includes(':')) return err('too many colons in address');
  }
  if (hostport.slice(j).includes('[')) return err("unexpected '[' in address");
  if (hostport.slice(k).includes(']')) return err("unexpected ']' in address");
  return { ok: true, value: host };
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const container = parts[n - 1] ?? '';
  if (n === 1) return ['', '', container];
  if (n === 2) return ['', parts[0] ?? '', container];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2] ?? '', container];
}

interface Mapping {
  readonly port: string;
  readonly binding: PortBinding;
}

/** nat.ParsePortSpec. */
export function parsePortSpec(raw: string): Result<Mapping[]> {
  const [rawIP, hostPort, containerPart] = splitParts(raw);
  const [proto, containerPort] = splitProtoPort(containerPart);
  const ip = hostOf(rawIP + ':');
  if (!ip.ok) return { ok: false, error: `Invalid ip address ${rawIP}: ${ip.error}` };
  if (ip.value !== '' && parseGoIP(ip.value) === undefined)
    return { ok: false, error: `Invalid ip address: ${ip.value}` };
  if (containerPort === '') return { ok: false, error: `No port specified: ${raw}<empty>` };
  const c = parsePortRange(containerPort);
  if (!c.ok) return { ok: false, error: `Invalid containerPort: ${containerPort}` };
  let h: [number, number] = [0, 0];
  if (hostPort !== '') {
    const r = parsePortRange(hostPort);
    if (!r.ok) return { ok: false, error: `Invalid hostPort: ${hostPort}` };
    h = r.value;
  }
  const [start, end] = c.value;
  if (hostPort !== '' && end - start !== h[1] - h[0] && end !== start) {
    return {
      ok: false,
      error: `Invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`,
    };
  }
  if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase()))
    return { ok: false, error: `Invalid proto: ${proto}` };
  const out: Mapping[] = [];
  for (let i = 0; i <= end - start; i++) {
    let hp = hostPort === '' ? '' : String(h[0] + i);
    if (start === end && h[0] !== h[1]) hp = `${hp}-${h[1]}`;
    out.push({ port: `${start + i}/${proto.toLowerCase()}`, binding: { HostIp: ip.value, HostPort: hp } });
  }
  return { ok: true, value: out };
}

/** nat.ParsePortSpecs over the converted `-p` values. */
export function parsePortSpecs(specs: readonly string[]): Result<PortSpecs> {
  const exposed: Record<string, Record<string, never>> = {};
  const bindings: Record<string, PortBinding[]> = {};
  for (const raw of specs) {
    const r = parsePortSpec(raw);
    if (!r.ok) return r;
    for (const { port, binding } of r.value) {
      exposed[port] = {};
      (bindings[port] ??= []).push(binding);
    }
  }
  return { ok: true, value: { exposed, bindings } };
}

/** `--expose 80`, `--expose 8000-8010/udp` merged into `exposed`. */
export function addExposed(
  exposed: Record<string, Record<string, never>>,
  specs: readonly string[],
): string | undefined {
  for (const e of specs) {
    if (e.includes(':')) return `invalid port format for --expose: ${e}`;
    const [proto, port] = splitProtoPort(e);
    const r = parsePortRange(port);
    if (!r.ok) return `invalid range format for --expose: ${e}, error: ${r.error}`;
    for (let p = r.value[0]; p <= r.value[1]; p++) exposed[`${p}/${proto}`] = {};
  }
  return undefined;
}

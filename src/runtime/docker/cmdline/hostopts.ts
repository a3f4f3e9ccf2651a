// The smaller `run`/`create` option checks of docker 20.10's opts.go: restart policies, namespace
// modes, MAC addresses, `--device` paths, `-v` bind/volume classification (the compose loader's
// ParseVolume), and the security/storage/logging option lists.

import { parseGoInt } from './gostrconv';
import { goQuote } from '../../build/go-fmt';

export type Res<T> = { ok: true; value: T } | { ok: false; error: string };

export interface RestartPolicy {
  readonly Name: string;
  readonly MaximumRetryCount: number;
}

/** opts.ParseRestartPolicy: `always`, `on-failure:3`, … (names are checked by the daemon). */
export function parseRestartPolicy(policy: string): Res<RestartPolicy> {
  if (policy === '') return { ok: true, value: { Name: '', MaximumRetryCount: 0 } };
  const parts = policy.split(':');
  if (parts.length > 2) return { ok: false, error: 'invalid restart policy format' };
  let count = 0;
  if (parts.length === 2) {
    const n = /^[+-]?[0-9]+$/.test(parts[1] ?? '') ? parseGoInt(parts[1] ?? '', 64) : undefined;
    if (n === undefined || !n.ok) return { ok: false, error: 'maximum retry count must be an integer' };
    count = Number(n.value);
  }
  return { ok: true, value: { Name: parts[0] ?? '', MaximumRetryCount: count } };
}

/** The namespace-mode checks of parse(): the error text, or undefined when valid. */
export function checkModes(pid: string, uts: string, userns: string, cgroupns: string): string | undefined {
  const [pm, ...pr] = pid.split(':');
  const pidOk = pm === '' || pm === 'host' || (pm === 'container' && pr.length === 1 && pr[0] !== '');
  if (!pidOk) return '--pid: invalid PID mode';
  const um = uts.split(':')[0];
  if (um !== '' && um !== 'host') return '--uts: invalid UTS mode';
  const nm = userns.split(':')[0];
  if (nm !== '' && nm !== 'host' && nm !== 'private') return '--userns: invalid USER mode';
  if (!['', 'host', 'private'].includes(cgroupns)) return '--cgroupns: invalid CGROUP mode';
  return undefined;
}

/** net.ParseMAC accepts it (6, 8 or 20 bytes; `:`/`-` pairs or `.`-separated quads). */
export function validMac(s: string): boolean {
  const t = s.trim();
  const groups = (sep: string, width: number): boolean => {
    const parts = t.split(sep);
    return (
      [6, 8, 20].includes((parts.length * width) / 2) &&
      parts.every((p) => new RegExp(`^[0-9a-fA-F]{${width}}$`).test(p))
    );
  };
  if (t.length < 14) return false;
  if (t[2] === ':' || t[2] === '-') return groups(t[2], 2);
  return t[4] === '.' && groups('.', 4);
}

/** Go path.Clean. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(part);
  }
  const s = out.join('/');
  return abs ? '/' + s : s === '' ? '.' : s;
}

export interface DeviceMapping {
  readonly PathOnHost: string;
  readonly PathInContainer: string;
  readonly CgroupPermissions: string;
}

const validDeviceMode = (m: string): boolean =>
  m !== '' && [...m].every((c, i) => 'rwm'.includes(c) && m.indexOf(c) === i);

/** validateLinuxPath + parseLinuxDevice: `/dev/x[:/dev/y][:rwm]`. Globs (`/dev/x*`) are not expanded. */
export function parseDevice(val: string): Res<DeviceMapping> {
  if ((val.match(/:/g) ?? []).length > 2 || val.split(':')[0] === '')
    return { ok: false, error: `bad format for path: ${val}` };
  const split = val.split(':');
  let containerPath: string;
  if (split.length === 1) containerPath = split[0] ?? '';
  else if (split.length === 2)
    containerPath = validDeviceMode(split[1] ?? '') ? (split[0] ?? '') : (split[1] ?? '');
  else {
    containerPath = split[1] ?? '';
    if (!validDeviceMode(split[2] ?? ''))
      return { ok: false, error: `bad mode specified: ${split[2] ?? ''}` };
  }
  if (!containerPath.startsWith('/')) return { ok: false, error: `${containerPath} is not an absolute path` };
  const src = split[0] ?? '';
  let dst = '';
  let perms = 'rwm';
  if (split.length >= 2) {
    if (validDeviceMode(split[1] ?? '')) perms = split[1] ?? '';
    else dst = split.length === 2 ? cleanPath(split[1] ?? '') : (split[1] ?? '');
  }
  if (split.length === 3) perms = split[2] ?? '';
  const host =
    split.length === 1 || (split.length === 2 && validDeviceMode(split[1] ?? '')) ? cleanPath(src) : src;
  return {
    ok: true,
    value: { PathOnHost: host, PathInContainer: dst === '' ? host : dst, CgroupPermissions: perms },
  };
}

/** The compose loader's ParseVolume, reduced to what `-v` needs: does the spec have a source? */
export function volumeHasSource(spec: string): boolean {
  if (spec.length <= 2) return false;
  let buffer = '';
  let source = '';
  for (const ch of [...spec, '\0']) {
    if (ch === ':' && [...buffer].length === 1 && /^\p{L}$/u.test(buffer)) buffer += ch;
    else if (ch === ':' || ch === '\0') {
      if (buffer === '') return source !== '';
      if (source === '' && ch === '\0') return false;
      if (source === '') source = buffer;
      buffer = '';
    } else buffer += ch;
  }
  return source !== '';
}

/** parseSecurityOpts' format check (seccomp profiles are passed through as given). */
export function checkSecurityOpts(opts: readonly string[]): string | undefined {
  for (const opt of opts) {
    if (!opt.includes('=') && opt !== 'no-new-privileges' && !opt.includes(':'))
      return `Invalid --security-opt: ${goQuote(opt)}`;
  }
  return undefined;
}

/** parseStorageOpts. */
export function parseStorageOpts(opts: readonly string[]): Res<Record<string, string>> {
  const m: Record<string, string> = {};
  for (const o of opts) {
    const eq = o.indexOf('=');
    if (eq < 0) return { ok: false, error: 'invalid storage option' };
    m[o.slice(0, eq)] = o.slice(eq + 1);
  }
  return { ok: true, value: m };
}

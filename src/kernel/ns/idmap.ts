// User-namespace id mapping (user_namespaces(7)): how a kernel uid/gid looks inside a namespace,
// and the /proc/PID/{uid_map,gid_map,setgroups} files that set the maps (once each).

import { EINVAL, EPERM } from '../abi/errno';
import type { Task } from '../task/task';
import { capable } from './capable';
import type { IdMapping, UserNamespace } from './nsproxy';

export const OVERFLOW_ID = 65534;
export const MAX_MAP_LINES = 340;

function mapDown(map: readonly IdMapping[] | undefined, id: number): number | undefined {
  for (const m of map ?? [])
    if (id >= m.outside && id < m.outside + m.count) return m.inside + (id - m.outside);
  return undefined;
}

/** The id `kid` (a global, initial-namespace id) as seen inside `ns`; 65534 when unmapped. */
export function idIn(ns: UserNamespace, kid: number, which: 'uid' | 'gid'): number {
  if (!ns.parent) return kid;
  const above = idIn(ns.parent, kid, which);
  if (above === OVERFLOW_ID && ns.parent.parent) return OVERFLOW_ID;
  return mapDown(which === 'uid' ? ns.uidMap : ns.gidMap, above) ?? OVERFLOW_ID;
}

export function formatMap(map: readonly IdMapping[] | undefined): string {
  const col = (n: number): string => String(n).padStart(10);
  return (map ?? []).map((m) => `${col(m.inside)} ${col(m.outside)} ${col(m.count)}\n`).join('');
}

function parseMap(text: string): IdMapping[] | number {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0 || lines.length > MAX_MAP_LINES) return -EINVAL;
  const out: IdMapping[] = [];
  for (const line of lines) {
    const parts = line.trim().split(/\s+/).map(Number);
    if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n) || n < 0)) return -EINVAL;
    const [inside, outside, count] = parts as [number, number, number];
    if (count === 0) return -EINVAL;
    out.push({ inside, outside, count });
  }
  return out;
}

/** A write to uid_map or gid_map of `ns` by `writer`. */
export function writeMap(writer: Task, ns: UserNamespace, which: 'uid' | 'gid', text: string): number {
  if ((which === 'uid' ? ns.uidMap : ns.gidMap) !== undefined) return -EPERM;
  const map = parseMap(text);
  if (typeof map === 'number') return map;
  const parent = ns.parent;
  if (!parent) return -EPERM;
  const privileged = capable(writer, parent);
  if (!privileged) {
    const own = which === 'uid' ? writer.cred.euid : writer.cred.egid;
    const single = map.length === 1 && map[0]!.count === 1 && map[0]!.outside === idIn(parent, own, which);
    if (!single || (which === 'gid' && ns.setgroups !== 'deny')) return -EPERM;
  }
  if (which === 'uid') ns.uidMap = map;
  else ns.gidMap = map;
  return text.length;
}

export function writeSetgroups(ns: UserNamespace, text: string): number {
  const value = text.trim();
  if (value !== 'allow' && value !== 'deny') return -EINVAL;
  if (ns.gidMap !== undefined || !ns.parent) return -EPERM;
  ns.setgroups = value;
  return text.length;
}

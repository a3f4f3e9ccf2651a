// The column values of docker/cli's formatters (cli/command/formatter) and of the daemon's
// container status text (moby container/state.go): IDs, ellipsized commands, ports, status,
// relative and absolute times, sizes and percentages.
// Simplification: times are whole seconds since the epoch, shown in UTC (the machine's zone).

import { goQuote } from '../../build/go-fmt';
import { goTime } from '../../image/gotime';
import { fixed } from '../../../userland/libc/fmtnum';
import { charWidth } from '../../../userland/sh/lineedit/width';
import { humanDuration, humanSizeWithPrecision } from './units';

/** stringid.TruncateID: drop an "algo:" prefix, keep 12 characters. */
export function truncateID(id: string): string {
  const colon = id.indexOf(':');
  const hex = colon >= 0 ? id.slice(colon + 1) : id;
  return hex.length > 12 ? hex.slice(0, 12) : hex;
}

/** formatter.Ellipsis: cut to a display width, ending in "…" (East Asian wide characters count 2). */
export function ellipsis(s: string, maxDisplayWidth: number): string {
  if (maxDisplayWidth <= 0) return '';
  const rs = [...s];
  if (maxDisplayWidth === 1) return rs[0] ?? '';
  let total = 0;
  // golang.org/x/text/width: East Asian Wide and Fullwidth count 2, everything else 1.
  const ends = rs.map((r) => (total += (r.codePointAt(0) ?? 0) >= 0x1100 && charWidth(r) === 2 ? 2 : 1));
  if (total <= maxDisplayWidth) return s;
  const keep = ends.findIndex(
    (end, i) => end <= maxDisplayWidth - 1 && (ends[i + 1] ?? Infinity) > maxDisplayWidth - 1,
  );
  return keep >= 0 ? rs.slice(0, keep + 1).join('') + '…' : s;
}

/** ContainerContext.Command: strconv.Quote of the command, ellipsized to 20 unless --no-trunc. */
export function commandColumn(command: string, trunc: boolean): string {
  return goQuote(trunc ? ellipsis(command, 20) : command);
}

/** A port of a container summary (API Port: IP and PublicPort only when published). */
export interface PortSummary {
  readonly IP?: string;
  readonly PrivatePort: number;
  readonly PublicPort?: number;
  readonly Type: string;
}

function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function formGroup(key: string, start: number, last: number): string {
  const parts = key.split('/');
  const [ip, type] = parts.length > 1 ? [parts[0] ?? '', parts[1] ?? ''] : ['', parts[0] ?? ''];
  let group = String(start);
  if (start !== last) group += `-${last}`;
  if (ip !== '') group = `${joinHostPort(ip, group)}->${group}`;
  return `${group}/${type}`;
}

function comparePorts(a: PortSummary, b: PortSummary): number {
  if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
  const ia = a.IP ?? '';
  const ib = b.IP ?? '';
  if (ia !== ib) return ia < ib ? -1 : 1;
  if ((a.PublicPort ?? 0) !== (b.PublicPort ?? 0)) return (a.PublicPort ?? 0) - (b.PublicPort ?? 0);
  return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
}

/** formatter.DisplayablePorts: "0.0.0.0:4000->80/tcp, [::]:4000->80/tcp", "80-81/tcp, 53/udp". */
export function displayablePorts(ports: readonly PortSummary[]): string {
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of [...ports].sort(comparePorts)) {
    const current = port.PrivatePort;
    let key = port.Type;
    if (port.IP) {
      if ((port.PublicPort ?? 0) !== current) {
        hostMappings.push(`${joinHostPort(port.IP, String(port.PublicPort ?? 0))}->${current}/${port.Type}`);
        continue;
      }
      key = `${port.IP}/${port.Type}`;
    }
    const g = groups.get(key);
    if (!g) groups.set(key, { first: current, last: current });
    else if (current === g.last + 1) g.last = current;
    else {
      result.push(formGroup(key, g.first, g.last));
      // Go replaces the map entry: the key keeps its first-seen place in the final loop.
      groups.set(key, { first: current, last: current });
    }
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}

/** What the daemon knows about a container's state (moby container.State), times in ns. */
export interface ContainerState {
  readonly running: boolean;
  readonly paused?: boolean;
  readonly restarting?: boolean;
  readonly removing?: boolean;
  readonly dead?: boolean;
  readonly exitCode: number;
  /** null: never started (Go's zero time). */
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  readonly health?: 'starting' | 'healthy' | 'unhealthy';
}

/** State.String(): the STATUS column ("Up 5 seconds", "Exited (0) 3 seconds ago", "Created"). */
export function containerStatus(s: ContainerState, nowNs: number): string {
  const since = (t: number | null) => humanDuration(nowNs - (t ?? 0));
  if (s.running) {
    if (s.paused) return `Up ${since(s.startedAt)} (Paused)`;
    if (s.restarting) return `Restarting (${s.exitCode}) ${since(s.finishedAt)} ago`;
    if (s.health)
      return `Up ${since(s.startedAt)} (${s.health === 'starting' ? 'health: starting' : s.health})`;
    return `Up ${since(s.startedAt)}`;
  }
  if (s.removing) return 'Removal In Progress';
  if (s.dead) return 'Dead';
  if (s.startedAt === null) return 'Created';
  if (s.finishedAt === null) return '';
  return `Exited (${s.exitCode}) ${since(s.finishedAt)} ago`;
}

/** State.StateString(): the State field ("running", "paused", "exited", …). */
export function containerStateString(s: ContainerState): string {
  if (s.running) return s.paused ? 'paused' : s.restarting ? 'restarting' : 'running';
  if (s.removing) return 'removing';
  if (s.dead) return 'dead';
  return s.startedAt === null ? 'created' : 'exited';
}

/** "5 seconds ago", "About a minute ago": RunningFor / CreatedSince from Unix seconds. */
export function timeAgo(createdSec: number, nowNs: number): string {
  return humanDuration(nowNs - createdSec * 1e9) + ' ago';
}

/** time.Unix(sec, 0).String() in UTC: "2024-01-02 03:04:05 +0000 UTC" (CreatedAt of ps/images). */
export function goTimeString(sec: number): string {
  return goTime(BigInt(Math.trunc(sec)) * 1_000_000_000n)
    .replace('T', ' ')
    .replace(/Z$/, ' +0000 UTC');
}

/** time.Unix(sec, 0).UTC().Format(time.RFC3339): "2024-01-02T03:04:05Z" (history CreatedAt). */
export function rfc3339(sec: number): string {
  return goTime(BigInt(Math.trunc(sec)) * 1_000_000_000n);
}

/** historyContext.CreatedBy: tabs become spaces; ellipsized to 45 unless --no-trunc. */
export function historyCreatedBy(createdBy: string, trunc: boolean): string {
  const s = createdBy.replace(/\t/g, ' ');
  return trunc ? ellipsis(s, 45) : s;
}

/** The SIZE columns of ps, images and history: HumanSizeWithPrecision(size, 3). */
export function sizeColumn(size: number): string {
  return humanSizeWithPrecision(size, 3);
}

/** docker stats' percentages: strconv.FormatFloat(v, 'f', 2, 64) + "%". */
export function formatPercentage(v: number): string {
  return (v < 0 ? '-' : '') + fixed(Math.abs(v), 2) + '%';
}

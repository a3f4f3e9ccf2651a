// The row objects docker/cli's formatters hand to templates (ContainerContext, imageContext,
// historyContext, statsContext, the system df contexts), built from Engine API shaped data, and
// their header maps (SubHeaderContext, whose Label method names a label column).

import { goJson } from '../../image/gojson';
import type { GoValue } from '../../image/gojson';
import {
  commandColumn,
  displayablePorts,
  ellipsis,
  formatPercentage,
  goTimeString,
  historyCreatedBy,
  rfc3339,
  sizeColumn,
  timeAgo,
  truncateID,
} from './columns';
import type { PortSummary } from './columns';
import { bytesSize, humanSize, humanSizeWithPrecision } from './units';
import { GoStruct } from './value';
import type { TemplateValue } from './value';

/** A formatter context: its zero-argument methods as fields, MarshalJSON as a sorted Go map. */
function context(
  typeName: string,
  fields: Record<string, string | null>,
  methods: GoStruct['options']['methods'] = {},
): GoStruct {
  const json = () => goJson(new Map<string, GoValue>(Object.entries(fields)));
  return new GoStruct(typeName, fields, { methodFields: true, methods, json });
}

/** SubHeaderContext: the header names by field, plus Label(name) → last dotted part, - and _ as spaces. */
export function headerContext(headers: Readonly<Record<string, string>>): GoStruct {
  const label = (name: TemplateValue) => {
    const parts = String(name).split('.');
    return (parts[parts.length - 1] ?? '').replace(/[-_]/g, ' ');
  };
  return new GoStruct('formatter.SubHeaderContext', headers, {
    mapLike: true,
    methods: { Label: { params: ['string'], call: label } },
  });
}

/** An Engine API container summary (GET /containers/json), Created in Unix seconds. */
export interface ContainerSummary {
  readonly Id: string;
  readonly Names: readonly string[];
  readonly Image: string;
  readonly ImageID: string;
  readonly Command: string;
  readonly Created: number;
  readonly Ports: readonly PortSummary[];
  readonly Labels?: Readonly<Record<string, string>> | null;
  readonly State: string;
  readonly Status: string;
  readonly SizeRw?: number;
  readonly SizeRootFs?: number;
  readonly Mounts?: readonly { readonly Name?: string; readonly Source: string; readonly Driver?: string }[];
  readonly Networks?: readonly string[];
}

export interface RowOptions {
  /** Truncate IDs and long columns (false with --no-trunc). */
  readonly trunc: boolean;
  /** The client's clock, for "5 seconds ago". */
  readonly nowNs: number;
}

function names(c: ContainerSummary, trunc: boolean): string {
  const all = c.Names.map((n) => n.replace(/^\//, ''));
  if (trunc) return all.find((n) => !n.includes('/')) ?? '';
  return all.join(',');
}

function containerImage(c: ContainerSummary, trunc: boolean): string {
  if (c.Image === '') return '<no image>';
  if (trunc && truncateID(c.ImageID) === truncateID(c.Image)) return truncateID(c.Image);
  return c.Image;
}

/** formatter.ContainerContext for one `docker ps` row. */
export function containerContext(c: ContainerSummary, o: RowOptions): GoStruct {
  const labels = Object.entries(c.Labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .sort();
  const srw = sizeColumn(c.SizeRw ?? 0);
  const mounts = (c.Mounts ?? []).map((m) => {
    const n = m.Name || m.Source;
    return o.trunc ? ellipsis(n, 15) : n;
  });
  const fields = {
    Command: commandColumn(c.Command, o.trunc),
    CreatedAt: goTimeString(c.Created),
    ID: o.trunc ? truncateID(c.Id) : c.Id,
    Image: containerImage(c, o.trunc),
    Labels: labels.join(','),
    LocalVolumes: String((c.Mounts ?? []).filter((m) => m.Driver === 'local').length),
    Mounts: mounts.join(','),
    Names: names(c, o.trunc),
    Networks: (c.Networks ?? []).join(','),
    Platform: null,
    Ports: displayablePorts(c.Ports),
    RunningFor: timeAgo(c.Created, o.nowNs),
    Size: (c.SizeRootFs ?? 0) > 0 ? `${srw} (virtual ${sizeColumn(c.SizeRootFs ?? 0)})` : srw,
    State: c.State,
    Status: c.Status,
  };
  const label = (name: TemplateValue) => (typeof name === 'string' ? (c.Labels?.[name] ?? '') : '');
  return context('*formatter.ContainerContext', fields, { Label: { params: ['string'], call: label } });
}

/** One `docker images` row: the image plus the repository, tag and digest this row shows. */
export interface ImageRow {
  readonly Id: string;
  readonly Created: number;
  readonly Size: number;
  readonly SharedSize?: number;
  readonly Containers?: number;
  readonly repository: string;
  readonly tag: string;
  readonly digest: string;
}

/** formatter.imageContext. */
export function imageContext(i: ImageRow, o: RowOptions): GoStruct {
  const shared = i.SharedSize ?? -1;
  return context('*formatter.imageContext', {
    Containers: (i.Containers ?? -1) === -1 ? 'N/A' : String(i.Containers),
    CreatedAt: goTimeString(i.Created),
    CreatedSince: timeAgo(i.Created, o.nowNs),
    Digest: i.digest,
    ID: o.trunc ? truncateID(i.Id) : i.Id,
    Repository: i.repository,
    SharedSize: shared === -1 ? 'N/A' : humanSize(shared),
    Size: sizeColumn(i.Size),
    Tag: i.tag,
    UniqueSize: i.Size === -1 || shared === -1 ? 'N/A' : humanSize(i.Size - shared),
    VirtualSize: humanSize(i.Size),
  });
}

/** An Engine API history item (GET /images/{name}/history). */
export interface HistoryItem {
  readonly Id: string;
  readonly Created: number;
  readonly CreatedBy: string;
  readonly Size: number;
  readonly Comment: string;
}

/** image.historyContext; `human` is -H (default true). */
export function historyContext(h: HistoryItem, o: RowOptions & { readonly human: boolean }): GoStruct {
  const createdAt = rfc3339(h.Created);
  return context('*image.historyContext', {
    Comment: h.Comment,
    CreatedAt: createdAt,
    CreatedBy: historyCreatedBy(h.CreatedBy, o.trunc),
    CreatedSince: o.human ? timeAgo(h.Created, o.nowNs) : createdAt,
    ID: o.trunc ? truncateID(h.Id) : h.Id,
    Size: o.human ? humanSizeWithPrecision(h.Size, 3) : String(h.Size),
  });
}

/** container.StatsEntry, as docker stats computes it. */
export interface StatsEntry {
  readonly Container: string;
  readonly Name: string;
  readonly ID: string;
  readonly CPUPercentage: number;
  readonly Memory: number;
  readonly MemoryLimit: number;
  readonly MemoryPercentage: number;
  readonly NetworkRx: number;
  readonly NetworkTx: number;
  readonly BlockRead: number;
  readonly BlockWrite: number;
  readonly PidsCurrent: number;
  readonly IsInvalid?: boolean;
}

/** container.statsContext (Linux). */
export function statsContext(s: StatsEntry, trunc: boolean): GoStruct {
  const bad = s.IsInvalid === true;
  const pair = (a: number, b: number) => `${humanSizeWithPrecision(a, 3)} / ${humanSizeWithPrecision(b, 3)}`;
  return context('*container.statsContext', {
    BlockIO: bad ? '--' : pair(s.BlockRead, s.BlockWrite),
    CPUPerc: bad ? '--' : formatPercentage(s.CPUPercentage),
    Container: s.Container,
    ID: trunc ? truncateID(s.ID) : s.ID,
    MemPerc: bad ? '--' : formatPercentage(s.MemoryPercentage),
    MemUsage: bad ? '-- / --' : `${bytesSize(s.Memory)} / ${bytesSize(s.MemoryLimit)}`,
    Name: s.Name.length > 1 ? s.Name.slice(1) : '--',
    NetIO: bad ? '--' : pair(s.NetworkRx, s.NetworkTx),
    PIDs: bad ? '--' : String(s.PidsCurrent),
  });
}

/** One `docker system df` line (Images, Containers, Local Volumes, Build Cache). */
export interface DiskUsageLine {
  readonly type: 'Images' | 'Containers' | 'Local Volumes' | 'Build Cache';
  readonly totalCount: number;
  readonly active: number;
  readonly size: number;
  readonly reclaimable: number;
}

/** The diskUsage*Context of formatter/disk_usage.go. */
export function diskUsageContext(d: DiskUsageLine): GoStruct {
  const pct =
    d.type !== 'Build Cache' && d.size > 0 ? ` (${Math.trunc((d.reclaimable * 100) / d.size)}%)` : '';
  return context('*formatter.diskUsage' + d.type.replace(/ /g, '') + 'Context', {
    Active: String(d.active),
    Reclaimable: humanSize(d.reclaimable) + pct,
    Size: humanSize(d.size),
    TotalCount: String(d.totalCount),
    Type: d.type,
  });
}

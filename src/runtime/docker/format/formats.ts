// docker/cli's default --format strings and table headers for ps, images, history, stats and
// system df, and how each command picks its format (NewContainerFormat, NewImageFormat, …).

import { headerContext } from './contexts';
import type { GoStruct } from './value';

export const TABLE_FORMAT_KEY = 'table';
export const JSON_FORMAT_KEY = 'json';
export const DEFAULT_QUIET_FORMAT = '{{.ID}}';

export const PS_TABLE_FORMAT =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
export const IMAGES_TABLE_FORMAT = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
export const IMAGES_TABLE_FORMAT_DIGEST =
  'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
export const HISTORY_TABLE_FORMAT =
  'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
export const HISTORY_TABLE_FORMAT_NON_HUMAN =
  'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
export const STATS_TABLE_FORMAT =
  'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
export const DF_TABLE_FORMAT = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';

export const PS_HEADERS: GoStruct = headerContext({
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
  Platform: 'PLATFORM',
});

export const IMAGES_HEADERS: GoStruct = headerContext({
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  VirtualSize: 'SIZE',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
});

export const HISTORY_HEADERS: GoStruct = headerContext({
  ID: 'IMAGE',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  CreatedBy: 'CREATED BY',
  Size: 'SIZE',
  Comment: 'COMMENT',
});

export const STATS_HEADERS: GoStruct = headerContext({
  Container: 'CONTAINER',
  Name: 'NAME',
  ID: 'CONTAINER ID',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
});

export const DF_HEADERS: GoStruct = headerContext({
  Type: 'TYPE',
  TotalCount: 'TOTAL',
  Active: 'ACTIVE',
  Size: 'SIZE',
  Reclaimable: 'RECLAIMABLE',
});

/** NewContainerFormat: "" or "table" → the default table (+ SIZE with -s); -q → IDs. */
export function psFormat(source: string, quiet: boolean, size: boolean): string {
  if (source === TABLE_FORMAT_KEY || source === '') {
    if (quiet) return DEFAULT_QUIET_FORMAT;
    return size ? PS_TABLE_FORMAT + '\t{{.Size}}' : PS_TABLE_FORMAT;
  }
  return quiet ? DEFAULT_QUIET_FORMAT : source;
}

/** NewImageFormat; --digests adds a DIGEST column (also to a custom table lacking one). */
export function imagesFormat(source: string, quiet: boolean, digest: boolean): string {
  if (source === TABLE_FORMAT_KEY || source === '') {
    return quiet ? DEFAULT_QUIET_FORMAT : digest ? IMAGES_TABLE_FORMAT_DIGEST : IMAGES_TABLE_FORMAT;
  }
  if (source.startsWith(TABLE_FORMAT_KEY) && digest && !source.includes('{{.Digest}}'))
    return source + '\t{{.Digest}}';
  return source;
}

/** NewHistoryFormat: -q → IDs; -H=false → CREATED AT and byte sizes. */
export function historyFormat(source: string, quiet: boolean, human: boolean): string {
  if (source === TABLE_FORMAT_KEY || source === '') {
    return quiet ? DEFAULT_QUIET_FORMAT : human ? HISTORY_TABLE_FORMAT : HISTORY_TABLE_FORMAT_NON_HUMAN;
  }
  return source;
}

/** NewStatsFormat (Linux). */
export function statsFormat(source: string): string {
  return source === TABLE_FORMAT_KEY || source === '' ? STATS_TABLE_FORMAT : source;
}

/** NewDiskUsageFormat without -v. */
export function dfFormat(source: string): string {
  return source === TABLE_FORMAT_KEY || source === '' ? DF_TABLE_FORMAT : source;
}

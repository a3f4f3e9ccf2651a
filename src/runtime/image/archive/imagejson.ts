// The checks docker load makes on an image config before and while storing it (moby
// image.NewFromJSON, image/store.go Create): valid JSON, a rootfs, an OS this daemon runs
// (linux), and no more non-empty history entries than layers.

import type { Digest } from '../digest';
import { field, jsonKind, unmarshal } from './gojsonread';

export interface CheckedConfig {
  readonly diffIds: readonly Digest[];
  /** History entries that are not empty_layer (is.Create rejects more than there are layers). */
  readonly nonEmpty: number;
}

export const ERR_HISTORY = 'too many non-empty layers in History section';

function nonEmptyHistory(history: unknown): number {
  if (!Array.isArray(history)) return 0;
  return (history as unknown[]).filter((h) => {
    if (typeof h !== 'object' || h === null) return true;
    return field(h as Record<string, unknown>, 'empty_layer') !== true;
  }).length;
}

/** The DiffIDs of a config docker load accepts, or Go's error. */
export function checkImageConfig(text: string): CheckedConfig | { error: string } {
  const parsed = unmarshal(text);
  if ('error' in parsed) return parsed;
  const v = parsed.value;
  if (v === null) return { error: 'invalid image JSON, no RootFS key' };
  if (typeof v !== 'object' || Array.isArray(v)) {
    return { error: `json: cannot unmarshal ${jsonKind(v)} into Go value of type image.Image` };
  }
  const o = v as Record<string, unknown>;
  const rootfs = field(o, 'rootfs');
  if (rootfs === undefined || rootfs === null) return { error: 'invalid image JSON, no RootFS key' };
  const osValue = field(o, 'os');
  const os = typeof osValue === 'string' && osValue !== '' ? osValue : 'linux';
  if (os !== 'linux') return { error: `cannot load ${os} image on linux` };
  const ids = typeof rootfs === 'object' ? field(rootfs as Record<string, unknown>, 'diff_ids') : undefined;
  const diffIds = Array.isArray(ids)
    ? (ids as unknown[]).filter((d): d is Digest => typeof d === 'string')
    : [];
  return { diffIds, nonEmpty: nonEmptyHistory(field(o, 'history')) };
}

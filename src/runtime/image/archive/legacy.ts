// docker load of a tar without manifest.json: the pre-1.10 layout (moby tarexport legacyLoad).
// Every top-level directory is a v1 image: <id>/json (its v1 config, with "parent") and
// <id>/layer.tar. Parents load first; each image's config is rebuilt from the v1 JSON (id,
// parent, Size, parent_id, layer_id and throwaway dropped; rootfs and history added; keys
// sorted), then `repositories` tags the images. A tar with no such directories fails on the
// missing repositories file; a directory without json fails on that.
//
// Simplification: tags are applied in sorted order (Go walks a map); v1 JSON written by Docker
// before 1.8.3 is re-encoded with the V1Image fields only, as Go does, but through v1.ts.

import { decode, encode } from '../../../lib/utf8';
import { chainIds } from '../digest';
import type { Digest } from '../digest';
import { goJson, goString } from '../gojson';
import type { ImageStore } from '../store';
import { parseNormalizedNamed } from '../reference';
import { decodeFirst, field, jsonKind, unmarshal } from './gojsonread';
import type { LoadDir } from './loadfs';
import { loadLayer, setLoadedTag } from './loadfs';
import { rawElements, rawMembers, rawObject, rawStruct } from './rawjson';
import { V1_ORDER, v1Image } from './v1';

/** pkg/version's dotted-number comparison: a < b. */
function versionLess(a: string, b: string): boolean {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = /^[+-]?\d+$/.test(x[i] ?? '') ? Number(x[i]) : 0;
    const q = /^[+-]?\d+$/.test(y[i] ?? '') ? Number(y[i]) : 0;
    if (p !== q) return p < q;
  }
  return false;
}

/** v1.HistoryFromConfig: author, created, created_by (the container Cmd joined), comment. */
function historyEntry(v1: ReadonlyMap<string, string>): string {
  const cc = JSON.parse(v1.get('container_config') ?? '{}') as Record<string, unknown>;
  const cmd = Array.isArray(cc['Cmd']) ? (cc['Cmd'] as unknown[]).map(String).join(' ') : '';
  const m = new Map<string, string>([['created', v1.get('created') ?? '"0001-01-01T00:00:00Z"']]);
  const author = v1.get('author');
  if (author !== undefined) m.set('author', author);
  if (cmd !== '') m.set('created_by', goString(cmd));
  const comment = v1.get('comment');
  if (comment !== undefined) m.set('comment', comment);
  return rawStruct(m, ['created', 'author', 'created_by', 'comment']);
}

/** v1.MakeConfigFromV1Config. */
function configFromV1(json: string, diffIds: readonly Digest[], history: readonly string[]): string {
  const dver = rawMembers(json)?.get('docker_version');
  const version = dver?.startsWith('"') ? (JSON.parse(dver) as string) : '';
  const source = versionLess(version, '1.8.3') ? rawStruct(v1Image(json), V1_ORDER) : json;
  const c = rawMembers(source) ?? new Map<string, string>();
  for (const k of ['id', 'parent', 'Size', 'parent_id', 'layer_id', 'throwaway']) c.delete(k);
  c.set('rootfs', goJson({ type: 'layers', diff_ids: [...diffIds] }));
  c.set('history', `[${history.join(',')}]`);
  return rawObject(c);
}

interface Legacy {
  readonly store: ImageStore;
  readonly dir: LoadDir;
  readonly loaded: Map<string, Digest>;
}

function parentState(s: Legacy, parent: Digest | undefined): { diffIds: Digest[]; history: string[] } {
  const img = parent === undefined ? undefined : s.store.image(parent);
  if (!img) return { diffIds: [], history: [] };
  const raw = rawMembers(decode(img.configBytes))?.get('history') ?? '[]';
  return { diffIds: [...img.config.rootfs.diff_ids], history: rawElements(raw) };
}

function loadOne(s: Legacy, oldId: string, depth: number): string | undefined {
  if (s.loaded.has(oldId)) return undefined;
  if (depth > 1000) return `image ${oldId}: too many parents`;
  const text = s.dir.readText(`${oldId}/json`);
  if ('error' in text) return text.error;
  const parsed = unmarshal(text.text);
  if ('error' in parsed) return parsed.error;
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    return `json: cannot unmarshal ${jsonKind(parsed.value)} into Go value of type struct { OS string; Parent string }`;
  }
  const o = parsed.value as Record<string, unknown>;
  const os = typeof field(o, 'OS') === 'string' && field(o, 'OS') !== '' ? String(field(o, 'OS')) : 'linux';
  if (os !== 'linux') return `cannot load ${os} image on linux`;
  const parentOld = typeof field(o, 'Parent') === 'string' ? String(field(o, 'Parent')) : '';
  if (parentOld !== '') {
    const err = loadOne(s, parentOld, depth + 1);
    if (err !== undefined) return err;
  }
  const parentId = parentOld === '' ? undefined : s.loaded.get(parentOld);
  const base = parentState(s, parentId);
  const layer = loadLayer(s.store, s.dir, `${oldId}/layer.tar`, chainIds(base.diffIds).pop(), oldId);
  if ('error' in layer) return layer.error;
  const history = [...base.history, historyEntry(v1Image(text.text))];
  const config = configFromV1(text.text, [...base.diffIds, layer.diffId], history);
  const added = s.store.addImage(encode(config), parentId);
  if (!added.ok) return added.error;
  s.loaded.set(oldId, added.image.id);
  return undefined;
}

function applyRepositories(s: Legacy, value: unknown, out: string[]): string | undefined {
  const type = 'map[string]map[string]string';
  if (value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    return `json: cannot unmarshal ${jsonKind(value)} into Go value of type ${type}`;
  for (const name of Object.keys(value).sort()) {
    const tags = (value as Record<string, unknown>)[name];
    if (tags === null) continue;
    if (typeof tags !== 'object' || Array.isArray(tags))
      return `json: cannot unmarshal ${jsonKind(tags)} into Go value of type map[string]string`;
    for (const tag of Object.keys(tags).sort()) {
      const oldId = String((tags as Record<string, unknown>)[tag]);
      const id = s.loaded.get(oldId);
      if (!id) return `invalid target ID: ${oldId}`;
      const parsed = parseNormalizedNamed(name);
      if (!parsed.ok) return parsed.error;
      if (!/^[\w][\w.-]{0,127}$/.test(tag)) return 'invalid tag format';
      setLoadedTag(s.store, { ...parsed.ref, tag }, id, out);
    }
  }
  return undefined;
}

/** legacyLoad: the error text, or undefined after loading (it prints only retag notices). */
export function legacyLoad(store: ImageStore, dir: LoadDir, out: string[]): string | undefined {
  const s: Legacy = { store, dir, loaded: new Map() };
  for (const d of dir.topDirs()) {
    const err = loadOne(s, d, 0);
    if (err !== undefined) return err;
  }
  const text = dir.readText('repositories');
  if ('error' in text) return text.error;
  const decoded = decodeFirst(text.text);
  if ('error' in decoded) return decoded.error;
  return applyRepositories(s, decoded.value, out);
}

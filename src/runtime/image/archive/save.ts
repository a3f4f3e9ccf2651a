// `docker save` as Docker 20.10 writes it (moby image/tarexport/save.go, the legacy layout):
//   <v1 id>/            one directory per layer, mtime = image created
//   <v1 id>/VERSION     "1.0"
//   <v1 id>/json        the legacy v1 layer JSON (v1.ts)
//   <v1 id>/layer.tar   the uncompressed layer tar; a layer already written under another v1 ID
//                       becomes a symlink "../<that id>/layer.tar" (those entries keep the save time)
//   <config hex>.json   the config bytes exactly (its sha256 is the image ID), mtime = created
//   manifest.json       [{"Config","RepoTags","Layers","Parent"?}] + "\n", mtime 0
//   repositories        {"repo":{"tag":"<top v1 id>"}} + "\n" when something is tagged, mtime 0
// archive.Tar walks the temporary directory in name order; directories 0755, files 0644, owner
// 0/0 without names, two zero blocks at the end and no record padding.
//
// Simplification: images are written in the order named (Go iterates a map, so the real order
// varies); headers are GNU tar's rather than Go's PAX-format ustar headers; no foreign layers.

import { decode, encode } from '../../../lib/utf8';
import type { TarEntryInput } from '../../../userland/libc/tar';
import { DIRTYPE, REGTYPE, SYMTYPE, TarWriter } from '../../../userland/libc/tar';
import { epochSeconds } from '../bases/fs';
import type { Digest } from '../digest';
import { digestHex } from '../digest';
import { goJson } from '../gojson';
import type { GoValue } from '../gojson';
import { familiarName, familiarString } from '../reference';
import type { ImageStore } from '../store';
import type { SaveTarget } from './names';
import { resolveSaveNames } from './names';
import { rawMembers } from './rawjson';
import { blankV1Image, createV1Id, v1Image, v1LayerJson } from './v1';

export interface SaveOptions {
  /** Seconds since the epoch: the mtime of entries Docker does not re-date (shared layer links). */
  readonly now?: number;
}

interface Entry {
  readonly header: TarEntryInput;
  readonly data?: Uint8Array | undefined;
}

class SaveSession {
  /** Temporary directory contents by path (directories end in "/"). */
  readonly files = new Map<string, Entry>();
  private readonly saved = new Set<string>();
  private readonly diffPaths = new Map<Digest, string>();

  constructor(
    private readonly store: ImageStore,
    private readonly now: number,
  ) {}

  private put(name: string, mtime: number, data?: Uint8Array, link?: string): void {
    const typeflag = name.endsWith('/') ? DIRTYPE : link !== undefined ? SYMTYPE : REGTYPE;
    const mode = typeflag === DIRTYPE ? 0o755 : typeflag === SYMTYPE ? 0o777 : 0o644;
    this.files.set(name, { header: { name, mode, mtime, typeflag, linkname: link ?? '' }, data });
  }

  private saveLayer(v1: string, json: string, chain: Digest, created: number): void {
    if (this.saved.has(v1)) return;
    const layer = this.store.layer(chain);
    if (!layer) return;
    const shared = this.diffPaths.get(layer.diffId);
    const mtime = shared === undefined ? created : this.now;
    this.put(`${v1}/`, mtime);
    this.put(`${v1}/VERSION`, mtime, encode('1.0'));
    this.put(`${v1}/json`, mtime, encode(json));
    if (shared !== undefined) this.put(`${v1}/layer.tar`, this.now, undefined, `../${shared}/layer.tar`);
    else {
      this.put(`${v1}/layer.tar`, created, layer.tar);
      this.diffPaths.set(layer.diffId, `${v1}`);
    }
    this.saved.add(v1);
  }

  /** Writes the image's layers and config; returns the layer directories bottom to top. */
  saveImage(target: SaveTarget): string[] | { error: string } {
    const { image } = target;
    if (image.layers.length === 0) return { error: 'empty export - not implemented' };
    const configText = decode(image.configBytes);
    const members = rawMembers(configText) ?? new Map<string, string>();
    const osRaw = members.get('os');
    const os = osRaw?.startsWith('"') ? (JSON.parse(osRaw) as string) : '';
    const created = epochSeconds(image.config.created);
    const dirs: string[] = [];
    let parent: Digest | undefined;
    image.layers.forEach((chain, i) => {
      const base = i === image.layers.length - 1 ? v1Image(configText) : blankV1Image();
      base.delete('parent');
      const id = createV1Id(base, chain, parent);
      this.saveLayer(digestHex(id), v1LayerJson(base, id, parent, os), chain, created);
      dirs.push(digestHex(id));
      parent = id;
    });
    this.put(`${digestHex(image.id)}.json`, created, image.configBytes);
    return dirs;
  }
}

/** Go's validatedParentLinks: a parent is kept only when it is saved too. */
function parentOf(target: SaveTarget, saved: ReadonlyMap<Digest, SaveTarget>): Digest | undefined {
  const p = target.image.parent;
  return p !== undefined && p !== target.image.id && saved.has(p) ? p : undefined;
}

function writeTar(files: ReadonlyMap<string, Entry>): Uint8Array {
  // filepath.Walk order: names sorted within each directory ("a/" sorts as "a").
  const key = (name: string): string => name.replace(/\/$/, '').replace(/\//g, '\0');
  const names = [...files.keys()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const tar = new TarWriter({ recordSize: 512 });
  for (const name of names) {
    const e = files.get(name);
    if (e) tar.add(e.header, e.data);
  }
  return tar.finish();
}

/**
 * The tar `docker save NAME…` writes (Docker 20.10), or the daemon's error message (the CLI
 * prints it after "Error response from daemon: ").
 */
export function saveImages(
  store: ImageStore,
  refsOrIds: readonly string[],
  opts: SaveOptions = {},
): Uint8Array | { error: string } {
  const targets = resolveSaveNames(store, refsOrIds);
  if ('error' in targets) return targets;
  const session = new SaveSession(store, opts.now ?? 0);
  const manifest: GoValue[] = [];
  const repos = new Map<string, Map<string, GoValue>>();
  for (const target of targets.values()) {
    const dirs = session.saveImage(target);
    if ('error' in dirs) return dirs;
    const top = dirs[dirs.length - 1] ?? '';
    for (const ref of target.refs) {
      const name = familiarName(ref);
      const tags = repos.get(name) ?? new Map<string, GoValue>();
      tags.set(ref.tag ?? '', top);
      repos.set(name, tags);
    }
    const parent = parentOf(target, targets);
    manifest.push({
      Config: `${digestHex(target.image.id)}.json`,
      RepoTags: target.refs.length > 0 ? target.refs.map(familiarString) : null,
      Layers: dirs.map((d) => `${d}/layer.tar`),
      Parent: parent,
    });
  }
  if (repos.size > 0) session.files.set('repositories', jsonFile('repositories', goJson(repos)));
  session.files.set('manifest.json', jsonFile('manifest.json', goJson(manifest)));
  return writeTar(session.files);
}

/** A json.Encoder output file (trailing newline) dated at the epoch. */
function jsonFile(name: string, text: string): Entry {
  return { header: { name, mode: 0o644, mtime: 0, typeflag: REGTYPE }, data: encode(text + '\n') };
}

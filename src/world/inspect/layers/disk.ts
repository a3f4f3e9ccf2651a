// Images and containers as /var/lib/docker holds them (what a learner can `ls` and `cat` too):
// imagedb/content/sha256/<id> is the image config (history created_by and empty_layer,
// rootfs.diff_ids), layerdb/sha256/<chain-id>/{diff,size,cache-id} ties each layer to its
// overlay2/<cache-id>/diff directory and overlay2/<cache-id>/link to its short name in l/;
// repositories.json names the images; containers/<id>/config.v2.json, layerdb/mounts/<id>/mount-id
// and overlay2/<mount-id>/lower give a container's upper and lower directories.

import type { Kernel } from '../../../kernel';
import { chainIds, digestHex, parseConfig } from '../../../runtime/image';
import type { Digest, ImageConfig } from '../../../runtime/image';
import { decode } from '../../../lib/utf8';
import { listDir, readBytes, readLink, readText } from './fs';
import { instruction } from './instruction';
import type { ContainerLayersInfo, HistoryInfo, ImageInfo, LayerInfo, LowerDirInfo } from './types';

export const DOCKER = '/var/lib/docker';
export const OVERLAY = `${DOCKER}/overlay2`;
const IMAGE = `${DOCKER}/image/overlay2`;
const LAYERDB = `${IMAGE}/layerdb`;

/** Image configs are content-addressed: parse each once. */
const configs = new Map<string, ImageConfig | null>();

function configOf(kernel: Kernel, hex: string): ImageConfig | null {
  let c = configs.get(hex);
  if (c !== undefined) return c;
  const bytes = readBytes(kernel, `${IMAGE}/imagedb/content/sha256/${hex}`);
  c = bytes ? (parseConfig(decode(bytes)) ?? null) : null;
  configs.set(hex, c);
  return c;
}

/** repositories.json: image ID → its references ('busybox:latest'). */
function tagsById(kernel: Kernel): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const text = readText(kernel, `${IMAGE}/repositories.json`);
  if (!text) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return out;
  }
  const repos = (parsed as { Repositories?: Record<string, Record<string, string>> }).Repositories ?? {};
  for (const refs of Object.values(repos))
    for (const [ref, id] of Object.entries(refs)) {
      if (ref.includes('@')) continue;
      const list = out.get(id) ?? [];
      list.push(ref);
      out.set(id, list);
    }
  return out;
}

function layerInfo(kernel: Kernel, chain: Digest, diffId: string, step: HistoryInfo | undefined): LayerInfo {
  const db = `${LAYERDB}/sha256/${digestHex(chain)}`;
  const cacheId = readText(kernel, `${db}/cache-id`) ?? '';
  return {
    diffId,
    chainId: chain,
    cacheId,
    size: Number(readText(kernel, `${db}/size`) ?? 0),
    createdBy: step?.createdBy ?? '',
    instruction: step?.instruction ?? '',
    emptyLayer: false,
    diffDir: `${OVERLAY}/${cacheId}/diff`,
    link: readText(kernel, `${OVERLAY}/${cacheId}/link`) ?? '',
  };
}

function imageInfo(kernel: Kernel, hex: string, config: ImageConfig, tags: readonly string[]): ImageInfo {
  const diffIds = config.rootfs.diff_ids;
  const chains = chainIds(diffIds);
  const history: HistoryInfo[] = [];
  let next = 0;
  for (const h of config.history) {
    const emptyLayer = h.empty_layer === true;
    const createdBy = h.created_by ?? '';
    const base = {
      created: h.created,
      createdBy,
      instruction: instruction(createdBy),
      comment: h.comment ?? '',
    };
    history.push(
      emptyLayer || next >= diffIds.length ? { ...base, emptyLayer } : { ...base, emptyLayer, layer: next++ },
    );
  }
  const stepOf = (i: number): HistoryInfo | undefined => history.find((s) => s.layer === i);
  const layers = diffIds.map((d, i) => layerInfo(kernel, chains[i] ?? d, d, stepOf(i)));
  const size = layers.reduce((n, l) => n + l.size, 0);
  return { id: `sha256:${hex}`, tags: [...tags].sort(), size, created: config.created, layers, history };
}

/** Every image in imagedb, newest first (docker images order). */
export function images(kernel: Kernel): ImageInfo[] {
  const tags = tagsById(kernel);
  const out: ImageInfo[] = [];
  for (const hex of listDir(kernel, `${IMAGE}/imagedb/content/sha256`)) {
    const config = configOf(kernel, hex);
    if (config) out.push(imageInfo(kernel, hex, config, tags.get(`sha256:${hex}`) ?? []));
  }
  return out.sort((a, b) =>
    a.created === b.created ? (a.id < b.id ? -1 : 1) : a.created < b.created ? 1 : -1,
  );
}

interface SavedContainer {
  readonly ID?: string;
  readonly Name?: string;
  readonly Image?: string;
  readonly State?: { readonly Status?: string; readonly Paused?: boolean };
}

function savedContainer(text: string | undefined): SavedContainer {
  try {
    return JSON.parse(text ?? '{}') as SavedContainer;
  } catch {
    return {};
  }
}

function lowerDirs(kernel: Kernel, mountId: string): LowerDirInfo[] {
  const lower = readText(kernel, `${OVERLAY}/${mountId}/lower`) ?? '';
  return lower
    .split(':')
    .filter((l) => l !== '')
    .map((l) => {
      const link = l.replace(/^l\//, '');
      const target = readLink(kernel, `${OVERLAY}/l/${link}`) ?? '';
      const diffDir = `${OVERLAY}/${target.replace(/^\.\.\//, '')}`;
      const kind: LowerDirInfo['kind'] = target.includes('-init/') ? 'init' : 'image';
      return { path: `${OVERLAY}/l/${link}`, link, diffDir, kind };
    })
    .map((l, i, all) => (l.kind === 'init' ? l : { ...l, layer: all.length - 1 - i }));
}

/** Every container in containers/, by name. */
export function containers(kernel: Kernel): ContainerLayersInfo[] {
  const out: ContainerLayersInfo[] = [];
  for (const id of listDir(kernel, `${DOCKER}/containers`)) {
    const saved = savedContainer(readText(kernel, `${DOCKER}/containers/${id}/config.v2.json`));
    const mountId = readText(kernel, `${LAYERDB}/mounts/${id}/mount-id`);
    if (!mountId) continue;
    const dir = `${OVERLAY}/${mountId}`;
    const status = saved.State?.Status ?? 'created';
    out.push({
      id,
      name: (saved.Name ?? '').replace(/^\//, ''),
      image: saved.Image ?? '',
      state: saved.State?.Paused && status === 'running' ? 'paused' : status,
      mountId,
      upperdir: `${dir}/diff`,
      workdir: `${dir}/work`,
      mergeddir: `${dir}/merged`,
      lowerdirs: lowerDirs(kernel, mountId),
    });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

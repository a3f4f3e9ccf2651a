// Goals about union filesystems: overlay mounts on the host, what an upper directory holds
// (copied-up files, whiteouts, opaque directories), and what an image's layers contain.

import type { LayerNode, NodeKind } from '../../world/inspect/layers';
import { defineGoal } from './define';
import type { CourseSnapshot } from './snapshot';
import { imageNamed } from './docker';

const FILE_KINDS: readonly NodeKind[] = ['file', 'dir', 'symlink', 'whiteout', 'other'];

/** The entry at `path` below a tree's root ('a/b' or '/a/b'), if any. */
export function nodeAt(tree: LayerNode, path: string): LayerNode | undefined {
  let node: LayerNode | undefined = tree;
  for (const name of path.split('/').filter((p) => p !== '')) {
    node = node?.children?.find((c) => c.name === name);
    if (!node) return undefined;
  }
  return node;
}

/** The node of a host path, read through its parent directory's tree. */
function hostNode(s: CourseSnapshot, path: string): LayerNode | undefined {
  const cut = path.lastIndexOf('/');
  const name = path.slice(cut + 1);
  if (name === '') return undefined;
  return nodeAt(s.tree(cut <= 0 ? '/' : path.slice(0, cut)), name);
}

export const overlayMounted = defineGoal({
  params: { target: { type: 'string' } },
  describe: {
    en: (p) => `an overlay filesystem is mounted on ${p.target}`,
    'zh-CN': (p) => `${p.target} 上挂载了一个 overlay 文件系统`,
  },
  test: (s, p) =>
    s.machine.mountNamespaces.some(
      (ns) => ns.initial && ns.mounts.some((m) => m.target === p.target && m.fstype === 'overlay'),
    ),
});

export const fileTypeAt = defineGoal({
  params: { path: { type: 'string' }, type: { type: 'string' } },
  describe: {
    en: (p) => `${p.path} is ${p.type === 'whiteout' ? 'a whiteout (character device 0/0)' : `a ${p.type}`}`,
    'zh-CN': (p) =>
      `${p.path} 是${p.type === 'whiteout' ? '一个 whiteout（字符设备 0/0）' : `一个 ${p.type}`}`,
  },
  test: (s, p) => FILE_KINDS.includes(p.type as NodeKind) && hostNode(s, p.path)?.kind === p.type,
});

export const opaqueDirAt = defineGoal({
  params: { path: { type: 'string' } },
  describe: {
    en: (p) => `${p.path} is an opaque directory (trusted.overlay.opaque="y")`,
    'zh-CN': (p) => `${p.path} 是一个不透明目录（trusted.overlay.opaque="y"）`,
  },
  test: (s, p) => hostNode(s, p.path)?.opaque === true,
});

export const containerUpperHas = defineGoal({
  params: { name: { type: 'string' }, path: { type: 'string' }, type: { type: 'string', optional: true } },
  describe: {
    en: (p) => `the upper dir of container ${p.name} holds ${p.path}${p.type ? ` (${p.type})` : ''}`,
    'zh-CN': (p) => `容器 ${p.name} 的 upper 目录里有 ${p.path}${p.type ? `（${p.type}）` : ''}`,
  },
  test: (s, p) => {
    const c = s.containers.find((x) => x.name === p.name);
    const node = c && nodeAt(s.tree(c.upperdir), p.path);
    return node !== undefined && (p.type === undefined || node.kind === p.type);
  },
});

/** A file's text as the image's merged root shows it: the topmost layer that has the path decides. */
function imageFile(s: CourseSnapshot, tag: string, path: string): string | undefined {
  for (const layer of [...(imageNamed(s, tag)?.layers ?? [])].reverse()) {
    const node = nodeAt(s.tree(layer.diffDir), path);
    if (node === undefined) continue;
    return node.kind === 'file' ? s.readFile(`${layer.diffDir}${path}`) : undefined;
  }
  return undefined;
}

export const imageFileContains = defineGoal({
  params: { tag: { type: 'string' }, path: { type: 'string' }, text: { type: 'string' } },
  describe: {
    en: (p) => `${p.path} in the image ${p.tag} contains "${p.text}"`,
    'zh-CN': (p) => `镜像 ${p.tag} 中的 ${p.path} 包含 "${p.text}"`,
  },
  test: (s, p) => imageFile(s, p.tag, p.path)?.includes(p.text) ?? false,
});

/** The image has the file, and it no longer contains `text` (e.g. after an edit and a rebuild). */
export const imageFileLacks = defineGoal({
  params: { tag: { type: 'string' }, path: { type: 'string' }, text: { type: 'string' } },
  describe: {
    en: (p) => `${p.path} in the image ${p.tag} no longer contains "${p.text}"`,
    'zh-CN': (p) => `镜像 ${p.tag} 中的 ${p.path} 已不再包含 "${p.text}"`,
  },
  test: (s, p) => {
    const text = imageFile(s, p.tag, p.path);
    return text !== undefined && !text.includes(p.text);
  },
});

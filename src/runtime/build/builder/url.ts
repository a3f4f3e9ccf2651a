// ADD <url> (moby copy.go downloadSource): the file is fetched by the daemon, named after the
// URL's last path component, mode 0600, mtime from Last-Modified (else Go's zero time), and
// hashed like an image file (lazycontext) but without the `file:` prefix. It is never unpacked.

import type { DirNode, FileNode } from '../../image/tree';
import { dirNode } from '../../image/tree';
import type { Gen } from '../../../userland/sys';
import type { CopyInfo } from './sources';
import { treeSource } from './sources';
import type { BuildEnv } from './state';
import { BuildFailure } from './types';

export { isUrl } from './values';

/** time.Time{} as Unix seconds (year 1). */
const GO_ZERO_TIME = -62135596800;

function urlParts(url: string): { host: string; path: string } {
  const rest = url.slice(url.indexOf('://') + 3);
  const slash = rest.search(/[/?#]/);
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash).replace(/[?#].*$/, '');
  return { host: host.replace(/^.*@/, '').replace(/:\d+$/, ''), path };
}

export function* downloadSource(env: BuildEnv, url: string, _dest: string): Gen<CopyInfo> {
  const { host, path } = urlParts(url);
  const trimmed = path.replace(/\/+$/, '');
  const filename = trimmed === '' ? (path === '' ? '.' : '/') : trimmed.slice(trimmed.lastIndexOf('/') + 1);
  const got = env.backend.download
    ? yield* env.backend.download(url, env.sink)
    : `Get "${url}": dial tcp: lookup ${host}: no such host`;
  if (typeof got === 'string') throw new BuildFailure(`ADD failed: ${got}`);
  const root: DirNode = dirNode(0o700);
  const file: FileNode = {
    kind: 'file',
    mode: 0o600,
    uid: 0,
    gid: 0,
    mtime: got.mtime ?? GO_ZERO_TIME,
    data: got.data,
  };
  root.children.set(filename, file);
  const fs = treeSource(root);
  return { fs, path: filename, hash: fs.hash(filename), noDecompress: true };
}

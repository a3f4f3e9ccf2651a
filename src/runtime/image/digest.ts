// Content digests as Docker and the OCI image spec compute them (image-spec descriptor.md,
// config.md §ImageID, moby layer/layer.go CreateChainID): "sha256:" + lowercase hex.

import { sha256 } from '@noble/hashes/sha2.js';
import { encode } from '../../lib/utf8';

export type Digest = `sha256:${string}`;

const HEX = '0123456789abcdef';

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b >> 4]! + HEX[b & 15]!;
  return out;
}

/** "sha256:<hex>" of bytes, or of a string's UTF-8 encoding. */
export function sha256Digest(content: Uint8Array | string): Digest {
  const bytes = typeof content === 'string' ? encode(content) : content;
  return `sha256:${hex(sha256(bytes))}`;
}

/** A layer's DiffID: the digest of its uncompressed tar. */
export function diffId(layerTar: Uint8Array): Digest {
  return sha256Digest(layerTar);
}

/** ChainID(L0) = DiffID(L0); ChainID(L0|…|Ln) = sha256(ChainID(L0|…|Ln-1) + " " + DiffID(Ln)). */
export function chainId(parent: Digest | undefined, diff: Digest): Digest {
  return parent === undefined ? diff : sha256Digest(`${parent} ${diff}`);
}

/** The ChainIDs of a stack of layers given bottom to top. */
export function chainIds(diffIds: readonly Digest[]): Digest[] {
  const out: Digest[] = [];
  let parent: Digest | undefined;
  for (const d of diffIds) {
    parent = chainId(parent, d);
    out.push(parent);
  }
  return out;
}

/** The image ID: the digest of the config JSON bytes exactly as stored. */
export function imageId(configJson: Uint8Array | string): Digest {
  return sha256Digest(configJson);
}

/** True for "sha256:" followed by exactly 64 lowercase hex digits. */
export function isDigest(s: string): s is Digest {
  return /^sha256:[0-9a-f]{64}$/.test(s);
}

/** The 12-hex short form Docker prints in IMAGE ID / CONTAINER ID columns. */
export function shortId(d: string): string {
  return (d.startsWith('sha256:') ? d.slice(7) : d).slice(0, 12);
}

/** The hex part of a digest (the file name under blobs/sha256/ and layerdb/sha256/). */
export function digestHex(d: Digest): string {
  return d.slice(7);
}

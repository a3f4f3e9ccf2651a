// runtime/image: container images the way Docker and the OCI image spec define them.
//   digest.ts     sha256 digests, DiffIDs, ChainIDs, image IDs
//   gojson.ts     JSON bytes as Go's encoding/json writes them (what gets hashed)
//   config.ts     the image config (Docker 20.10's key order) and its parser
//   manifest.ts   OCI manifests and descriptors
//   reference.ts  image reference parsing and normalisation (busybox → docker.io/library/busybox:latest)
//   tree.ts       plain-data file trees (the engine maps them to the filesystem through Sys)
//   changeset.ts  overlay upper dir → layer tar (.wh.NAME whiteouts, .wh..wh..opq opaque dirs)
//   unpack.ts     layer tar → overlay dir, or applied onto a flattened tree
//   changes.ts    docker diff: an upper dir against the image (A/C/D)
//   store.ts      the daemon's image store: layers by ChainID, images by ID, tags
//   registry.ts   the in-world registry serving generated official images (bases/)
//   pull.ts       docker pull: registry → store
//   importer.ts   docker import: a rootfs tar → a one-layer image
//   gotime.ts     Go's RFC 3339 nanosecond timestamps (config `created`)
//
// Simplification: everything is in memory and pure (no Sys); layer tars use GNU tar headers
// rather than Go's; registry blobs are uncompressed (layer blob digest = DiffID); the base images
// are small generated trees whose executables name Glasshouse programs.

export type { Digest } from './digest';
export { chainId, chainIds, diffId, digestHex, imageId, isDigest, sha256Digest, shortId } from './digest';
export type { GoValue } from './gojson';
export { goJson, goString } from './gojson';
export type { HistoryEntry, ImageConfig, RunConfig } from './config';
export { encodeConfig, parseConfig, serializeConfig } from './config';
export type { Descriptor, Manifest } from './manifest';
export {
  MEDIA_CONFIG,
  MEDIA_LAYER,
  MEDIA_MANIFEST,
  descriptor,
  encodeManifest,
  makeManifest,
} from './manifest';
export type { ImageRef, ParseResult } from './reference';
export {
  DEFAULT_DOMAIN,
  DEFAULT_TAG,
  familiarName,
  familiarString,
  parseNormalizedNamed,
  parseReference,
  referenceString,
  repositoryName,
  withDefaultTag,
} from './reference';
export type { DeviceNode, DirNode, FileNode, NodeMeta, SymlinkNode, TreeNode, WhiteoutNode } from './tree';
export { components, dirNode, ensureDir, lookup, sortedNames, walk } from './tree';
export { OPAQUE_WHITEOUT, WHITEOUT_MODE, WHITEOUT_PREFIX, encodeLayer } from './changeset';
export type { Change } from './changes';
export { changes, formatChanges } from './changes';
export type { UnpackResult } from './unpack';
export { applyLayer, decodeLayer, layerSize } from './unpack';
export type { ImageRecord, LayerRecord, Lookup } from './store';
export { ImageStore } from './store';
export type { RegistryAnswer, RegistryImage } from './registry';
export { Registry } from './registry';
export type { PullOutcome, PullResult, PulledLayer } from './pull';
export { pullImage } from './pull';
export type { ImportOptions } from './importer';
export { importImage, importedDiffId } from './importer';
export { goTime, goTimeSeconds } from './gotime';
export type { BuiltImage, ImageSpec, Step } from './bases';
export { BASE_IMAGES, TreeBuilder, buildImage, programImage } from './bases';

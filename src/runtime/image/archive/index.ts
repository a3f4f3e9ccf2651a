// runtime/image/archive: the image archive formats of `docker save`, `docker load` and
// `docker export`, as pure functions over the in-memory image store and plain trees.
//   save.ts        docker save: Docker 20.10's legacy layout (manifest.json, repositories,
//                  <config hex>.json, <v1 id>/{VERSION,json,layer.tar})
//   names.ts       which images and tags a list of names selects
//   v1.ts          legacy v1 layer JSON and v1 IDs (moby image/v1 CreateID)
//   load.ts        docker load: manifest.json archives (20.10 saves; Docker ≥ 25's OCI layout,
//                  which carries a manifest.json naming its blobs)
//   legacy.ts      docker load of the pre-1.10 layout (no manifest.json)
//   untar.ts       the input unpacked as Go's archive/tar reads it, with its errors
//   export.ts      docker export: a merged root filesystem as one tar
//
// Simplification: archives are Uint8Arrays in memory; tar headers are GNU tar's (libc/tar) rather
// than Go's; compressed input to docker load is not accepted; several images are saved in the
// order named rather than Go's map order.

export type { SaveOptions } from './save';
export { saveImages } from './save';
export type { LoadOptions, LoadResult } from './load';
export { loadImages } from './load';
export type { LoadedLayer } from './loadfs';
export { exportTree } from './export';
export { createV1Id, v1LayerJson } from './v1';

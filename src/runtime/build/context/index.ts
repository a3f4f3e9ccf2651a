// The build context of `docker build` (Docker 20.10 CLI and legacy builder): the directory the
// CLI archives and uploads, filtered by .dockerignore, and what the daemon makes of it.
//   read.ts      readContext(sys, dir, -f): the CLI's path checks and errors, walking through Sys
//   treefs.ts    the same from a plain tree (stdin contexts, tests)
//   walk.ts      which files are archived (exclusions, exceptions, hard links, sockets)
//   patterns.ts  .dockerignore parsing and moby's pattern matcher
//   gomatch.ts   Go's filepath.Match (COPY wildcards, pattern syntax checks)
//   entries.ts   tar size and per-file tarsum (COPY's cache key)
//   assemble.ts  the daemon's copy: the tree COPY reads, the Dockerfile text
//   paths.ts     Go's EvalSymlinks and Rel
//   units.ts     go-units sizes ("3.072kB", "1.98MB")
//
// Simplification: no remote contexts (git, URLs), no gzip-compressed tar contexts; owner names
// in the archive are not looked up (they do not change the size for short names).

export type { BuildContext, OutsideDockerfile } from './assemble';
export { assembleContext } from './assemble';
export type { ContextEntry } from './entries';
export { contextTarSize, entrySize, entrySum, tarName } from './entries';
export { ERR_BAD_PATTERN, goMatch, goMatchRegExp, hasWildcards } from './gomatch';
export { evalSymlinks, goErrno, relPath } from './paths';
export { PatternMatcher, matchesAny, readDockerignore } from './patterns';
export { readContext, sysContextFs } from './read';
export { contextFromDockerfile, contextFromTree, runPure, treeContextFs } from './treefs';
export { contextSentLine, goFormatG, humanSize, humanSizeWithPrecision } from './units';
export type { ContextFs, FsEntry } from './walk';
export { walkContext } from './walk';

// What the page downloads before the terminal and the views are requested (issue #6 "Checked by":
// ≤ 170 KB gzip), read from a build's dist/.vite/manifest.json (build.manifest in vite.config.ts):
// index.html, the favicon, the entry chunk with every chunk it imports statically, and their CSS.
// Chunks reached only through import() (the model, xterm.js, the views, the course) are the lazy
// ones. Sizes are gzip level 9 (node:zlib), deterministic for a given build.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_KB = 170;

interface ManifestChunk {
  readonly file: string;
  readonly name?: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}

export interface SizedFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface FirstLoadSize {
  /** Files the page loads before the terminal and views: index.html, favicon, entry graph, CSS. */
  readonly initial: readonly SizedFile[];
  readonly initialGzip: number;
  /** Everything else the build emitted for the page (JS and CSS loaded later), largest first. */
  readonly lazy: readonly SizedFile[];
  readonly lazyGzip: number;
  readonly budgetKb: number;
}

function sized(dist: string, file: string): SizedFile {
  const body = readFileSync(join(dist, file));
  return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** Manifest keys of the entry and everything it imports statically (transitively). */
function staticGraph(manifest: Record<string, ManifestChunk>, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry);
  return seen;
}

export function firstLoadSize(dist: string): FirstLoadSize {
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: build.manifest must be on`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (entry === undefined) throw new Error('the manifest names no entry chunk');
  const initialFiles = new Set(['index.html']);
  if (existsSync(join(dist, 'favicon.svg'))) initialFiles.add('favicon.svg');
  for (const key of staticGraph(manifest, entry)) {
    const chunk = manifest[key];
    if (!chunk) continue;
    initialFiles.add(chunk.file);
    for (const css of chunk.css ?? []) initialFiles.add(css);
  }
  const lazyFiles = new Set<string>();
  for (const chunk of Object.values(manifest)) {
    for (const file of [chunk.file, ...(chunk.css ?? [])])
      if (!initialFiles.has(file) && /\.(js|css)$/.test(file)) lazyFiles.add(file);
  }
  const initial = [...initialFiles].map((f) => sized(dist, f));
  const lazy = [...lazyFiles].map((f) => sized(dist, f)).sort((a, b) => b.gzip - a.gzip);
  const total = (files: readonly SizedFile[]): number => files.reduce((sum, f) => sum + f.gzip, 0);
  return {
    initial,
    initialGzip: total(initial),
    lazy,
    lazyGzip: total(lazy),
    budgetKb: FIRST_LOAD_BUDGET_KB,
  };
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

export function sizeReport(size: FirstLoadSize): string {
  const row = (f: SizedFile): string => `| ${f.file} | ${kb(f.bytes)} | ${kb(f.gzip)} |`;
  const met = size.initialGzip <= size.budgetKb * 1024;
  return [
    '',
    'First load: what the page downloads before the terminal and the views (gzip -9):',
    '| file | KB | KB gzip |',
    '|---|---|---|',
    ...size.initial.map(row),
    `Total ${kb(size.initialGzip)} KB gzip (budget ≤ ${size.budgetKb} KB: ${met ? 'met' : 'MISSED'})`,
    '',
    `Loaded lazily (${kb(size.lazyGzip)} KB gzip in all):`,
    '| file | KB | KB gzip |',
    '|---|---|---|',
    ...size.lazy.map(row),
    '',
  ].join('\n');
}

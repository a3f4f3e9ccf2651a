// A Vite plugin for the production build: writes dist/sw.js, the service worker of
// src/ui/offline/serviceWorker.ts compiled on its own, with the list of every file the build wrote
// (index.html, the hashed chunks and CSS, the public files such as the favicon; not source maps
// nor the manifest) and a version hashed from their names and contents. The page registers it
// (src/ui/offline/register.ts) so that after the first visit it loads and runs with no network.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
const SOURCE = 'src/ui/offline/serviceWorker.ts';

/** Files under dir (paths relative to it, '/'-separated) that the service worker precaches. */
export function precacheFiles(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.endsWith('.map') && !file.startsWith('.vite/') && file !== SERVICE_WORKER_FILE);
  return files.sort();
}

/** A short hash of the files' names and contents. */
function versionOf(dir: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}

export function offlinePlugin(): Plugin {
  let root = '.';
  return {
    name: 'glasshouse-offline',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async writeBundle(options) {
      const dir = options.dir;
      if (!dir) return;
      const files = precacheFiles(dir);
      if (!files.includes('index.html')) return; // not the app's build (e.g. the views bench page)
      const precache = { version: versionOf(dir, files), files };
      const source = readFileSync(join(root, SOURCE), 'utf8');
      const out = await transform(source, {
        loader: 'ts',
        target: 'es2022',
        format: 'iife',
        minify: true,
        define: { __PRECACHE__: JSON.stringify(precache) },
      });
      writeFileSync(join(dir, SERVICE_WORKER_FILE), out.code);
    },
  };
}

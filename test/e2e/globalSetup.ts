// Builds the web app once for the whole end-to-end run; each test file serves that build with
// vite preview (harness.ts) instead of building it again.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Vite } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app built once by globalSetup, for harness.ts to serve. */
    e2eDist: string;
  }
}

const vitePackage = 'vite';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const vite = (await import(vitePackage)) as typeof Vite;
  const root = resolve(import.meta.dirname, '../..');
  const work = await mkdtemp(join(tmpdir(), 'glasshouse-e2e-build-'));
  const outDir = join(work, 'dist');
  await vite.build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    cacheDir: join(work, 'vite-cache'),
  });
  project.provide('e2eDist', outDir);
  return () => rm(work, { recursive: true, force: true });
}

// The first-load size budget (issue #6 "Checked by"): ≤ 170 KB gzip before the terminal and the
// views load lazily. Not timed: sizes of a build are deterministic. The app is built here with
// `vite build` in a child process with NODE_ENV=production, as `npm run build` does (the build
// that globalSetup.ts makes inside Vitest has NODE_ENV=test, so React's development code is in
// it). The timed half of the budget is `npm run bench -- first-load`.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_KB, firstLoadSize, type FirstLoadSize } from '../bench/firstLoadSize';
import { repoRoot } from './harness';

let work: string;
let dist: string;
let size: FirstLoadSize;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'glasshouse-budget-'));
  dist = join(work, 'dist');
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--outDir', dist, '--emptyOutDir'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 16 * 1024 * 1024,
  });
  size = firstLoadSize(dist);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const files = (list: readonly { file: string }[]): string[] => list.map((f) => f.file);

describe('the first-load budget', () => {
  it(`loads at most ${FIRST_LOAD_BUDGET_KB} KB gzip before the terminal and the views`, () => {
    const kb = size.initialGzip / 1024;
    expect(size.initial.length).toBeGreaterThanOrEqual(3);
    expect(kb).toBeGreaterThan(10);
    expect(kb).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
  });

  it('keeps the model, xterm.js and the views out of the first load', () => {
    const initial = files(size.initial);
    const lazy = files(size.lazy);
    for (const chunk of [/\/world-[\w-]+\.js$/, /\/mount-[\w-]+\.js$/, /\/ViewsArea-[\w-]+\.js$/]) {
      expect(initial.some((f) => chunk.test(f))).toBe(false);
      expect(lazy.some((f) => chunk.test(f))).toBe(true);
    }
    expect(initial).toContain('index.html');
    expect(initial.some((f) => /^assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
  });

  it('writes a service worker that precaches every emitted file but source maps', () => {
    const sw = join(dist, 'sw.js');
    expect(existsSync(sw)).toBe(true);
    const source = readFileSync(sw, 'utf8');
    for (const file of [...files(size.initial), ...files(size.lazy)]) expect(source).toContain(`"${file}"`);
    expect(source).not.toMatch(/\.map"/);
    expect(source).not.toContain('.vite/manifest.json');
  });
});

// The views in headless Chromium (issue #5 item 8): frame times of each view fed 8 snapshots a
// second at the sizes of the issue (200 processes, 50 cgroups, 20 layers × 2,000 files, ~50
// namespaces), and the layer view's first frame for 100 layers × 10,000 files. Builds
// test/bench/views/page.html with Vite (production React), serves it with vite preview and drives
// the system Chromium through playwright-core.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { FrameResult } from './views/page';
import { stats, type Stats } from './stats';

const root = process.cwd();
const FRAME_MS = 1000 / 60;
const FIRST_FRAME_TARGET_MS = 100;

export interface ViewFrames {
  readonly view: string;
  readonly size: string;
  readonly frames: number;
  readonly fps: number;
  readonly gap: Stats;
  /** Share of frames that took longer than two 60 Hz frames (a visible stutter). */
  readonly dropped: number;
  readonly longestTaskMs: number;
}

export interface BrowserBench {
  readonly views: readonly ViewFrames[];
  readonly firstFrameMs: readonly number[];
  readonly firstFrameTargetMs: number;
}

const SIZES: Record<string, string> = {
  namespaces: '200 processes',
  cgroups: '50 cgroups',
  mounts: '~50 namespaces',
  layers: '20 layers × 2,000 files',
  trace: 'a trace growing by 500 calls per update',
};

async function servePage(work: string): Promise<{ url: string; close(): Promise<void> }> {
  const vite = await import('vite');
  const outDir = join(work, 'dist');
  await vite.build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(root, 'test/bench/views/page.html') } },
    cacheDir: join(work, 'vite-cache'),
  });
  const server = await vite.preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview has no URL');
  return {
    url: `${url}test/bench/views/page.html`,
    close: () => new Promise((done) => server.httpServer.close(() => done())),
  };
}

function summarise(view: string, result: FrameResult): ViewFrames {
  const gap = stats(result.gaps);
  const total = result.gaps.reduce((a, b) => a + b, 0);
  return {
    view,
    size: SIZES[view] ?? '',
    frames: result.frames,
    fps: total > 0 ? (result.gaps.length * 1000) / total : 0,
    gap,
    dropped: result.gaps.filter((g) => g > 2 * FRAME_MS).length / Math.max(1, result.gaps.length),
    longestTaskMs: Math.max(0, ...result.longTasks),
  };
}

export async function benchViews(): Promise<BrowserBench> {
  const work = await mkdtemp(join(tmpdir(), 'glasshouse-views-bench-'));
  const served = await servePage(work);
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 800, height: 950 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(served.url);
    await page.waitForFunction(() => window.__bench !== undefined);
    const views: ViewFrames[] = [];
    for (const view of Object.keys(SIZES)) {
      const result = await page.evaluate((name) => window.__bench?.frames(name, 4000), view);
      if (result) views.push(summarise(view, result));
    }
    const firstFrameMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const ms = await page.evaluate(() => window.__bench?.firstFrame(100, 10000));
      if (ms !== undefined) firstFrameMs.push(ms);
    }
    return { views, firstFrameMs, firstFrameTargetMs: FIRST_FRAME_TARGET_MS };
  } finally {
    await context.close();
    await served.close();
    await rm(work, { recursive: true, force: true });
  }
}

export function viewsReport(bench: BrowserBench): string {
  const rows = bench.views.map(
    (v) =>
      `| ${v.view} | ${v.size} | ${v.fps.toFixed(1)} | ${v.gap.p50.toFixed(1)} | ${v.gap.p99.toFixed(1)} | ` +
      `${(v.dropped * 100).toFixed(1)} % | ${v.longestTaskMs.toFixed(0)} |`,
  );
  const first = [...bench.firstFrameMs].sort((a, b) => a - b);
  const median = first[Math.floor(first.length / 2)] ?? NaN;
  return [
    '',
    'Views in headless Chromium (snapshots replaced 8×/s):',
    '| view | size | fps | frame gap p50 (ms) | p99 (ms) | frames > 33 ms | longest task (ms) |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    `Layer view first frame, 100 layers × 10,000 files: median ${median.toFixed(1)} ms of ` +
      `${first.map((m) => m.toFixed(0)).join(', ')} (target ≤ ${bench.firstFrameTargetMs} ms: ` +
      `${median <= bench.firstFrameTargetMs ? 'met' : 'missed'})`,
    '',
  ].join('\n');
}

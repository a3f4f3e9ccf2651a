// The first-load budget (issue #6 "Checked by"): ≤ 170 KB gzip before the terminal and the views
// load lazily, and ≤ 1 s from navigation start to a usable prompt in headless Chromium. Builds the
// app with Vite into a temp dir (production, as `npm run build`), sizes the first load from the
// build's manifest (firstLoadSize.ts), serves it with vite preview and loads it in the system
// Chromium: cold loads, each in a fresh profile (empty HTTP cache, no service worker), and warm
// loads, repeated in one profile once its service worker controls the page. The time is the
// page's own clock (performance.now(), whose origin is the navigation's start) at the first poll
// (every 10 ms) that finds `root@glasshouse:~#` on terminal 1 through window.__glasshouse.

import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type {} from '../../src/ui/terminal/testHook';
import { firstLoadSize, sizeReport, type FirstLoadSize } from './firstLoadSize';

const root = process.cwd();
const LOADS = 5;
export const PROMPT_BUDGET_MS = 1000;

export interface LoadTimes {
  /** Navigation start to the first prompt on screen (ms), in load order. */
  readonly promptMs: number[];
  /** Navigation start to the first contentful paint (ms). */
  readonly paintMs: number[];
  /** Navigation start to the end of the model chunk's (world-*.js) download or cache read (ms). */
  readonly modelMs: number[];
}

export interface FirstLoadBench {
  readonly size: FirstLoadSize;
  readonly cold: LoadTimes;
  readonly warm: LoadTimes;
  readonly promptBudgetMs: number;
  /** The host's 1-minute load average at the start and end, and its CPUs. */
  readonly load: { readonly before: number; readonly after: number; readonly cpus: number };
}

async function buildAndServe(work: string): Promise<{ url: string; dist: string; close(): Promise<void> }> {
  const vite = await import('vite');
  const dist = join(work, 'dist');
  const config = { root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' as const };
  await vite.build({
    ...config,
    build: { outDir: dist, emptyOutDir: true },
    cacheDir: join(work, 'vite-cache'),
  });
  const server = await vite.preview({
    ...config,
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview has no URL');
  return { url, dist, close: () => new Promise((done) => server.httpServer.close(() => done())) };
}

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
    viewport: { width: 1280, height: 760 },
  });
}

/** Navigates and returns [ms to the prompt, to the first contentful paint, to the model chunk]. */
async function timeLoad(page: Page, url: string): Promise<[number, number, number]> {
  await page.goto(url, { waitUntil: 'commit' });
  const found = await page.waitForFunction(
    () => {
      const screen = window.__glasshouse?.screenText() ?? '';
      return /root@glasshouse:~# ?$/m.test(screen) ? performance.now() : false;
    },
    undefined,
    { polling: 10, timeout: 30000 },
  );
  const promptMs = (await found.jsonValue()) as number;
  const [paintMs, modelMs] = await page.evaluate(() => [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) =>
      /\/world-[\w-]+\.js$/.test(r.name),
    )?.responseEnd ?? NaN,
  ]);
  return [promptMs, paintMs, modelMs];
}

function record(times: LoadTimes, [prompt, paint, model]: [number, number, number]): void {
  times.promptMs.push(prompt);
  times.paintMs.push(paint);
  times.modelMs.push(model);
}

async function coldLoads(work: string, url: string): Promise<LoadTimes> {
  const times: LoadTimes = { promptMs: [], paintMs: [], modelMs: [] };
  for (let i = 0; i < LOADS; i++) {
    const context = await launch(join(work, `cold-${i}`));
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      record(times, await timeLoad(page, url));
    } finally {
      await context.close();
    }
  }
  return times;
}

async function warmLoads(work: string, url: string): Promise<LoadTimes> {
  const context = await launch(join(work, 'warm'));
  const times: LoadTimes = { promptMs: [], paintMs: [], modelMs: [] };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await timeLoad(page, url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30000,
    });
    for (let i = 0; i < LOADS; i++) {
      record(times, await timeLoad(page, url));
    }
  } finally {
    await context.close();
  }
  return times;
}

export async function benchFirstLoad(): Promise<FirstLoadBench> {
  const before = loadavg()[0] ?? 0;
  const work = await mkdtemp(join(tmpdir(), 'glasshouse-first-load-'));
  const served = await buildAndServe(work);
  try {
    const size = firstLoadSize(served.dist);
    const cold = await coldLoads(work, served.url);
    const warm = await warmLoads(work, served.url);
    const load = { before, after: loadavg()[0] ?? 0, cpus: cpus().length };
    return { size, cold, warm, promptBudgetMs: PROMPT_BUDGET_MS, load };
  } finally {
    await served.close();
    await rm(work, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function timesLine(label: string, times: LoadTimes, budget: number): string {
  const m = median(times.promptMs);
  const max = Math.max(...times.promptMs);
  const verdict = max <= budget ? 'met' : m <= budget ? 'median met, max over' : 'MISSED';
  return (
    `| ${label} | ${m.toFixed(0)} | ${max.toFixed(0)} | ${times.promptMs.map((t) => t.toFixed(0)).join(', ')} | ` +
    `${median(times.paintMs).toFixed(0)} | ${median(times.modelMs).toFixed(0)} | ${verdict} |`
  );
}

export function firstLoadReport(bench: FirstLoadBench): string {
  return [
    sizeReport(bench.size),
    `Time to a usable prompt in headless Chromium (ms from navigation start; budget ≤ ${bench.promptBudgetMs} ms):`,
    '| loads | median | max | each | first paint (median) | model chunk in (median) | budget |',
    '|---|---|---|---|---|---|---|',
    timesLine(`cold (${LOADS}, fresh profiles)`, bench.cold, bench.promptBudgetMs),
    timesLine(`warm (${LOADS}, HTTP cache + service worker)`, bench.warm, bench.promptBudgetMs),
    `Host load average (1 min): ${bench.load.before.toFixed(2)} at start, ${bench.load.after.toFixed(2)} at end, ` +
      `on ${bench.load.cpus} CPUs${Math.max(bench.load.before, bench.load.after) > bench.load.cpus / 2 ? ' (a busy host: times are longer and noisier than on an idle one)' : ''}`,
    '',
  ].join('\n');
}

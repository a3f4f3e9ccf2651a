// The first-load budget (issue #6 "Checked by"): ≤ 170 KB gzip before the terminal and the views
// load lazily, and ≤ 1 s from navigation start to a usable prompt in headless Chromium. Builds the
// app with Vite into a temp dir (production, as `npm run build`), sizes the first load from the
// build's manifest (firstLoadSize.ts), serves it with vite preview and loads it in the system
// Chromium: cold loads, each in a fresh profile (empty HTTP cache, no service worker), and warm
// loads, repeated in one profile once its service worker controls the page. The time is the
// page's own clock (performance.now(), whose origin is the navigation's start) at the first poll
// (every 10 ms) that finds `root@glasshouse:~#` on terminal 1 through window.__glasshouse. Beside
// it: first paint, when the model chunk arrived, and the CPU time the page's main thread and its
// renderer process spent until the prompt (a busy host stretches wall time far more than these).

import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
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
  /** CPU time of the page's main thread until the prompt (ms): what a busy host does not inflate. */
  readonly mainCpuMs: number[];
  /** CPU time of the whole renderer process (all its threads: compiling, GC, raster) (ms). */
  readonly rendererCpuMs: number[];
}

type Sample = Record<keyof LoadTimes, number>;

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

/** CPU times of the page's renderer (ms), from Chromium's Performance domain in thread ticks. */
async function cpuNow(cdp: CDPSession): Promise<{ main: number; renderer: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return { main: value('ThreadTime'), renderer: value('ProcessTime') };
}

/** Navigates and waits for the prompt; the times of that load. */
async function timeLoad(page: Page, cdp: CDPSession, url: string): Promise<Sample> {
  const cpuBefore = await cpuNow(cdp);
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
  const cpu = await cpuNow(cdp);
  // A navigation may move the page to a new renderer (then the counters restart): use its total.
  const since = (after: number, before: number): number => (after >= before ? after - before : after);
  const [mainCpuMs, rendererCpuMs] = [
    since(cpu.main, cpuBefore.main),
    since(cpu.renderer, cpuBefore.renderer),
  ];
  return { promptMs, paintMs, modelMs, mainCpuMs, rendererCpuMs };
}

const noTimes = (): LoadTimes => ({
  promptMs: [],
  paintMs: [],
  modelMs: [],
  mainCpuMs: [],
  rendererCpuMs: [],
});

function record(times: LoadTimes, sample: Sample): void {
  for (const key of Object.keys(sample) as (keyof LoadTimes)[]) times[key].push(sample[key]);
}

async function openPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

async function coldLoads(work: string, url: string): Promise<LoadTimes> {
  const times = noTimes();
  for (let i = 0; i < LOADS; i++) {
    const context = await launch(join(work, `cold-${i}`));
    try {
      const { page, cdp } = await openPage(context);
      record(times, await timeLoad(page, cdp, url));
    } finally {
      await context.close();
    }
  }
  return times;
}

async function warmLoads(work: string, url: string): Promise<LoadTimes> {
  const context = await launch(join(work, 'warm'));
  const times = noTimes();
  try {
    const { page, cdp } = await openPage(context);
    await timeLoad(page, cdp, url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30000,
    });
    for (let i = 0; i < LOADS; i++) {
      record(times, await timeLoad(page, cdp, url));
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
    `${median(times.paintMs).toFixed(0)} | ${median(times.modelMs).toFixed(0)} | ` +
    `${median(times.mainCpuMs).toFixed(0)} | ${median(times.rendererCpuMs).toFixed(0)} | ${verdict} |`
  );
}

export function firstLoadReport(bench: FirstLoadBench): string {
  return [
    sizeReport(bench.size),
    `Time to a usable prompt in headless Chromium (ms from navigation start; budget ≤ ${bench.promptBudgetMs} ms):`,
    '| loads | median | max | each | first paint | model chunk in | main-thread CPU | renderer CPU | budget |',
    '|---|---|---|---|---|---|---|---|---|',
    timesLine(`cold (${LOADS}, fresh profiles)`, bench.cold, bench.promptBudgetMs),
    timesLine(`warm (${LOADS}, HTTP cache + service worker)`, bench.warm, bench.promptBudgetMs),
    `Host load average (1 min): ${bench.load.before.toFixed(2)} at start, ${bench.load.after.toFixed(2)} at end, ` +
      `on ${bench.load.cpus} CPUs. First paint, model chunk and CPU columns are medians (ms); CPU ` +
      `times are until the prompt, main thread and whole renderer process${Math.max(bench.load.before, bench.load.after) > bench.load.cpus / 2 ? ' (a busy host: times are longer and noisier than on an idle one)' : ''}`,
    '',
  ].join('\n');
}

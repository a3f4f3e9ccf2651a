// End-to-end harness: build the web app with Vite, serve it on a free localhost port, and drive
// it with the system Chromium through playwright-core (never a downloaded browser).

import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type {} from '../../src/ui/terminal/testHook';
import type { Vite } from 'vitest/node';
import { inject } from 'vitest';
import type {} from './globalSetup';

// Vite is loaded by a computed specifier: eslint-plugin-import-x's no-cycle rule crashes when it
// resolves the 'vite' package ("node with invalid interface loaded as resolver") unless the rule
// has ignoreExternal. The types come through vitest/node's re-export of vite's namespace.
const vitePackage = 'vite';
const loadVite = async (): Promise<typeof Vite> => (await import(vitePackage)) as typeof Vite;

export const repoRoot = resolve(import.meta.dirname, '../..');
export const resultsDir = join(repoRoot, 'test-results');

const chromiumPath = '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface App {
  readonly url: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Messages the page logged with console.error, and uncaught page errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface StartOptions {
  /** 'build' (default): vite build, then vite preview. 'dev': the dev server, as `npm start`. */
  readonly mode?: 'build' | 'dev';
  /** Extra Vite config, merged over vite.config.ts. */
  readonly vite?: Vite.UserConfig;
}

interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the app on a free localhost port, built into work/dist or from source. */
async function serve(work: string, options: StartOptions): Promise<Served> {
  const vite = await loadVite();
  const port = await freePort();
  const server = { host: '127.0.0.1', port, strictPort: true, open: false };
  const config: Vite.InlineConfig = {
    ...options.vite,
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(work, 'dist'), emptyOutDir: true },
    cacheDir: join(work, 'vite-cache'),
  };
  if (options.mode === 'dev') {
    const dev = await vite.createServer({ ...config, server: { ...server, hmr: false } });
    await dev.listen();
    return { url: `http://127.0.0.1:${port}/`, close: () => dev.close() };
  }
  // The app built once for the run (globalSetup.ts), unless this test changes the config.
  const prebuilt = options.vite ? undefined : inject('e2eDist');
  if (prebuilt) config.build = { outDir: prebuilt };
  else await vite.build(config);
  const preview = await vite.preview({ ...config, preview: server });
  return { url: `http://127.0.0.1:${port}/`, close: () => preview.close() };
}

/** Serves the app and opens it in a fresh Chromium profile (a new temp dir each time). */
export async function startApp(options: StartOptions = {}): Promise<App> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `the end-to-end tests drive the system Chromium: apt-get install -y chromium (${chromiumPath})`,
    );
  }
  const work = await mkdtemp(join(tmpdir(), 'glasshouse-e2e-'));
  const server = await serve(work, options);
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    // A common laptop screen: the course rail beside the terminal still leaves it 80 columns.
    viewport: { width: 1366, height: 768 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await mkdir(resultsDir, { recursive: true });

  return {
    url: server.url,
    context,
    page,
    errors,
    async close() {
      await context.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

export function screenText(page: Page): Promise<string> {
  return page.evaluate(() => window.__glasshouse?.screenText() ?? '');
}

/** Polls the screen until test(screen) holds; fails with the last screen after timeoutMs. */
export async function waitForScreen(
  page: Page,
  test: (screen: string) => boolean,
  timeoutMs = 10000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < deadline) {
    screen = await screenText(page);
    if (test(screen)) return screen;
    await page.waitForTimeout(50);
  }
  throw new Error(`screen did not match within ${timeoutMs} ms; it shows:\n${screen}`);
}

/** Counts lines on screen that end with a shell prompt (`# ` or `$ `, trailing blank trimmed). */
export function promptCount(screen: string): number {
  return screen.split('\n').filter((line) => /[#$]$/.test(line.trimEnd()) || /[#$] $/.test(line)).length;
}

/** Opens the page and waits for the shell's first prompt. */
export async function openShell(app: App): Promise<void> {
  await app.page.goto(app.url);
  await waitForScreen(app.page, (screen) => promptCount(screen) >= 1, 20000);
}

export interface FrameStats {
  /** Animation frames seen in the window. */
  readonly frames: number;
  /** Gaps between frames (ms), sorted ascending. */
  readonly gaps: number[];
  /** Durations (ms) of main-thread tasks over 50 ms (the Long Tasks API) in the window. */
  readonly longTasks: number[];
}

/** Watches animation frames and long tasks inside the page for durationMs. */
export function watchFrames(page: Page, durationMs: number): Promise<FrameStats> {
  return page.evaluate(
    (duration) =>
      new Promise<FrameStats>((done) => {
        const stamps: number[] = [];
        const longTasks: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration);
        });
        observer.observe({ type: 'longtask' });
        const tick = (t: number): void => {
          stamps.push(t);
          if (t - (stamps[0] ?? t) < duration) {
            requestAnimationFrame(tick);
            return;
          }
          observer.disconnect();
          const gaps = stamps.slice(1).map((s, i) => s - (stamps[i] ?? s));
          done({ frames: stamps.length, gaps: gaps.sort((a, b) => a - b), longTasks });
        };
        requestAnimationFrame(tick);
      }),
    durationMs,
  );
}

/** The p-th percentile (0..1) of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Types a command and Enter, then waits until a prompt follows the command's line. */
export async function runCommand(page: Page, command: string, timeoutMs = 10000): Promise<string> {
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  return waitForScreen(
    page,
    (screen) => {
      const lines = screen.trimEnd().split('\n');
      const typedAt = lines.findLastIndex((line) => line.endsWith(`# ${command}`));
      return typedAt >= 0 && typedAt < lines.length - 1 && /[#$]$/.test(lines.at(-1) ?? '');
    },
    timeoutMs,
  );
}

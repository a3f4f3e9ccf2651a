// Offline once loaded (issue #6 item 5): the built app is served by a small static server of this
// test; the first visit installs the service worker (dist/sw.js) and it takes control of the page.
// Then the server is shut down AND the browser context goes offline, and a reload must still load
// the page from the worker's cache: the terminal gives a prompt, `echo ok` runs, a view opens.

import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { resultsDir, runCommand, startApp, waitForScreen, type App } from './harness';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves dist on a free localhost port; counts the requests it answered. */
async function serveDist(dist: string): Promise<{ url: string; requests: string[]; server: Server }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dist)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, requests, server };
}

let app: App;
let served: Awaited<ReturnType<typeof serveDist>>;
/** Requests the server had answered when it was shut down. */
let answered = 0;

beforeAll(async () => {
  served = await serveDist(inject('e2eDist'));
  app = await startApp();
});

afterAll(async () => {
  await app?.context.setOffline(false);
  await app?.close();
  if (served?.server.listening) served.server.close();
});

const prompt = (screen: string): boolean => /root@glasshouse:~# ?$/m.test(screen);

describe('offline once loaded', () => {
  it('installs a service worker that controls the page and precaches every chunk', async () => {
    const { page } = app;
    await page.goto(served.url);
    await waitForScreen(page, prompt, 20000);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 20000,
    });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const name of names) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
      return { names, urls: urls.map((u) => new URL(u).pathname) };
    });
    expect(cached.names).toHaveLength(1);
    expect(cached.names[0]).toMatch(/^glasshouse-[0-9a-f]{16}$/);
    for (const chunk of [/^\/index\.html$/, /^\/favicon\.svg$/, /\/world-.*\.js$/, /\/mount-.*\.js$/])
      expect(cached.urls.some((u) => chunk.test(u))).toBe(true);
    expect(cached.urls.some((u) => /\/ViewsArea-.*\.js$/.test(u))).toBe(true);
    expect(cached.urls.some((u) => u.endsWith('.css'))).toBe(true);
    expect(cached.urls.some((u) => u.endsWith('.map'))).toBe(false);
  });

  it('reloads with the server gone and the network off: prompt, echo ok, a view', async () => {
    const { page, context } = app;
    await new Promise<void>((done) => served.server.close(() => done()));
    served.server.closeAllConnections();
    answered = served.requests.length;
    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await waitForScreen(page, prompt, 20000);
    const screen = await runCommand(page, 'echo ok');
    expect(screen).toMatch(/# echo ok\nok\n/);
    const tab = page.locator('#tab-cgroups');
    await tab.click();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('#view-cgroups').isVisible(), { timeout: 10000 }).toBe(true);
    await expect
      .poll(() => page.locator('#view-cgroups svg, #view-cgroups table').count(), { timeout: 10000 })
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'offline.png') });
    expect(served.requests.length).toBe(answered);
    expect(app.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
  });

  it('still offline: opens the course, and a link with a #fragment loads the cached page', async () => {
    const { page } = app;
    const course = page.locator('#course-title button');
    if ((await course.getAttribute('aria-expanded')) !== 'true') await course.click();
    await expect
      .poll(() => page.locator('#course-body .course-entry').count(), { timeout: 15000 })
      .toBeGreaterThan(0);
    await page.goto(`${served.url}index.html#share=not-a-journal`);
    await waitForScreen(page, prompt, 20000);
    expect(await runCommand(page, 'echo still ok')).toMatch(/# echo still ok\nstill ok\n/);
    expect(served.requests.length).toBe(answered);
  });
});

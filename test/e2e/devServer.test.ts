// `npm start` serves the page with Vite's dev server (no build): the app must load and boot there
// too, with the same JSX and CSS handling as the production build.

import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openShell, resultsDir, runCommand, startApp, type App } from './harness';

let app: App;

beforeAll(async () => {
  app = await startApp({ mode: 'dev' });
});

afterAll(async () => {
  await app?.close();
});

it('serves a working terminal from the dev server', async () => {
  await openShell(app);
  expect(await app.page.evaluate(() => window.__glasshouse?.status())).toBe('running');
  const screen = await runCommand(app.page, 'echo served by vite');
  expect(screen.split('\n')).toContain('served by vite');
  await app.page.screenshot({ path: join(resultsDir, 'dev-server.png') });
  expect(app.errors).toEqual([]);
});

// docker in the page: a container started from the terminal in Chromium, and an interactive
// container shell whose prompt, output and exit come back to the host shell.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, resultsDir, runCommand, startApp, waitForScreen, type App } from './harness';

let app: App;

beforeAll(async () => {
  app = await startApp();
  await openShell(app);
});

afterAll(async () => {
  await app?.close();
});

describe('docker in the browser', () => {
  it('pulls busybox and runs a container', async () => {
    const screen = await runCommand(app.page, 'docker run --rm busybox echo hello from $(hostname)', 20000);
    expect(screen).toContain("Unable to find image 'busybox:latest' locally");
    expect(screen).toContain('Status: Downloaded newer image for busybox:latest');
    expect(screen).toMatch(/\nhello from glasshouse\n/);
  });

  it('gives docker run -it a shell in the container, and returns to the host', async () => {
    const { page } = app;
    await page.keyboard.type('docker run -it --rm --hostname box busybox sh');
    await page.keyboard.press('Enter');
    await waitForScreen(page, (s) => s.trimEnd().endsWith('/ #'), 20000);
    await page.keyboard.type('hostname; exit 3');
    await page.keyboard.press('Enter');
    // As on a real terminal, type the next command once the host's prompt is back.
    await waitForScreen(page, (s) => s.trimEnd().endsWith('root@glasshouse:~#'), 20000);
    const screen = await runCommand(page, 'echo status=$?');
    expect(screen).toMatch(/\/ # hostname; exit 3\nbox\n/);
    expect(screen).toContain('\nstatus=3\n');
    await page.screenshot({ path: join(resultsDir, 'docker-it.png') });
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

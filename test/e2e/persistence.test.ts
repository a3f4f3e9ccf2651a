// Saving and sharing in Chromium: the machine survives a reload (same terminal output, same
// files), corrupt saved data still gives a working page with a notice, and a share link opened
// in a fresh browser profile rebuilds the same world (a file made before sharing, the command in
// the shell's history) without saving it until the learner keeps it; a bad link gives a notice.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, resultsDir, runCommand, startApp, waitForScreen, type App } from './harness';

let app: App;
let fresh: App | undefined;

beforeAll(async () => {
  app = await startApp();
  await openShell(app);
});

afterAll(async () => {
  await fresh?.close();
  await app?.close();
});

/** The saved state's JSON text ('' when nothing is saved). */
function savedText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((done) => {
        const open = indexedDB.open('glasshouse', 1);
        open.onerror = () => done('');
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('kv', 'readonly').objectStore('kv').get('state');
          get.onsuccess = () => {
            db.close();
            done(typeof get.result === 'string' ? get.result : '');
          };
          get.onerror = () => done('');
        };
      }),
  );
}

async function waitForSaved(page: Page, test: (text: string) => boolean, timeoutMs = 10000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await savedText(page);
    if (test(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`the saved state did not match within ${timeoutMs} ms: ${text.slice(0, 300)}`);
}

/** What was typed into the saved machine of `context` (its journal's input, joined). */
function typedIn(saved: string, context = 'sandbox'): string {
  let state: { session: { journals: [string, { entries: { op: string; data?: string }[] }][] } };
  try {
    state = JSON.parse(saved) as typeof state;
  } catch {
    return ''; // nothing saved yet, or the corrupt data a test stored
  }
  const journal = state.session.journals.find(([c]) => c === context)?.[1];
  return (journal?.entries ?? []).map((e) => (e.op === 'input' ? (e.data ?? '') : '')).join('');
}

/** Gives the terminal the keyboard (after a click elsewhere on the page). */
const focusTerminal = (page: Page) => page.locator('.xterm textarea').first().focus();

/** Opens (true) or closes the "Save & share" menu, whatever its state. */
async function menu(page: Page, open: boolean): Promise<void> {
  const details = page.locator('details.storage-menu');
  if ((await details.evaluate((d: HTMLDetailsElement) => d.open)) !== open)
    await page.getByText('Save & share').click();
}

const waitForPrompt = (page: Page) => waitForScreen(page, (s) => /[#$]$/.test(s.trimEnd()), 20000);

describe('saving in IndexedDB', () => {
  it('reloads into the same machine: terminal output and files', async () => {
    const { page } = app;
    await runCommand(page, 'echo kept > /root/saved.txt');
    await runCommand(page, 'echo marker-$((6*7))');
    await waitForSaved(page, (t) => typedIn(t).includes('echo marker-$((6*7))\r'));
    await page.reload();
    const replayed = await waitForScreen(
      page,
      (s) => s.includes('marker-42') && /root@glasshouse:~#$/.test(s.trimEnd()),
      20000,
    );
    expect(replayed).toContain('# echo kept > /root/saved.txt');
    const screen = await runCommand(page, 'cat /root/saved.txt');
    expect(screen).toMatch(/# cat \/root\/saved\.txt\nkept\n/);
    await page.screenshot({ path: join(resultsDir, 'storage-reloaded.png') });
  });

  it('loads with a notice when the saved data is corrupt, and offers it for download', async () => {
    const { page } = app;
    // Let the last command's save land first (else the page's own save on unload wins the race).
    await waitForSaved(page, (t) => typedIn(t).includes('cat /root/saved.txt\r'));
    await page.waitForTimeout(1500);
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('glasshouse', 1);
          open.onerror = () => fail(new Error('open failed'));
          open.onsuccess = () => {
            const tx = open.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put('{"version":1,"prefs":{"lang":', 'state');
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
          };
        }),
    );
    await page.reload();
    await waitForPrompt(page);
    const notice = page.locator('[role=status] [data-notice=corrupt]');
    await notice.waitFor({ timeout: 10000 });
    expect(await notice.textContent()).toContain('could not be read');
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the unreadable data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^glasshouse-unreadable-\d{4}-\d\d-\d\d\.json$/);
    await page.screenshot({ path: join(resultsDir, 'storage-corrupt-notice.png') });
    // The page works and saves again.
    await focusTerminal(page);
    await runCommand(page, 'echo after-corruption');
    await waitForSaved(page, (t) => typedIn(t).includes('echo after-corruption'));
  });
});

describe('files and tabs', () => {
  it('exports the machine to a file and imports it back (a bad file gives a notice)', async () => {
    const { page } = app;
    await focusTerminal(page);
    await runCommand(page, 'echo in-the-file > /root/exported.txt');
    await menu(page, true);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export this machine to a file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^glasshouse-sandbox-\d{4}-\d\d-\d\d\.json$/);
    const path = join(resultsDir, 'storage-export.json');
    await file.saveAs(path);
    await menu(page, false);
    await focusTerminal(page);
    await runCommand(page, 'rm /root/exported.txt; echo after-export');
    await menu(page, true);
    await page.getByLabel('Import a machine file').setInputFiles(path);
    await page.locator('[role=status] [data-notice=transfer]').waitFor({ timeout: 10000 });
    await waitForScreen(page, (s) => !s.includes('after-export') && /[#$]$/.test(s.trimEnd()), 20000);
    await focusTerminal(page);
    expect(await runCommand(page, 'cat /root/exported.txt')).toMatch(/\nin-the-file\n/);
    await menu(page, true);
    await page.getByLabel('Import a machine file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"glasshouse":"machine","v":1,"context":"sandbox","journal":{"version":7}}'),
    });
    const notice = page.locator('[role=status] [data-notice=transfer]');
    await expect.poll(() => notice.textContent()).toContain('could not be imported');
    await page.screenshot({ path: join(resultsDir, 'storage-import-refused.png') });
    await menu(page, false);
  });

  it('a second tab becomes the writer; the first says so and stops saving', async () => {
    const second = await app.context.newPage();
    await second.goto(app.url);
    await waitForPrompt(second);
    const notice = app.page.locator('[role=status] [data-notice=otherTab]');
    await notice.waitFor({ timeout: 10000 });
    await app.page.bringToFront();
    await focusTerminal(app.page);
    await runCommand(app.page, 'echo typed-in-the-old-tab');
    await app.page.waitForTimeout(2500);
    expect(typedIn(await savedText(second))).not.toContain('typed-in-the-old-tab');
    await app.page.screenshot({ path: join(resultsDir, 'storage-other-tab.png') });
    await second.close();
  });
});

describe('share links', () => {
  let link = '';

  it('makes a link of the shown machine', async () => {
    const { page } = app;
    await focusTerminal(page);
    await runCommand(page, 'echo from-the-sharer > /root/shared.txt');
    await menu(page, true);
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const field = page.getByTestId('share-link');
    await field.waitFor({ timeout: 10000 });
    link = await field.inputValue();
    expect(link).toMatch(/#share=[A-Za-z0-9_-]+$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.screenshot({ path: join(resultsDir, 'storage-share-menu.png') });
  });

  it('opens in a fresh browser profile as the same world, not saved until kept', async () => {
    fresh = await startApp();
    const { page } = fresh;
    const url = new URL(link);
    await page.goto(fresh.url + url.hash);
    await waitForScreen(page, (s) => s.includes('# echo from-the-sharer > /root/shared.txt'), 20000);
    await waitForPrompt(page);
    expect(page.url()).not.toContain('#share=');
    await focusTerminal(page);
    const screen = await runCommand(page, 'cat /root/shared.txt; history | tail -n 3');
    expect(screen).toMatch(/\nfrom-the-sharer\n/);
    expect(screen).toMatch(/\d+ +echo from-the-sharer > \/root\/shared\.txt\n/);
    const notice = page.locator('[role=status] [data-notice=share]');
    await notice.waitFor();
    await page.screenshot({ path: join(resultsDir, 'storage-share-opened.png') });
    await page.waitForTimeout(2500);
    expect(await savedText(page)).not.toContain('shared.txt');
    await notice.getByRole('button', { name: 'Keep this machine' }).click();
    await waitForSaved(page, (t) => typedIn(t).includes('from-the-sharer'));
  });

  it('refuses a bad link with a notice and shows the learner their own machine', async () => {
    if (!fresh) throw new Error('no second profile');
    const { page } = fresh;
    await page.goto('about:blank');
    await page.goto(fresh.url + '#share=not-a-machine');
    await waitForPrompt(page);
    const notice = page.locator('[role=status] [data-notice=share]');
    await notice.waitFor({ timeout: 10000 });
    expect(await notice.textContent()).toContain('could not be opened');
    // Its own (kept) machine is back.
    await focusTerminal(page);
    const screen = await runCommand(page, 'cat /root/shared.txt');
    expect(screen).toMatch(/\nfrom-the-sharer\n/);
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
    expect(fresh?.errors ?? []).toEqual([]);
  });
});

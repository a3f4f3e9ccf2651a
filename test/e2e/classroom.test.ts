// Classroom mode in Chromium: the presenter view (Alt+P, even from inside the terminal) makes the
// terminal's type larger; the namespaces demo script steps with PageDown, typing its commands into
// the terminal; Rewind rebuilds the machine without the last step's effect; the classroom layout
// shows two terminals side by side; the clean full screen hides the banner.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, resultsDir, startApp, waitForScreen, type App } from './harness';

let app: App;

beforeAll(async () => {
  app = await startApp();
  await app.page.setViewportSize({ width: 1400, height: 860 });
  await openShell(app);
});

afterAll(async () => {
  await app?.close();
});

const rowHeight = (): Promise<number> =>
  app.page
    .locator('#terminal .xterm-rows > div')
    .first()
    .evaluate((row) => row.getBoundingClientRect().height);
const size = () => app.page.evaluate(() => window.__glasshouse?.size(1) ?? { cols: 0, rows: 0 });
const presenterOn = () => app.page.evaluate(() => document.documentElement.hasAttribute('data-presenter'));
const focusTerminal = () => app.page.locator('#terminal textarea').focus();
/** The screen without white space: the large type wraps long lines anywhere. */
const squeeze = (screen: string): string => screen.replace(/\s+/g, '');
const lastLineIsPrompt = (screen: string): boolean => /:~# ?$/.test(screen.trimEnd());
const UNSHARE = squeeze('# unshare --pid --fork --mount-proc sh');

/** Types a command into the focused terminal; waits for the prompt after it (lines may wrap). */
async function run(command: string): Promise<string> {
  await app.page.keyboard.type(command);
  await app.page.keyboard.press('Enter');
  const typed = squeeze(`# ${command}`);
  return waitForScreen(app.page, (s) => {
    const flat = squeeze(s);
    const at = flat.lastIndexOf(typed);
    return at >= 0 && lastLineIsPrompt(s) && flat.length > at + typed.length + '~#'.length;
  });
}

describe('classroom mode', () => {
  it('Alt+P in the terminal turns the presenter view on: larger terminal type, data-presenter', async () => {
    const { page } = app;
    const before = {
      row: await rowHeight(),
      size: await size(),
      screen: await page.evaluate(() => window.__glasshouse?.screenText() ?? ''),
    };
    await focusTerminal();
    await page.keyboard.press('Alt+P');
    await expect.poll(presenterOn).toBe(true);
    await expect.poll(rowHeight).toBeGreaterThan(before.row * 1.4);
    const after = await size();
    expect(after.rows).toBeLessThan(before.size.rows);
    expect(after.cols).toBeLessThan(before.size.cols);
    // The shortcut never reached the shell (it would have sent ESC p).
    expect(squeeze(await page.evaluate(() => window.__glasshouse?.screenText() ?? ''))).toBe(
      squeeze(before.screen),
    );
    const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(fontSize).toBe('20px');
    await page.screenshot({ path: join(resultsDir, 'classroom-presenter.png') });
  });

  it('steps through the namespaces demo with PageDown, and Rewind undoes the last step', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Classroom' }).click();
    await page.getByRole('button', { name: 'Demo scripts' }).click();
    // The chooser takes the focus: a keyboard user starts a demo with Enter.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('demo-start');
    expect(await page.locator('.demo-start').count()).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: /A container from scratch with unshare/ }).click();
    await expect.poll(() => page.locator('.demo-count').textContent()).toContain('Step 0 of');
    await page.keyboard.press('PageDown');
    await waitForScreen(page, (s) => /readlink\/proc\/self\/ns\/pidpid:\[\d+\]/.test(squeeze(s)));
    await page.keyboard.press('PageDown');
    await waitForScreen(page, (s) => squeeze(s).includes(UNSHARE) && lastLineIsPrompt(s));
    expect(await page.locator('.demo-count').textContent()).toContain('Step 2 of 7');
    expect(await page.locator('.demo-say').textContent()).toContain('unshare starts a shell');
    await focusTerminal();
    expect(await run('echo $$')).toMatch(/# echo \$\$\n1\n/);
    await page.screenshot({ path: join(resultsDir, 'classroom-demo.png') });

    await page.getByRole('button', { name: 'Rewind one step' }).click();
    await expect.poll(() => page.locator('.demo-count').textContent()).toContain('Step 1 of 7');
    await waitForScreen(
      page,
      (s) => /pid:\[\d+\]/.test(s) && lastLineIsPrompt(s) && !s.includes('unshare'),
      20000,
    );
    // Both terminals are back (each takes the focus as it mounts) before typing into the first.
    await expect
      .poll(() => page.evaluate(() => window.__glasshouse?.screenText(2) ?? ''), { timeout: 20000 })
      .toMatch(/:~#\s*$/);
    await focusTerminal();
    const ps = await run('ps -e -o pid,comm');
    expect(ps).not.toMatch(/unshare/);
    expect(await run('echo $$')).toMatch(/# echo \$\$\n2\n/); // the login shell, not PID 1
    await page.screenshot({ path: join(resultsDir, 'classroom-rewind.png') });

    // Pause: the key does nothing until resumed.
    await page.locator('.demo-stage').focus();
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.demo-count').textContent()).toContain('paused');
    await page.keyboard.press('PageDown');
    expect(await page.locator('.demo-count').textContent()).toContain('Step 1 of 7');
    await page.keyboard.press('p');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.demo-count').textContent()).toContain('Step 2 of 7');
    await waitForScreen(page, (s) => squeeze(s).includes(UNSHARE) && lastLineIsPrompt(s));

    // 简体中文: the narration and the controls follow; the demo keeps its place.
    await page.getByLabel('Language').selectOption('zh-CN');
    await expect
      .poll(() => page.locator('.demo-say').textContent())
      .toContain('unshare 在一个新的 pid 命名空间里');
    expect(await page.locator('.demo-count').textContent()).toContain('第 2 步，共 7 步');
    await page.screenshot({ path: join(resultsDir, 'classroom-demo-zh-CN.png') });
    await page.getByLabel('语言').selectOption('en');
    await expect.poll(() => page.locator('.demo-count').textContent()).toContain('Step 2 of 7');
  });

  it('the classroom layout shows two terminals side by side beside the views', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Classroom' }).click();
    await page.getByRole('button', { name: 'Classroom layout (two terminals)' }).click();
    await page.locator('#terminal-2 .xterm-rows').waitFor();
    const one = await page.locator('#terminal').boundingBox();
    const two = await page.locator('#terminal-2').boundingBox();
    expect(one && two && two.x > one.x + one.width - 4).toBe(true);
    expect(await page.locator('#views-title').isVisible()).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'classroom-layout.png') });
  });

  it('the clean full screen hides the banner; leaving brings it back', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Classroom' }).click();
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-clean')))
      .toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.screenshot({ path: join(resultsDir, 'classroom-fullscreen.png') });
    await page.getByRole('button', { name: 'Leave full screen (Esc)' }).click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-clean')))
      .toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    expect(app.errors).toEqual([]);
  });
});

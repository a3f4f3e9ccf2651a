// The page in 简体中文 and back, in Chromium: the header, the panes' headings, the view tabs and
// the buttons change language in place; the learner keeps their place — the terminal still shows
// what was typed before the switch (the same xterm.js element: nothing remounts) and the same view
// tab stays selected. <html lang> follows the choice.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, resultsDir, runCommand, screenText, startApp, type App } from './harness';

let app: App;

beforeAll(async () => {
  app = await startApp();
  await app.page.setViewportSize({ width: 1400, height: 800 });
  await openShell(app);
});

afterAll(async () => {
  await app?.close();
});

const text = (selector: string): Promise<string | null> => app.page.locator(selector).first().textContent();
const selectedTab = (): Promise<string | null> =>
  app.page.locator('[role=tab][id^="tab-"][aria-selected=true]').getAttribute('id');

describe('the language switch', () => {
  it('starts in English for an English browser', async () => {
    const { page } = app;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await text('#terminal-title')).toBe('Terminal');
    expect(await text('#tab-namespaces')).toBe('Namespaces');
  });

  it('switches to 简体中文 in place: words change, the terminal and the selected view stay', async () => {
    const { page } = app;
    await page.locator('#terminal textarea').focus();
    const before = await runCommand(page, 'echo lang-check-$((6*7))');
    expect(before).toContain('\nlang-check-42\n');
    await page.locator('#tab-namespaces').click();
    expect(await selectedTab()).toBe('tab-namespaces');
    // Mark the terminal's xterm.js element: a remount would make a new one without the mark.
    await page.locator('#terminal .xterm').evaluate((el) => el.setAttribute('data-kept', 'yes'));

    await page.getByLabel('Language').selectOption('zh-CN');

    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await text('#terminal-title')).toBe('终端');
    expect(await text('#views-title')).toBe('机器内部');
    expect(await text('#tab-namespaces')).toBe('命名空间');
    expect(await text('#tab-layers')).toBe('镜像层');
    expect(await text('#tab-trace')).toBe('系统调用');
    expect(await page.getByRole('button', { name: '新建终端' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '左右互换' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '显示全部主机进程' }).count()).toBe(1);
    expect(await page.locator('#view-namespaces .nsv-group-label').first().textContent()).toMatch(
      /^主机 pid 命名空间 pid:\[\d+\] · \d+ 个进程$/,
    );
    expect(await page.getByRole('tablist', { name: '视图' }).count()).toBe(1);

    expect(await selectedTab()).toBe('tab-namespaces');
    expect(await page.locator('#terminal .xterm').getAttribute('data-kept')).toBe('yes');
    expect(await screenText(page)).toContain('\nlang-check-42\n');
    // The terminal still takes input, and xterm.js's own label follows the language.
    expect(await page.locator('#terminal textarea').getAttribute('aria-label')).toBe('终端输入');
    await page.locator('#terminal textarea').focus();
    expect(await runCommand(page, 'echo still-$((1+1))')).toContain('\nstill-2\n');
    await page.screenshot({ path: join(resultsDir, 'language-zh-CN.png') });
  });

  it('switches back to English, still in place', async () => {
    const { page } = app;
    await page.getByLabel('语言').selectOption('en');
    await expect.poll(() => text('#terminal-title')).toBe('Terminal');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await text('#tab-namespaces')).toBe('Namespaces');
    expect(await page.getByRole('button', { name: 'New terminal' }).count()).toBe(1);
    expect(await selectedTab()).toBe('tab-namespaces');
    expect(await page.locator('#terminal .xterm').getAttribute('data-kept')).toBe('yes');
    const screen = await screenText(page);
    expect(screen).toContain('\nlang-check-42\n');
    expect(screen).toContain('\nstill-2\n');
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

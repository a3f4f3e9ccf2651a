// The workbench in Chromium: several terminals (tabs and side by side), the views as tabs or a
// grid the learner rearranges, the splitter, and the theme switch — all by keyboard where a
// learner without a mouse would need it.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, resultsDir, runCommand, startApp, type App } from './harness';

let app: App;

beforeAll(async () => {
  app = await startApp();
  await app.page.setViewportSize({ width: 1400, height: 800 });
  await openShell(app);
});

afterAll(async () => {
  await app?.close();
});

const screenOf = (id: number): Promise<string> =>
  app.page.evaluate((n) => window.__glasshouse?.screenText(n) ?? '', id);

const tabIds = (): Promise<string[]> =>
  app.page
    .locator('[role=tablist][aria-label=Views] [role=tab]')
    .evaluateAll((tabs) => tabs.map((t) => t.id));

describe('the workbench', () => {
  it('opens a second terminal on its own pts with its own shell, and shows both side by side', async () => {
    const { page } = app;
    expect(await runCommand(page, 'echo $SSH_TTY')).toContain('\n/dev/pts/0\n');
    await page.getByRole('button', { name: 'New terminal' }).click();
    await page.locator('#terminal-2 textarea').waitFor({ state: 'attached' });
    await expect.poll(() => screenOf(2), { timeout: 20000 }).toMatch(/root@glasshouse:~# $/m);
    await page.locator('#terminal-2 textarea').focus();
    await page.keyboard.type('echo $SSH_TTY');
    await page.keyboard.press('Enter');
    await expect.poll(() => screenOf(2)).toContain('\n/dev/pts/1\n');
    expect(await page.locator('#terminal').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Side by side' }).click();
    expect(await page.locator('#terminal').isVisible()).toBe(true);
    expect(await page.locator('#terminal-2').isVisible()).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'workbench-two-terminals.png') });
    await page.getByRole('button', { name: 'Side by side' }).click();
    await page.getByRole('tab', { name: 'Terminal 1' }).click();
  });

  it('selects views with the arrow keys and moves a tab with Alt+Shift+Right', async () => {
    const { page } = app;
    const before = await tabIds();
    expect(before.length).toBeGreaterThan(1);
    const [first, second] = before;
    await page.locator(`#${first}`).click();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(`#${second}`).getAttribute('aria-selected')).toBe('true');
    const panel = await page.locator(`#${second}`).getAttribute('aria-controls');
    expect(await page.locator(`#${panel}`).isVisible()).toBe(true);
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(tabIds).toEqual([second, first, ...before.slice(2)]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(second);
  });

  it('shows every view at once in the grid, each a labelled region', async () => {
    const { page } = app;
    const count = (await tabIds()).length;
    await page.getByRole('button', { name: 'Grid' }).click();
    const regions = page.locator('.views-grid > section.view');
    expect(await regions.count()).toBe(count);
    for (let i = 0; i < count; i++) expect(await regions.nth(i).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Namespaces', exact: true }).count()).toBe(1);
    await page.screenshot({ path: join(resultsDir, 'workbench-grid.png') });
    await page.getByRole('button', { name: 'Grid' }).click();
  });

  it('resizes with the splitter by keyboard and swaps sides', async () => {
    const { page } = app;
    const splitter = page.getByRole('separator', { name: 'Terminal width' });
    const width = () => page.locator('#terminal-pane').evaluate((e) => e.getBoundingClientRect().width);
    const before = await width();
    await splitter.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await splitter.getAttribute('aria-valuenow')).toBe('65');
    expect(await width()).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Swap sides' }).click();
    const left = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().left);
    expect(await left('.views-panel')).toBeLessThan(await left('#terminal-pane'));
    await page.getByRole('button', { name: 'Swap sides' }).click();
  });

  it('switches to the dark theme on request, the terminal included, whatever the system says', async () => {
    const { page } = app;
    const colours = () =>
      page.evaluate(() => ({
        page: getComputedStyle(document.body).backgroundColor,
        terminal: getComputedStyle(
          document.querySelector('#terminal .xterm-scrollable-element') ?? document.body,
        ).backgroundColor,
      }));
    await page.getByLabel('Theme').selectOption('dark');
    await expect.poll(colours).toEqual({ page: 'rgb(14, 16, 20)', terminal: 'rgb(20, 23, 28)' });
    await page.screenshot({ path: join(resultsDir, 'workbench-dark.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Theme').selectOption('light');
    await expect.poll(colours).toEqual({ page: 'rgb(243, 242, 239)', terminal: 'rgb(251, 251, 250)' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('Theme').selectOption('system');
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

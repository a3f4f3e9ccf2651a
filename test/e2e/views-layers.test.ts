// The Layers view in the page: after `docker run -d --name c1 busybox sleep 1000` and
// `docker exec c1 rm /etc/passwd` in the terminal, the container's upper dir shows the whiteout of
// the lower file, marked deleted (colour and the letter D); the merged view names the layer that
// provides a path and shows its content; `docker commit c1 mine:v1` gives an image with one more
// layer whose tree holds that whiteout.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, resultsDir, runCommand, startApp, type App } from './harness';

let app: App;

beforeAll(async () => {
  app = await startApp();
  await openShell(app);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('the Layers view', () => {
  it("shows the container's upper dir with the whiteout of /etc/passwd marked deleted", async () => {
    const { page } = app;
    await runCommand(page, 'docker run -d --name c1 busybox sleep 1000', 30_000);
    await runCommand(page, 'docker exec c1 rm /etc/passwd', 20_000);
    await page.click('#tab-layers');
    const view = page.locator('#view-layers');
    const picker = view.getByLabel('Show layers of');
    await expect
      .poll(() => picker.locator('option:checked').textContent())
      .toMatch(/^c1 \(running, [0-9a-f]{12}\)$/);
    const stack = view.getByRole('list', { name: 'Layers of container c1, top first' });
    const items = await stack.locator(':scope > li').allTextContents();
    expect(items[0]).toMatch(/^L2 Container layer \(upperdir, read-write\)/);
    expect(items[0]).toMatch(/upperdir overlay2\/[0-9a-f]{12}…\/diff$/);
    expect(items[1]).toMatch(/^L1 Init layer/);
    expect(items[1]).toMatch(/lowerdir l\/[0-9A-Z]{26} → overlay2\/[0-9a-f]{12}…-init\/diff$/);
    expect(items.some((t) => /^L0 ADD file:[0-9a-f]{64} in \//.test(t))).toBe(true);
    expect(items.some((t) => t.startsWith('CMD ["sh"] — no layer'))).toBe(true);
    expect(await stack.getByRole('button', { name: /^L2 / }).getAttribute('aria-pressed')).toBe('true');
    const tree = view.getByRole('tree');
    const passwd = tree.getByRole('treeitem', { name: /^passwd, whiteout/ });
    await expect.poll(() => passwd.count()).toBe(1);
    expect(await passwd.getAttribute('class')).toContain('lt-deleted');
    expect(await passwd.getAttribute('aria-level')).toBe('2');
    expect(await passwd.locator('.lt-mark').textContent()).toBe('D');
    const etc = tree.getByRole('treeitem', { name: /^etc, directory/ });
    expect(await etc.getAttribute('aria-expanded')).toBe('true');
    await passwd.click();
    await expect
      .poll(() => view.getByRole('region', { name: 'Selected path' }).textContent())
      .toMatch(
        /\/etc\/passwdWhiteout \(character device 0\/0\) in L2, the container's upper dir: deletes what L0: ADD file/,
      );
    await page.screenshot({ path: join(resultsDir, 'views-layers-container.png') });
  });

  it('shows in the merged view which layer provides a path, and its content, by keyboard', async () => {
    const { page } = app;
    const view = page.locator('#view-layers');
    await view.getByRole('button', { name: /^Merged view/ }).click();
    const tree = view.getByRole('tree');
    await expect.poll(() => tree.getByRole('treeitem', { name: /^etc, directory/ }).count()).toBe(1);
    await tree.focus();
    const names = await tree
      .getByRole('treeitem')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const etcIndex = names.findIndex((n) => n?.startsWith('etc, directory'));
    for (let i = 0; i < etcIndex; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const hosts = tree.getByRole('treeitem', { name: /^hosts, file/ });
    await expect.poll(() => hosts.count()).toBe(1);
    expect(await hosts.getAttribute('aria-label')).toMatch(/from layer 1$/);
    expect(await tree.getByRole('treeitem', { name: /^passwd,/ }).count()).toBe(0);
    await hosts.click();
    const detail = view.getByRole('region', { name: 'Selected path' });
    await expect.poll(() => detail.textContent()).toContain("Provided by L1, the container's -init layer");
    expect(await detail.locator('pre').textContent()).toContain('127.0.0.1\tlocalhost');
    await page.screenshot({ path: join(resultsDir, 'views-layers-merged.png') });
  });

  it('updates live: a file written in the container appears in its upper dir, marked added', async () => {
    const { page } = app;
    const view = page.locator('#view-layers');
    await view.getByRole('button', { name: /^L2 / }).click();
    await page.locator('.xterm textarea').first().focus();
    await runCommand(page, "docker exec c1 sh -c 'echo hello > /root/notes.txt'", 20_000);
    const notes = view.getByRole('tree').getByRole('treeitem', { name: /^notes\.txt, file, added, 6B$/ });
    await expect.poll(() => notes.count(), { timeout: 5000 }).toBe(1);
    expect(await notes.locator('.lt-mark').textContent()).toBe('A');
    expect(
      await view
        .getByRole('tree')
        .getByRole('treeitem', { name: /^root, directory/ })
        .getAttribute('aria-level'),
    ).toBe('1');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await page.screenshot({ path: join(resultsDir, 'views-layers-dark.png') });
    await page.evaluate(() => delete document.documentElement.dataset.theme);
  });

  it('after docker commit, shows mine:v1 with one more layer that holds the whiteout', async () => {
    const { page } = app;
    await page.locator('.xterm textarea').first().focus();
    await runCommand(page, 'docker commit c1 mine:v1', 20_000);
    const view = page.locator('#view-layers');
    const picker = view.getByLabel('Show layers of');
    await expect.poll(() => picker.locator('option', { hasText: 'mine:v1' }).count()).toBe(1);
    const label = await picker.locator('option', { hasText: 'mine:v1' }).textContent();
    expect(label).toMatch(/^mine:v1 \([0-9a-f]{12}, 2 layers\)$/);
    const busybox = await picker.locator('option', { hasText: 'busybox:latest' }).textContent();
    expect(busybox).toMatch(/, 1 layer\)$/);
    await picker.selectOption({ label: label! });
    const stack = view.getByRole('list', { name: 'Layers of image mine:v1, top first' });
    await expect.poll(() => stack.getByRole('button').count()).toBe(2);
    expect(await stack.getByRole('button', { name: /^L1 / }).getAttribute('aria-pressed')).toBe('true');
    const passwd = view.getByRole('tree').getByRole('treeitem', { name: /^passwd, whiteout/ });
    await expect.poll(() => passwd.count()).toBe(1);
    expect(await passwd.locator('.lt-mark').textContent()).toBe('D');
    await expect
      .poll(() => view.getByRole('region', { name: 'Efficiency' }).textContent())
      .toMatch(/Efficiency [\d.]+ %/);
    await page.screenshot({ path: join(resultsDir, 'views-layers-commit.png') });
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

// The Container vs VM view in the page: with nothing running it offers the commands; after
// `qemu-system-x86_64 -m 1G -display none -daemonize` and `docker run -d busybox sleep 1000` typed
// in the terminal, it shows the VM (one qemu process of about 200 MiB with its own guest kernel)
// beside the container (~1 MiB of host processes on the host kernel), and the comparison table.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, resultsDir, runCommand, startApp, waitForScreen, type App } from './harness';

let app: App;

beforeAll(async () => {
  app = await startApp();
  await openShell(app);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const mib = (text: string | null): number => Number(/([\d.]+) MiB/.exec(text ?? '')?.[1] ?? NaN);

describe('the Container vs VM view', () => {
  it('explains and offers the commands while neither runs', async () => {
    const { page } = app;
    await page.click('#tab-vm');
    const view = page.locator('#view-vm');
    await expect
      .poll(() => view.locator('.vm-intro').textContent(), { timeout: 10_000 })
      .toContain('boots its own kernel');
    const commands = await view.locator('.vm-command').allTextContents();
    expect(commands).toEqual([
      'qemu-system-x86_64 -m 1G -display none -daemonize',
      'docker run -d busybox sleep 1000',
    ]);
  });

  it('shows a VM of about 200 MiB with its guest kernel beside a container of about 1 MiB', async () => {
    const { page } = app;
    // Clicking the tab took the focus: back to the terminal to type.
    await page.locator('#terminal textarea').focus();
    await runCommand(page, 'qemu-system-x86_64 -m 1G -display none -daemonize', 20_000);
    await runCommand(page, 'docker run -d busybox sleep 1000', 30_000);
    const view = page.locator('#view-vm');
    const vm = view.locator('.vm-stack-vm');
    await expect
      .poll(async () => (await vm.locator('.vm-status').textContent()) ?? '', { timeout: 30_000 })
      .toBe('guest idle at its login prompt');
    const vmRss = mib(await vm.locator('.vm-host-proc strong').textContent());
    expect(vmRss).toBeGreaterThanOrEqual(190);
    expect(vmRss).toBeLessThanOrEqual(210);
    expect(await vm.locator('.vm-guest strong').textContent()).toBe('Linux 6.1 (guest)');
    expect(await vm.locator('.vm-facts').textContent()).toMatch(/booted in \d+\.\d s/);

    const ct = view.locator('.vm-stack-ct');
    expect(await ct.count()).toBe(1);
    expect(await ct.locator('h5').textContent()).toMatch(/^container [0-9a-f]{12} /);
    const ctRss = mib(await ct.locator('.vm-facts strong').textContent());
    expect(ctRss).toBeGreaterThan(0.5);
    expect(ctRss).toBeLessThan(2);
    expect(await ct.locator('.vm-proc-tree li').first().textContent()).toMatch(/^sleep pid 1 \(host \d+\)/);
    expect(await ct.locator('.vm-facts').textContent()).toMatch(/started with \d+ (ms|µs) of CPU/);
    expect(await view.locator('.vm-host-kernel').textContent()).toContain('Linux 6.18.0-glasshouse');

    // The same facts for screen readers: the bars' label and the table.
    const bars = await view.locator('svg.vm-bars').getAttribute('aria-label');
    expect(bars).toMatch(/^VM #\d+ \(qemu pid \d+\): (19\d|20\d) MiB; container [0-9a-f]{12}: 1\.0 MiB$/);
    const table = view.locator('table.vm-table');
    expect(await table.locator('caption').textContent()).toBe('Container vs VM, as the host sees them');
    const kernelRow = await table.locator('tr', { hasText: 'Kernel' }).locator('td').allTextContents();
    expect(kernelRow).toEqual(['its own: Linux 6.1 (guest)', "the host's: Linux 6.18.0-glasshouse"]);
    await page.screenshot({ path: join(resultsDir, 'views-vm.png') });
  });

  it('reads the same in the dark theme', async () => {
    const { page } = app;
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const view = page.locator('#view-vm');
    await view.locator('table.vm-table').scrollIntoViewIfNeeded();
    const colours = await view
      .locator('.vm-host-kernel')
      .evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);
    expect(colours[0]).not.toBe(colours[1]);
    await page.screenshot({ path: join(resultsDir, 'views-vm-dark.png') });
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
  });

  it('boots a guest on the terminal with -nographic; Ctrl-A x gives the shell back', async () => {
    const { page } = app;
    await page.locator('#terminal textarea').focus();
    await page.keyboard.type('qemu-system-x86_64 -m 512 -nographic');
    await page.keyboard.press('Enter');
    await waitForScreen(page, (s) => s.includes('Welcome to Debian GNU/Linux 12 (bookworm)!'), 20_000);
    const screen = await waitForScreen(page, (s) => s.trimEnd().endsWith('debian login:'), 20_000);
    expect(screen).toMatch(/\[ +1\.\d{6}\] systemd\[1\]: Detected virtualization qemu\./);
    await expect.poll(() => page.locator('#view-vm .vm-stack-vm').count(), { timeout: 10_000 }).toBe(2);
    await page.screenshot({ path: join(resultsDir, 'views-vm-console.png') });
    await page.keyboard.press('Control+a');
    await page.keyboard.press('x');
    const after = await waitForScreen(page, (s) => s.trimEnd().endsWith('root@glasshouse:~#'), 10_000);
    expect(after).toContain('QEMU: Terminated');
    await expect.poll(() => page.locator('#view-vm .vm-stack-vm').count(), { timeout: 10_000 }).toBe(1);
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

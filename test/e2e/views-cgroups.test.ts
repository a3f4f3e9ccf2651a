// The cgroups view in the page: after the source material's
// `docker run -d --cpu-period=100000 --cpu-quota=20000 busybox sh -c 'while :; do :; done'`, the
// container's cgroup shows its 20 % quota with a full CPU bar, and the chart (charted by default,
// as the busiest group) says in words that it uses about 20 % of one CPU and is throttled.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, resultsDir, runCommand, startApp, waitForScreen, type App } from './harness';

const BUSY = "docker run -d --cpu-period=100000 --cpu-quota=20000 busybox sh -c 'while :; do :; done'";

let app: App;
let id = '';

beforeAll(async () => {
  app = await startApp();
  await openShell(app);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('the cgroups view', () => {
  it('starts the busy container with a 20 ms per 100 ms quota', async () => {
    // Typed as the learner would; the line wraps at the terminal's width, so wait for the id itself.
    await app.page.keyboard.type(BUSY);
    await app.page.keyboard.press('Enter');
    const screen = await waitForScreen(
      app.page,
      (s) => /\n[0-9a-f]{64}\n\S*[#$] ?$/.test(s.trimEnd() + ' '),
      30_000,
    );
    id = /\n([0-9a-f]{64})\n/.exec(screen)?.[1] ?? '';
    expect(id).toMatch(/^[0-9a-f]{64}$/);
  });

  it("shows the container's cgroup with quota 20 % and a full CPU bar", async () => {
    const { page } = app;
    await page.click('#tab-cgroups');
    const view = page.locator('#view-cgroups');
    const row = view.locator(`li.cg-row[data-path="/system.slice/docker-${id}.scope"]`);
    await expect
      .poll(() => row.locator('.cg-bar-cpu .cg-bar-label').textContent(), { timeout: 20_000 })
      .toMatch(/^(19|20|21)(\.\d)? % · quota 20 %$/);
    expect(await row.locator('.cg-name').textContent()).toBe(`docker-${id.slice(0, 12)}….scope`);
    expect(await row.locator('.cg-procs').textContent()).toMatch(/^sh \(\d+\)$/);
    const width = await row
      .locator('.cg-bar-cpu .cg-bar-fill')
      .evaluate((e) => (e as HTMLElement).style.width);
    expect(parseFloat(width)).toBeGreaterThan(90);
  });

  it('charts it by default: about 20 % of one CPU against a 20 % quota, throttled in most periods', async () => {
    const { page } = app;
    const view = page.locator('#view-cgroups');
    const summary = view.locator('#cgroups-summary');
    await expect
      .poll(() => summary.textContent(), { timeout: 30_000 })
      .toMatch(/throttled in \d+ of \d+ periods \(last 5 s\)$/);
    const text = (await summary.textContent()) ?? '';
    expect(text).toMatch(
      new RegExp(`^docker-${id.slice(0, 12)}….scope: CPU (19|20|21)(\\.\\d)? % of one CPU, quota 20 %, `),
    );
    const [, throttled, periods] = /throttled in (\d+) of (\d+) periods/.exec(text)!.map(Number);
    expect(periods).toBeGreaterThanOrEqual(10);
    expect(throttled! / periods!).toBeGreaterThan(0.8);
    const chart = view.locator('svg.cg-chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toMatch(/quota 20 %/);
    expect(await chart.locator('.cg-throttle-band').count()).toBeGreaterThanOrEqual(1);
    expect(await chart.locator('.cg-cpu-line').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    await page.screenshot({ path: join(resultsDir, 'views-cgroups.png') });
  });

  it('charts another group when its name is chosen with the keyboard', async () => {
    const { page } = app;
    const view = page.locator('#view-cgroups');
    await view.locator('li.cg-row[data-path="/"] .cg-name').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => view.locator('#cgroups-summary').textContent()).toMatch(/^\/: CPU .* no quota/);
    expect(await view.locator('li.cg-row[data-path="/"] .cg-name').getAttribute('aria-pressed')).toBe('true');
  });

  it('marks an OOM kill of a process over its memory.max', async () => {
    const { page } = app;
    const view = page.locator('#view-cgroups');
    await page.locator('.xterm textarea').first().focus();
    // Short commands: runCommand finds a command's line only when it does not wrap.
    await runCommand(page, 'C=/sys/fs/cgroup/m; mkdir $C; echo 50M > $C/memory.max');
    await expect.poll(() => view.locator('li.cg-row[data-path="/m"]').count()).toBe(1);
    await view.locator('li.cg-row[data-path="/m"] .cg-name').click();
    await page.locator('.xterm textarea').first().focus();
    const screen = await runCommand(page, 'echo $$ > $C/cgroup.procs; stress -m 1 --vm-bytes 100M', 20_000);
    expect(screen).toMatch(/stress: FAIL: \[\d+\] \(\d+\) <-- worker \d+ got signal 9\n/);
    await runCommand(page, 'echo $$ > /sys/fs/cgroup/cgroup.procs');
    const row = view.locator('li.cg-row[data-path="/m"]');
    await expect.poll(() => row.locator('.cg-oom-badge').textContent()).toBe(' OOM ×1');
    await expect.poll(() => view.locator('#cgroups-summary').textContent()).toMatch(/^m: .*, 1 OOM kill$/);
    expect(await view.locator('svg.cg-chart .cg-oom').count()).toBe(1);
    // The shell has left the group: once the view's next snapshot comes, nothing is charged to it.
    await expect.poll(() => row.locator('.cg-bar-mem .cg-bar-label').textContent()).toBe('0 B / 50 MiB');
    await page.screenshot({ path: join(resultsDir, 'views-cgroups-oom.png') });
  });

  it('is drawn with the theme colours in the dark theme', async () => {
    const { page } = app;
    const view = page.locator('#view-cgroups');
    await page.emulateMedia({ colorScheme: 'dark' });
    const line = view.locator('svg.cg-chart .cg-cpu-line');
    const text = await view.locator('.cg-summary').evaluate((e) => getComputedStyle(e).color);
    const stroke = await line.evaluate((e) => getComputedStyle(e).stroke);
    // --text and --accent of the dark theme (styles.css).
    expect(text).toBe('rgb(227, 230, 234)');
    expect(stroke).toBe('rgb(79, 209, 181)');
    await page.screenshot({ path: join(resultsDir, 'views-cgroups-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

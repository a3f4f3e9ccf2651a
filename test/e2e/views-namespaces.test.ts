// The Namespaces view in the page: after `unshare --pid --fork --mount-proc --uts sh` and, inside,
// `hostname inside; sleep 300 &`, the view shows a new pid namespace box inside the host's with
// the shell as its pid 1 and the sleep as pid 3 (hostname was 2) next to its host pid, uts marked as its own; the
// details of the selected sleep print its namespace links as `readlink /proc/PID/ns/*` does on
// the host (checked from a second terminal).

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, promptCount, resultsDir, runCommand, startApp, waitForScreen, type App } from './harness';

let app: App;
let sleepPid = 0;
let shPid = 0;
let utsLink = '';
let pidLink = '';

beforeAll(async () => {
  app = await startApp();
  await app.page.setViewportSize({ width: 1400, height: 900 });
  await openShell(app);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const screenOf = (id: number): Promise<string> =>
  app.page.evaluate((n) => window.__glasshouse?.screenText(n) ?? '', id);

const UNSHARE = 'unshare --pid --fork --mount-proc --uts sh';

describe('the Namespaces view', () => {
  it('runs a shell in new pid, mount and uts namespaces with a sleep in it', async () => {
    const { page } = app;
    await page.keyboard.type(UNSHARE);
    await page.keyboard.press('Enter');
    await waitForScreen(
      page,
      (s) => s.trimEnd().split('\n').at(-2)?.endsWith(`# ${UNSHARE}`) === true && promptCount(s) > 0,
      20_000,
    );
    await runCommand(page, 'hostname inside; sleep 300 &');
    const ps = await runCommand(page, 'ps -o pid,comm');
    // As on Linux: sh is 1, hostname was 2, the sleep is 3.
    expect(ps).toMatch(/\n\s+1 sh\n\s+3 sleep\n\s+4 ps\n/);
  });

  it('reads the host pids and namespace links from a second terminal on the host', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New terminal' }).click();
    await page.locator('#terminal-2 textarea').waitFor({ state: 'attached' });
    await expect.poll(() => screenOf(2), { timeout: 20_000 }).toMatch(/root@glasshouse:~# $/m);
    await page.locator('#terminal-2 textarea').focus();
    await page.keyboard.type(
      'for p in $(pgrep -x sleep); do echo $p $(ps -o ppid= -p $p) $(readlink /proc/$p/ns/pid /proc/$p/ns/uts); done',
    );
    await page.keyboard.press('Enter');
    const line = /^(\d+) (\d+) (pid:\[\d+\]) (uts:\[\d+\])$/m;
    await expect.poll(() => screenOf(2), { timeout: 10_000 }).toMatch(line);
    const m = line.exec(await screenOf(2))!;
    sleepPid = Number(m[1]);
    shPid = Number(m[2]);
    pidLink = m[3]!;
    utsLink = m[4]!;
    expect(sleepPid).toBeGreaterThan(1);
  });

  it('shows the new pid namespace inside the host one, with the sleep as pid 3 and its host pid', async () => {
    const { page } = app;
    await page.click('#tab-namespaces');
    const view = page.locator('#view-namespaces');
    const inode = /\[(\d+)\]/.exec(pidLink)![1]!;
    const box = view.locator(`.nsv-group[data-inode="${inode}"]`);
    await box.waitFor();
    expect(await box.getAttribute('data-level')).toBe('1');
    const label = await box.textContent();
    expect(label).toContain(`Pid namespace ${pidLink} · level 1`);
    expect(label).toContain(`init: sh (host pid ${shPid})`);
    const row = view.locator(`button.nsv-proc[data-pid="${sleepPid}"]`);
    expect(await row.getAttribute('data-pidns')).toBe(inode);
    expect(await row.locator('.nsv-pids').textContent()).toBe(` — pid 3 here · ${sleepPid} on the host`);
    const name = `sleep — pid 3 here · ${sleepPid} on the host; own mnt, uts namespaces`;
    expect(await row.getAttribute('aria-label')).toBe(name);
    expect(await row.locator('.nsv-chip[data-kind="uts"]').getAttribute('class')).toContain('nsv-own');
    expect(await row.locator('.nsv-chip[data-kind="net"]').getAttribute('class')).not.toContain('nsv-own');
    const inner = view.locator(`.nsv-text li[data-inode="${inode}"] > ul > li`);
    expect(await inner.allTextContents()).toContainEqual(name);
  });

  it('selects the sleep by keyboard and prints its links as /proc/PID/ns does', async () => {
    const { page } = app;
    const view = page.locator('#view-namespaces');
    await view.locator('button.nsv-proc[tabindex="0"]').focus();
    const current = (): Promise<string | null> =>
      view
        .locator('button.nsv-proc[aria-current="true"]')
        .getAttribute('data-pid', { timeout: 500 })
        .catch(() => null);
    for (let i = 0; i < 40 && (await current()) !== String(sleepPid); i++)
      await page.keyboard.press('ArrowDown');
    expect(await current()).toBe(String(sleepPid));
    const details = view.locator('.nsv-details');
    await expect.poll(() => details.textContent()).toContain(`pid -> ${pidLink}`);
    const links = await details.locator('.nsv-links li code').allTextContents();
    expect(links).toContain(`uts -> ${utsLink}`);
    expect(links).toHaveLength(8);
    expect(await details.textContent()).toContain('inside');
    await page.screenshot({ path: join(resultsDir, 'views-namespaces.png') });
  });

  it('is drawn with the dark theme colours too', async () => {
    const { page } = app;
    await page.locator('.theme-switch select').selectOption('dark');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.waitForTimeout(400); // the chips' colour transition
    const chip = page.locator(
      `#view-namespaces button.nsv-proc[data-pid="${sleepPid}"] .nsv-chip[data-kind="uts"]`,
    );
    const [bg, fg] = await chip.evaluate((el) => [
      getComputedStyle(el).backgroundColor,
      getComputedStyle(el).color,
    ]);
    expect(bg).not.toBe(fg);
    expect(fg).toBe('rgb(24, 27, 33)');
    await page.screenshot({ path: join(resultsDir, 'views-namespaces-dark.png') });
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

// The System calls view in the page: after `docker run --rm busybox true` in the terminal, the
// trace panel shows the command's calls by process, and with "Highlights only" the calls that
// built the container — clone into new namespaces, the overlay mount, pivot_root and the
// cgroup.procs write — each with its one-line explanation.

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

describe('the System calls view', () => {
  it('shows nothing but a hint before any command', async () => {
    await app.page.click('#tab-trace');
    await expect
      .poll(() => app.page.textContent('#view-trace'))
      .toContain('Type a command in the terminal; its system calls appear here.');
  });

  it('lists the calls docker run made to build the container, explained', async () => {
    const { page } = app;
    await page.click('.xterm');
    await runCommand(page, 'docker run --rm busybox true', 30_000);
    await page.click('#tab-trace');
    const view = page.locator('#view-trace');
    await expect
      .poll(() => view.locator('.trace-command').textContent())
      .toContain('docker run --rm busybox true');
    const tree = view.getByRole('tree');
    expect(await tree.getAttribute('aria-label')).toBe(
      'System calls of docker run --rm busybox true, by process',
    );
    const groups = await view.locator('[role=treeitem][aria-level="1"]').allTextContents();
    expect(groups.some((g) => / dockerd \(\d+ calls/.test(g))).toBe(true);
    expect(groups.some((g) => / containerd-shim \(\d+ calls/.test(g))).toBe(true);

    await view.getByLabel('Highlights only').check();
    const calls = await view.locator('.trace-call').allTextContents();
    const notes = await view.locator('.trace-note').allTextContents();
    const find = (re: RegExp): string | undefined => calls.find((c) => re.test(c));
    const clone = find(/clone\(.*CLONE_NEWPID/);
    for (const flag of ['CLONE_NEWNS', 'CLONE_NEWUTS', 'CLONE_NEWIPC', 'CLONE_NEWNET'])
      expect(clone).toContain(flag);
    expect(find(/mount\("overlay", /)).toContain('lowerdir=');
    expect(find(/pivot_root\(/)).toBeDefined();
    expect(find(/write\(\d+, "\d+\\n"?/)).toBeDefined();
    expect(notes).toContainEqual(expect.stringMatching(/in new pid, mount, UTS, IPC and network namespaces/));
    expect(notes).toContainEqual(expect.stringMatching(/mounts an overlay filesystem on .*merged/));
    expect(notes).toContainEqual(expect.stringMatching(/makes .* the new root filesystem/));
    expect(notes).toContainEqual(expect.stringMatching(/into cgroup.procs: moves it into cgroup /));
    await page.screenshot({ path: join(resultsDir, 'views-trace.png') });
  });

  it('is driven from the keyboard: arrows move, Left closes a process', async () => {
    const { page } = app;
    const tree = page.locator('#view-trace [role=tree]');
    await tree.focus();
    const first = page.locator('#view-trace [role=treeitem][aria-level="1"]').first();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await first.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await first.getAttribute('aria-expanded')).toBe('true');
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

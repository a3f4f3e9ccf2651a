// The Mounts & network view in the page: after `docker run -d --name web busybox sleep 1000` in
// the terminal, the container's mount namespace shows its overlay root with the lowerdir stack
// and upperdir, and the network shows the veth pair from the host's docker0 to the container's
// eth0 172.17.0.2/16, in the diagram and in its text alternative.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, resultsDir, runCommand, startApp, type App } from './harness';

let app: App;
let pid = 0;
let vethName = '';

beforeAll(async () => {
  app = await startApp();
  await openShell(app);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('the Mounts & network view', () => {
  it('starts a container from the terminal', async () => {
    const { page } = app;
    await runCommand(page, 'docker run -d --name web busybox sleep 1000', 30_000);
    const inspected = await runCommand(page, "docker inspect -f 'pid={{.State.Pid}}' web");
    const links = await runCommand(page, "ip -o link | grep -o 'veth[0-9a-f]*@'");
    pid = Number(/pid=(\d+)/.exec(inspected)?.[1]);
    vethName = /\n(veth[0-9a-f]+)@/.exec(links)?.[1] ?? '';
    expect(pid).toBeGreaterThan(1);
    expect(vethName).toMatch(/^veth[0-9a-f]{7}$/);
  });

  it("shows the container's mount namespace with its overlay root, lowerdir stack and upperdir", async () => {
    const { page } = app;
    await page.click('#tab-mounts');
    const view = page.locator('#view-mounts');
    const select = view.getByLabel('Mount namespace', { exact: true });
    await expect
      .poll(() => select.locator('option').allTextContents())
      .toContainEqual(
        expect.stringMatching(new RegExp(`^mnt:\\[\\d+\\] [0-9a-f]{12} — sleep 1000 \\(pid ${pid}\\)$`)),
      );
    const label = (await select.locator('option').allTextContents()).find((t) => t.endsWith(`(pid ${pid})`))!;
    await select.selectOption({ label });
    const root = view.locator('.mnt-tree > .mnt-list > li').first();
    expect(await root.getAttribute('data-fstype')).toBe('overlay');
    expect(await root.locator('summary').textContent()).toMatch(/^\/ overlay overlay/);
    const layers = await root.locator('.ovl-stack > li').allTextContents();
    expect(layers[0]).toMatch(/^upperdir \/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff$/);
    expect(
      layers.filter((l) => /^lowerdir \d+ \/var\/lib\/docker\/overlay2\/l\/[0-9A-Z]{26}$/.test(l)).length,
    ).toBeGreaterThanOrEqual(2);
    const badges = await view.locator('.mnt-badge').allTextContents();
    for (const fs of ['proc', 'sysfs', 'tmpfs', 'cgroup2', 'devpts']) expect(badges).toContain(fs);
    await page.screenshot({ path: join(resultsDir, 'views-mounts.png') });
  });

  it("draws the veth pair between the host's docker0 and the container's eth0 172.17.0.2/16", async () => {
    const { page } = app;
    const view = page.locator('#view-mounts');
    const svg = view.locator('svg.net-diagram');
    expect(await svg.getAttribute('aria-label')).toBe(
      'Network: 2 network namespaces, 1 veth pair, bridge docker0 with 1 port.',
    );
    const box = svg.locator('g.netns', { hasText: `sleep ${pid}` });
    const eth0 = box.locator('g.iface', { hasText: 'eth0 (veth)' });
    expect(await eth0.locator('.addr').textContent()).toBe('172.17.0.2/16');
    const netns = await box.getAttribute('data-netns');
    const host = svg.locator('g.netns', { hasText: 'host' });
    expect(await host.locator('g.iface .name').allTextContents()).toEqual([
      'lo',
      'eth0',
      'docker0 (bridge)',
      `${vethName} (veth)`,
    ]);
    const links = await svg
      .locator('path.link-veth')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-key')));
    expect(links).toHaveLength(1);
    expect(links[0]).toContain(`${netns}:`);
    expect(await svg.locator('path.link-port').count()).toBe(1);
    await view.getByText('Network as text').click();
    const items = await view.locator('.net-text li li').allTextContents();
    expect(items).toContainEqual(
      expect.stringMatching(
        new RegExp(`^eth0 \\(veth, UP\\) 172\\.17\\.0\\.2/16, veth peer ${vethName} in net:\\[\\d+\\] host$`),
      ),
    );
    expect(items).toContainEqual(`docker0 (bridge, UP) 172.17.0.1/16, ports ${vethName}`);
    await svg.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'views-mounts-network.png') });
  });

  it("shows a namespace made by unshare -m with its own tmpfs on /mnt, absent from the host's", async () => {
    const { page } = app;
    await page.click('.xterm');
    await runCommand(page, "unshare -m sh -c 'mount -t tmpfs tmpfs /mnt; sleep 1000' &");
    await page.click('#tab-mounts');
    const view = page.locator('#view-mounts');
    const select = view.getByLabel('Mount namespace', { exact: true });
    await expect.poll(() => select.locator('option').count()).toBe(3);
    const labels = await select.locator('option').allTextContents();
    expect(labels[0]).toBe('mnt:[4026531832] host');
    const targets = (): Promise<string[]> => view.locator('.mnt-target').allTextContents();
    expect(await targets()).not.toContain('/mnt');
    await select.selectOption({ label: labels[2]! });
    expect(labels[2]).toMatch(/^mnt:\[\d+\] glasshouse — sleep 1000 \(pid \d+\)$/);
    const mnt = view.locator('.mnt-list > li', {
      has: page.locator(':scope > .mnt-row > .mnt-target', { hasText: /^\/mnt$/ }),
    });
    expect(await mnt.getAttribute('data-fstype')).toBe('tmpfs');
    await view.getByLabel('options & propagation').check();
    expect(await mnt.locator('.mnt-options').textContent()).toContain('propagationprivate');
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    await page.screenshot({ path: join(resultsDir, 'views-mounts-unshare-dark.png') });
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

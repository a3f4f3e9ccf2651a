// A lesson done as a new learner would: open the namespaces lesson from the course panel, click
// a command in the prose (it types itself into the terminal), watch the goal tick and the step
// complete, type the next step's commands, undo a command (its file is gone after the replay),
// and reset the lesson back to no progress.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShell, promptCount, resultsDir, screenText, startApp, waitForScreen, type App } from './harness';

let app: App;

beforeAll(async () => {
  app = await startApp();
  await app.page.setViewportSize({ width: 1400, height: 860 });
  await openShell(app);
});

afterAll(async () => {
  await app?.close();
});

const count = (): Promise<string> => app.page.getByTestId('course-count').innerText();
const step = (title: string) =>
  app.page.locator('.course-step', { has: app.page.getByRole('heading', { name: title }) });

/** Waits for the machine to be rebuilt (a lesson opened, an undo, a reset) and its prompt back. */
async function waitForMachine(): Promise<void> {
  await expect
    .poll(() => app.page.evaluate(() => window.__glasshouse?.status()), { timeout: 20000 })
    .toBe('running');
  await waitForScreen(app.page, (s) => promptCount(s) >= 1, 20000);
}

const focusTerminal = () => app.page.locator('#terminal textarea').focus();

const prompts = (): Promise<number> =>
  app.page.evaluate(
    () =>
      (window.__glasshouse?.bufferText() ?? '').split('\n').filter((l) => l.startsWith('root@glasshouse:'))
        .length,
  );

/** Types a command and Enter, then waits for the next prompt (long lines wrap in the narrow terminal). */
async function runCommand(command: string): Promise<string> {
  const before = await prompts();
  await app.page.keyboard.type(command);
  await app.page.keyboard.press('Enter');
  await expect.poll(prompts, { timeout: 10000 }).toBeGreaterThan(before);
  return app.page.evaluate(() => window.__glasshouse?.bufferText() ?? '');
}

describe('a lesson, as a new learner does it', () => {
  it('lists the lessons with their progress and opens the namespaces lesson on its own machine', async () => {
    const { page } = app;
    const toggle = page.getByRole('button', { name: 'Course', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const entry = page.getByRole('button', { name: /Namespaces: pid, mount, uts and net/ });
    await expect.poll(() => entry.innerText(), { timeout: 20000 }).toContain('0 of 5 steps');
    await page.screenshot({ path: join(resultsDir, 'lesson-list.png') });
    await entry.click();
    await page.getByRole('heading', { level: 3, name: 'Namespaces: pid, mount, uts and net' }).waitFor();
    await waitForMachine();
    expect(await count()).toBe('0 of 5 steps');
  });

  it('types a clicked command into the terminal, ticks its goal and completes the step', async () => {
    const { page } = app;
    const first = step("Your shell's namespaces");
    expect(await first.locator('.goal.met').count()).toBe(0);
    await first
      .getByRole('button', { name: /ls -l \/proc\/self\/ns/ })
      .first()
      .click();
    await waitForScreen(page, (s) => /uts -> 'uts:\[\d+\]'/.test(s) || /uts -> uts:\[\d+\]/.test(s), 10000);
    await expect.poll(() => first.locator('.goal.met').count(), { timeout: 5000 }).toBe(1);
    await expect.poll(count, { timeout: 5000 }).toBe('1 of 5 steps');
    await expect
      .poll(() => page.getByTestId('course-announce').innerText())
      .toContain("Step done: Your shell's namespaces");
    await page.screenshot({ path: join(resultsDir, 'lesson-step-done.png') });
  });

  it('ticks the next step goal by goal as the learner types its commands', async () => {
    const { page } = app;
    const uts = step('A hostname of its own (uts)');
    expect(await uts.getAttribute('aria-current')).toBe('step');
    await focusTerminal();
    await runCommand("unshare --uts sh -c 'hostname lab && exec sleep 1000' &");
    await expect.poll(() => uts.locator('.goal.met').count(), { timeout: 5000 }).toBe(2);
    await expect.poll(count, { timeout: 5000 }).toBe('2 of 5 steps');
    const screen = await runCommand('hostname');
    expect(screen).toMatch(/\nglasshouse\n/);
    await page.screenshot({ path: join(resultsDir, 'lesson-two-steps.png') });
  });

  it("switches to 简体中文 and back without losing the learner's place", async () => {
    const { page } = app;
    const language = page.locator('.language-switch select');
    await language.selectOption('zh-CN');
    await page.getByRole('heading', { level: 3, name: '命名空间：pid、mount、uts 和 net' }).waitFor();
    expect(await count()).toBe('已完成 2 / 5 步');
    expect(await step('又一个 PID 1（pid）').getAttribute('aria-current')).toBe('step');
    expect(await page.getByRole('button', { name: '撤销上一条命令' }).isEnabled()).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'lesson-zh-CN.png') });
    await language.selectOption('en');
    await page.getByRole('heading', { level: 3, name: 'Namespaces: pid, mount, uts and net' }).waitFor();
    expect(await count()).toBe('2 of 5 steps');
    expect(await screenText(page)).toContain('root@glasshouse:~# hostname');
  });

  it('undoes the last command by replay: the file it made is gone', async () => {
    const { page } = app;
    await focusTerminal();
    const made = await runCommand('touch /tmp/undo-me && ls /tmp/undo-me');
    expect(made).toMatch(/\n\/tmp\/undo-me\n/);
    await page.getByRole('button', { name: 'Undo last command' }).click();
    await waitForMachine();
    await focusTerminal();
    const after = await runCommand('ls /tmp/undo-me');
    expect(after.replaceAll('\n', '')).toContain(
      "ls: cannot access '/tmp/undo-me': No such file or directory",
    );
    expect(await count()).toBe('2 of 5 steps');
  });

  it('resets the lesson after a confirmation: no progress, goals open again', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Reset lesson' }).click();
    await page.getByRole('button', { name: 'Yes, reset' }).click();
    await waitForMachine();
    expect(await count()).toBe('0 of 5 steps');
    await expect.poll(() => page.locator('.course-step .goal.met').count(), { timeout: 5000 }).toBe(0);
    await page.screenshot({ path: join(resultsDir, 'lesson-reset.png') });
    await page.getByLabel('Theme').selectOption('dark');
    await page.screenshot({ path: join(resultsDir, 'lesson-dark.png') });
    await page.getByLabel('Theme').selectOption('system');
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

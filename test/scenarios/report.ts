// `npm run test:scenarios`: runs every differential scenario and prints how many match real Linux.
// The scenarios run in a child process (child.ts) under a wall-clock watchdog: if one hangs, the
// child is killed, that scenario is recorded as failed and a new child carries on with the rest.
// Exit status 0 even when some do not match yet (the count is the metric); non-zero only if the
// runner itself fails or finds no scenarios. Also writes test-results/scenarios.json.

import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { loadScenarios } from './runner';
import type { ScenarioResult } from './runner';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test', 'fixtures', 'scenarios');
const child = join(root, 'test', 'scenarios', 'child.ts');
/** Wall-clock seconds one scenario may take (override with SCENARIO_WALL_TIMEOUT_S). */
const WALL_TIMEOUT_S = Number(process.env['SCENARIO_WALL_TIMEOUT_S'] ?? '120');

interface ChildRun {
  readonly results: ScenarioResult[];
  /** The scenario that was running when the child was killed or died. */
  readonly stopped?: ScenarioResult;
}

/** Runs `names` in one child process; stops at the first scenario that hangs or kills the child. */
function runChild(names: readonly string[]): Promise<ChildRun> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...names], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const results: ScenarioResult[] = [];
    let current: string | undefined;
    let startedAt = 0;
    let killedForTime = false;
    let stderrTail = '';
    const arm = (): NodeJS.Timeout =>
      setTimeout(() => {
        killedForTime = true;
        proc.kill('SIGKILL');
      }, WALL_TIMEOUT_S * 1000);
    let timer = arm();
    proc.stderr.on('data', (d: Buffer) => {
      stderrTail = (stderrTail + d.toString('utf8')).slice(-2000);
    });
    createInterface({ input: proc.stdout }).on('line', (line) => {
      if (line.startsWith('START ')) {
        current = line.slice(6);
        startedAt = performance.now();
        clearTimeout(timer);
        timer = arm();
      } else if (line.startsWith('RESULT ')) {
        results.push(JSON.parse(line.slice(7)) as ScenarioResult);
        current = undefined;
      }
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      if (current === undefined && code === 0) return resolvePromise({ results });
      if (current === undefined)
        return reject(new Error(`scenario process failed (${signal ?? code ?? '?'}): ${stderrTail.trim()}`));
      const lastLine = stderrTail.trim().split('\n').slice(-1)[0] ?? '';
      const reason = killedForTime
        ? `no result after ${WALL_TIMEOUT_S} s of wall-clock time (killed)`
        : `the scenario process died (${signal ?? `exit ${code ?? '?'}`}): ${lastLine}`;
      resolvePromise({
        results,
        stopped: { name: current, ok: false, reason, wallMs: performance.now() - startedAt },
      });
    });
  });
}

function summary(results: readonly ScenarioResult[]): string {
  const ok = results.filter((r) => r.ok);
  const lines = [`${ok.length}/${results.length} scenarios match`];
  for (const r of ok.filter((x) => x.reason !== undefined)) lines.push(`  ~ ${r.name}: ${r.reason ?? ''}`);
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) lines.push('Not matching yet:');
  for (const r of failed) lines.push(`  ✗ ${r.name}: ${r.reason ?? 'unknown'}`);
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  const names = loadScenarios(fixtures).map((s) => s.name);
  if (names.length === 0) {
    process.stderr.write(`test:scenarios: no scenarios found in ${fixtures}\n`);
    return 1;
  }
  const start = performance.now();
  const results: ScenarioResult[] = [];
  let remaining = names;
  while (remaining.length > 0) {
    const run = await runChild(remaining);
    results.push(...run.results);
    if (run.stopped === undefined) break;
    results.push(run.stopped);
    remaining = remaining.slice(remaining.indexOf(run.stopped.name) + 1);
  }
  const wallMs = performance.now() - start;
  process.stdout.write(`${summary(results)}(${(wallMs / 1000).toFixed(1)} s)\n`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const json = { matched: results.filter((r) => r.ok).length, total: results.length, wallMs, results };
  writeFileSync(join(root, 'test-results', 'scenarios.json'), `${JSON.stringify(json, null, 2)}\n`);
  return results.length === names.length ? 0 : 1;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(
      `test:scenarios: runner failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);

// `npm run test:scenarios`: runs every differential scenario and prints how many match real Linux.
// Exit status 0 even when some do not match yet (the count is the metric); non-zero only if the
// runner itself fails or finds no scenarios. Also writes test-results/scenarios.json.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadScenarios, runScenarios } from './runner';
import type { ScenarioResult } from './runner';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test', 'fixtures', 'scenarios');

function summary(results: readonly ScenarioResult[]): string {
  const ok = results.filter((r) => r.ok);
  const lines = [`${ok.length}/${results.length} scenarios match`];
  const notes = ok.filter((r) => r.reason !== undefined);
  for (const r of notes) lines.push(`  ~ ${r.name}: ${r.reason ?? ''}`);
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) lines.push('Not matching yet:');
  for (const r of failed) lines.push(`  ✗ ${r.name}: ${r.reason ?? 'unknown'}`);
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  const scenarios = loadScenarios(fixtures);
  if (scenarios.length === 0) {
    process.stderr.write(`test:scenarios: no scenarios found in ${fixtures}\n`);
    return 1;
  }
  // Imported here so that a world that cannot even be loaded is reported as a runner failure.
  const { hybridMachine } = await import('./machine');
  const start = performance.now();
  const results = runScenarios(scenarios, hybridMachine);
  const wallMs = performance.now() - start;
  process.stdout.write(summary(results));
  process.stdout.write(`(${(wallMs / 1000).toFixed(1)} s)\n`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const json = { matched: results.filter((r) => r.ok).length, total: results.length, wallMs, results };
  writeFileSync(join(root, 'test-results', 'scenarios.json'), `${JSON.stringify(json, null, 2)}\n`);
  return 0;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(
      `test:scenarios: runner failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);

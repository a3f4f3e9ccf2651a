// Runs the named scenarios (argv, in name order; dk-* share one machine) in this process and reports
// progress on stdout, one line each: `START NAME` and `RESULT {json}`. report.ts supervises it and
// kills it when a scenario holds the JS thread too long (a model bug no virtual timeout can catch).
import { writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hybridMachine } from './machine';
import { loadScenarios, runScenarios } from './runner';

const fixtures = join(resolve(import.meta.dirname, '../..'), 'test', 'fixtures', 'scenarios');
const wanted = new Set(process.argv.slice(2));
const scenarios = loadScenarios(fixtures).filter((s) => wanted.has(s.name));

// writeSync: the line must be out before a scenario can hang this thread.
runScenarios(scenarios, hybridMachine, {
  onStart: (name) => writeSync(1, `START ${name}\n`),
  onResult: (result) => writeSync(1, `RESULT ${JSON.stringify(result)}\n`),
});

// The differential scenario runner: each test/fixtures/scenarios/NAME.sh was run with bash on the
// reference host and NAME.out holds what it printed (stdout and stderr together). We run the same
// script in a simulated machine booted with the `hybrid` profile and compare byte for byte.
// Rules (fixtures' README.md): every scenario gets a fresh machine, except the dk-* ones, which run in
// order in one machine, dk-00-setup first. The only normalisation allowed is bash's
// `NAME.sh: line N: ` error prefix, in case our shell names itself differently.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecResult } from '../../src/world/types';

export interface Scenario {
  readonly name: string;
  readonly script: string;
  /** Undefined when NAME.out is missing (the scenario then fails). */
  readonly expected: string | undefined;
}

export interface ScenarioResult {
  readonly name: string;
  readonly ok: boolean;
  /** Why it failed (first differing line, exception, timeout), or a note on a normalised match. */
  readonly reason?: string;
  readonly output?: string;
  readonly wallMs: number;
}

/** The part of a World the runner needs, so tests can supply a fake one. */
export interface ScenarioMachine {
  exec(script: string, options: { scriptName: string; timeoutNs: number }): ExecResult;
  uptimeNs(): number;
}

export type MachineFactory = () => ScenarioMachine;

/** Virtual time a scenario may take before the world kills it (the longest sleeps are 60 s). */
export const SCENARIO_TIMEOUT_NS = 300e9;

/** Scenarios that share one machine, run in name order. */
export const SHARED_PREFIX = 'dk-';

/** Reads every NAME.sh in `dir` with its NAME.out, sorted by name. */
export function loadScenarios(dir: string): Scenario[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.sh'))
    .map((f) => f.slice(0, -3))
    .sort();
  return names.map((name) => {
    const outPath = join(dir, `${name}.out`);
    return {
      name,
      script: readFileSync(join(dir, `${name}.sh`), 'utf8'),
      expected: existsSync(outPath) ? readFileSync(outPath, 'utf8') : undefined,
    };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes bash's `NAME.sh: line N: ` prefix (or the one a differently named shell would print). */
export function stripLinePrefix(text: string, name: string): string {
  const prefix = new RegExp(`^(?:${escapeRegExp(name)}\\.sh|-?bash|sh): line \\d+: `, 'gm');
  return text.replace(prefix, '');
}

function shorten(line: string | undefined): string {
  if (line === undefined) return '(end of output)';
  const quoted = JSON.stringify(line);
  return quoted.length > 90 ? `${quoted.slice(0, 87)}..."` : quoted;
}

/** Splits text into lines that keep their '\n', so a missing final newline is a difference too. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Describes the first line where `got` differs from `expected`. */
export function firstDifference(expected: string, got: string): string {
  const want = linesOf(expected);
  const have = linesOf(got);
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    if (want[i] !== have[i]) return `line ${i + 1}: expected ${shorten(want[i])}, got ${shorten(have[i])}`;
  }
  return 'identical';
}

export type Comparison =
  { readonly ok: true; readonly note?: string } | { readonly ok: false; readonly reason: string };

/** Byte-for-byte comparison, with the `NAME.sh: line N: ` prefix as the only allowed difference. */
export function compareOutput(name: string, expected: string, got: string): Comparison {
  if (expected === got) return { ok: true };
  const want = stripLinePrefix(expected, name);
  const have = stripLinePrefix(got, name);
  if (want === have) return { ok: true, note: 'matches after stripping the NAME.sh: line N: prefix' };
  return { ok: false, reason: firstDifference(want, have) };
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Runs one scenario on `machine`; never throws. */
export function runOne(scenario: Scenario, machine: () => ScenarioMachine): ScenarioResult {
  const start = performance.now();
  const done = (ok: boolean, reason?: string, output?: string): ScenarioResult => ({
    name: scenario.name,
    ok,
    wallMs: performance.now() - start,
    ...(reason === undefined ? {} : { reason }),
    ...(output === undefined ? {} : { output }),
  });
  if (scenario.expected === undefined) return done(false, `missing ${scenario.name}.out`);
  let result: ExecResult;
  let elapsedNs: number;
  try {
    const m = machine();
    const before = m.uptimeNs();
    result = m.exec(scenario.script, { scriptName: `${scenario.name}.sh`, timeoutNs: SCENARIO_TIMEOUT_NS });
    elapsedNs = m.uptimeNs() - before;
  } catch (error) {
    return done(false, `exception: ${errorText(error)}`);
  }
  const cmp = compareOutput(scenario.name, scenario.expected, result.output);
  if (cmp.ok) return done(true, cmp.note, result.output);
  const timedOut = elapsedNs >= SCENARIO_TIMEOUT_NS;
  const reason = timedOut
    ? `timed out after ${SCENARIO_TIMEOUT_NS / 1e9} s of virtual time; ${cmp.reason}`
    : cmp.reason;
  return done(false, reason, result.output);
}

/** Progress callbacks, so a supervising process can tell which scenario is running. */
export interface RunHooks {
  onStart?(name: string): void;
  onResult?(result: ScenarioResult): void;
}

/**
 * Runs all scenarios: each in a fresh machine from `factory`, except the dk-* ones, which share one
 * machine (created lazily, so a factory that throws fails them one by one instead of stopping the run).
 */
export function runScenarios(
  scenarios: readonly Scenario[],
  factory: MachineFactory,
  hooks: RunHooks = {},
): ScenarioResult[] {
  let shared: ScenarioMachine | undefined;
  const sharedMachine = (): ScenarioMachine => (shared ??= factory());
  const ordered = [...scenarios].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return ordered.map((s) => {
    hooks.onStart?.(s.name);
    const result = runOne(s, s.name.startsWith(SHARED_PREFIX) ? sharedMachine : factory);
    hooks.onResult?.(result);
    return result;
  });
}

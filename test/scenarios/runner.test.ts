import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExecResult } from '../../src/world/types';
import { SCENARIO_TIMEOUT_NS, compareOutput, firstDifference, loadScenarios, runScenarios } from './runner';
import type { Scenario, ScenarioMachine } from './runner';

const fixtures = resolve(import.meta.dirname, '../fixtures/scenarios');

/** A fake machine whose "shell" maps whole scripts to canned results, counting the time it is given. */
function fakeMachine(answers: Record<string, string | Error>, log: string[]): ScenarioMachine {
  let uptime = 0;
  const id = log.length;
  log.push(`machine ${id}`);
  return {
    uptimeNs: () => uptime,
    exec(script, options): ExecResult {
      log.push(`${id}:${options.scriptName}`);
      const answer = answers[script];
      if (answer instanceof Error) throw answer;
      if (answer === undefined) {
        uptime += options.timeoutNs;
        return { output: '', stdout: '', stderr: '', status: 137 };
      }
      return { output: answer, stdout: answer, stderr: '', status: 0 };
    },
  };
}

describe('scenario comparison', () => {
  it('matches identical bytes and nothing else', () => {
    expect(compareOutput('a', 'x\ny\n', 'x\ny\n')).toEqual({ ok: true });
    expect(compareOutput('a', 'x\ny\n', 'x\nz\n')).toEqual({
      ok: false,
      reason: 'line 2: expected "y\\n", got "z\\n"',
    });
    expect(compareOutput('a', 'x\n', 'x')).toEqual({ ok: false, reason: 'line 1: expected "x\\n", got "x"' });
    expect(compareOutput('a', 'x\n', 'x\n\n')).toEqual({
      ok: false,
      reason: 'line 2: expected (end of output), got "\\n"',
    });
    expect(compareOutput('a', 'x\ny\n', 'x\n')).toEqual({
      ok: false,
      reason: 'line 2: expected "y\\n", got (end of output)',
    });
  });

  it("allows only a different name in bash's NAME.sh: line N: prefix", () => {
    const expected = 'ok\ncg.sh: line 4: echo: write error: Invalid argument\n';
    expect(
      compareOutput('cg', expected, 'ok\nsh: line 4: echo: write error: Invalid argument\n'),
    ).toMatchObject({
      ok: true,
      note: expect.stringContaining('prefix'),
    });
    expect(compareOutput('cg', expected, 'ok\nsh: 4: echo: write error: Invalid argument\n')).toMatchObject({
      ok: false,
    });
    expect(
      compareOutput('cg', expected, 'ok\nother.sh: line 4: echo: write error: Invalid argument\n'),
    ).toMatchObject({
      ok: false,
    });
  });

  it('shortens long lines in the reason', () => {
    expect(firstDifference('a'.repeat(200), 'b').length).toBeLessThan(200);
  });
});

describe('scenario runner', () => {
  const scenarios: Scenario[] = [
    { name: 'ns-02-bad', script: 'B', expected: 'b\n' },
    { name: 'dk-01-next', script: 'D1', expected: 'd1\n' },
    { name: 'ns-01-good', script: 'A', expected: 'a\n' },
    { name: 'dk-00-setup', script: 'D0', expected: 'd0\n' },
    { name: 'ns-03-throws', script: 'T', expected: 't\n' },
    { name: 'ns-04-hangs', script: 'H', expected: 'h\n' },
    { name: 'ns-05-no-out', script: 'A', expected: undefined },
  ];
  const answers = { A: 'a\n', B: 'c\n', D0: 'd0\n', D1: 'd1\n', T: new TypeError('boom') };

  it('records matches, mismatches, exceptions and timeouts, running dk-* in one machine in order', () => {
    const log: string[] = [];
    const results = runScenarios(scenarios, () => fakeMachine(answers, log));
    expect(results.map((r) => [r.name, r.ok, r.reason])).toEqual([
      ['dk-00-setup', true, undefined],
      ['dk-01-next', true, undefined],
      ['ns-01-good', true, undefined],
      ['ns-02-bad', false, 'line 1: expected "b\\n", got "c\\n"'],
      ['ns-03-throws', false, 'exception: TypeError: boom'],
      [
        'ns-04-hangs',
        false,
        `timed out after ${SCENARIO_TIMEOUT_NS / 1e9} s of virtual time; line 1: expected "h\\n", got (end of output)`,
      ],
      ['ns-05-no-out', false, 'missing ns-05-no-out.out'],
    ]);
    expect(log.slice(0, 3)).toEqual(['machine 0', '0:dk-00-setup.sh', '0:dk-01-next.sh']);
    expect(log.filter((l) => l.startsWith('machine')).length).toBe(5);
  });

  it('reports each start and result as it goes', () => {
    const events: string[] = [];
    runScenarios(scenarios.slice(0, 2), () => fakeMachine(answers, []), {
      onStart: (name) => events.push(`start ${name}`),
      onResult: (r) => events.push(`${r.ok ? 'ok' : 'fail'} ${r.name}`),
    });
    expect(events).toEqual(['start dk-01-next', 'ok dk-01-next', 'start ns-02-bad', 'fail ns-02-bad']);
  });

  it('survives a factory that throws', () => {
    const results = runScenarios(scenarios.slice(0, 2), () => {
      throw new Error('no world');
    });
    expect(results.map((r) => r.reason)).toEqual([
      'exception: Error: no world',
      'exception: Error: no world',
    ]);
  });
});

describe('scenario fixtures', () => {
  it('has an .out for every .sh, and dk-00-setup', () => {
    const files = readdirSync(fixtures);
    const scripts = files.filter((f) => f.endsWith('.sh'));
    expect(scripts.length).toBeGreaterThanOrEqual(40);
    for (const s of scripts) expect(files, s).toContain(s.replace(/\.sh$/, '.out'));
    expect(files).toContain('README.md');
    expect(loadScenarios(fixtures).every((s) => s.expected !== undefined)).toBe(true);
    expect(loadScenarios(fixtures)[0]?.name).toBe('cg1-01-cpu-files');
    expect(scripts).toContain('dk-00-setup.sh');
  });
});

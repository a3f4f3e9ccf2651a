// @vitest-environment node
// Every demo script played in a fresh machine as the classroom player does (each command typed
// into its terminal with Enter): no command is unknown or fails with an error message, and the
// demos show what their narration promises.
import { describe, expect, test } from 'vitest';
import { DEMO_SOURCES } from '../../lessons/demos';
import { formatIssue } from '../../src/course';
import { loadDemo, type Demo } from '../../src/course/demo';
import { createWorld } from '../../src/world';
import type { Terminal } from '../../src/world/types';

function demoOf(dir: string): Demo {
  const source = DEMO_SOURCES.find((s) => s.dir === dir);
  if (!source) throw new Error(`${dir}: no demo.yaml`);
  const result = loadDemo(source.dir, source.text);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.demo;
}

/** Plays the demo; returns what each step printed in its terminal. */
function play(demo: Demo): string[] {
  const world = createWorld({ seed: 1, profile: 'default' });
  const terminals = new Map<number, { terminal: Terminal; out: string[] }>();
  const pump = (): void => {
    for (let i = 0; i < 5000 && world.pump(); i++);
  };
  const open = (n: number) => {
    for (let id = terminals.size + 1; id <= n; id++) {
      const terminal = world.openTerminal(100, 30);
      const out: string[] = [];
      terminal.onOutput((d) => out.push(d));
      terminals.set(id, { terminal, out });
      pump();
    }
    const t = terminals.get(n);
    if (!t) throw new Error(`terminal ${n}`);
    return t;
  };
  open(1);
  return demo.steps.map((step) => {
    if (step.run === undefined) return '';
    const t = open(step.terminal);
    t.out.length = 0;
    t.terminal.input(`${step.run}\r`);
    pump();
    return t.out.join('').replace(/\r\n/g, '\n');
  });
}

describe.each(DEMO_SOURCES.map((s) => s.dir))('%s/demo.yaml', (dir) => {
  test('every command runs without an error', () => {
    const demo = demoOf(dir);
    const outputs = play(demo);
    demo.steps.forEach((step, i) => {
      expect(outputs[i], `line ${step.line}: ${step.run}`).not.toMatch(
        /not found|No such|Error|invalid|cannot|unrecognized/i,
      );
    });
  });
});

test('namespaces: the shell unshare starts is PID 1 of a new pid namespace', () => {
  const out = play(demoOf('lessons/namespaces'));
  const [hostNs, , ps, innerNs] = out;
  expect(ps).toMatch(/^ +1 pts\/0 +00:00:00 sh$/m);
  expect(hostNs).toMatch(/pid:\[(\d+)\]/);
  expect(innerNs).toMatch(/pid:\[(\d+)\]/);
  expect(innerNs?.match(/pid:\[\d+\]/)?.[0]).not.toBe(hostNs?.match(/pid:\[\d+\]/)?.[0]);
});

test('union-fs: docker diff shows the whiteout and the new file; commit adds one layer', () => {
  const out = play(demoOf('lessons/union-fs'));
  expect(out[5]).toMatch(/^D \/etc\/alpine-release$/m);
  expect(out[5]).toMatch(/^A \/hello$/m);
  expect(out[6]).toMatch(/^c--------- .* 0, 0 .* alpine-release$/m);
  expect(out[8]?.match(/sha256:/g)).toHaveLength(2);
});

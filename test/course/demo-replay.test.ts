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

const played = new Map<string, string[]>();

/** What each step of the demo printed in its terminal (played once per demo). */
function play(demo: Demo): string[] {
  const done = played.get(demo.id) ?? playOnce(demo);
  played.set(demo.id, done);
  return done;
}

function playOnce(demo: Demo): string[] {
  const world = createWorld({ seed: 1, profile: 'default' });
  const terminals = new Map<number, { terminal: Terminal; out: string[] }>();
  // Runs the machine 0.1 s of virtual time at a time until the terminal shows a prompt again (at
  // most 5 s): a busy loop in the background never lets the machine idle, so "until idle" would
  // never end.
  const pump = (out: string[] = []): void => {
    for (let i = 0; i < 50; i++) {
      world.advanceTo(world.uptimeNs() + 1e8);
      if (/# $/.test(out.join(''))) return;
    }
  };
  const open = (n: number) => {
    for (let id = terminals.size + 1; id <= n; id++) {
      const terminal = world.openTerminal(100, 30);
      const out: string[] = [];
      terminal.onOutput((d) => out.push(d));
      terminals.set(id, { terminal, out });
      pump(out);
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
    pump(t.out);
    return t.out.join('').replace(/\r\n/g, '\n');
  });
}

describe.each(DEMO_SOURCES.map((s) => s.dir))('%s/demo.yaml', (dir) => {
  test('every command runs without an error', { timeout: 60_000 }, () => {
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

test('cgroups: the loop is throttled by cpu.max; docker writes the same limit', { timeout: 60_000 }, () => {
  const out = play(demoOf('lessons/cgroups'));
  expect(out[3]).toMatch(/ R +(9\d|100)\.\d .* sh$/m);
  expect(out[6]).toMatch(/ R +(1[5-9]|2[0-5])\.\d .* sh$/m);
  expect(out[7]).toMatch(/^nr_throttled [1-9]\d*$/m);
  expect(out[10]).toMatch(/^20000 100000$/m);
});

test('union-fs: docker diff shows the whiteout and the new file; commit adds one layer', () => {
  const out = play(demoOf('lessons/union-fs'));
  expect(out[5]).toMatch(/^D \/etc\/alpine-release$/m);
  expect(out[5]).toMatch(/^A \/hello$/m);
  expect(out[6]).toMatch(/^c--------- .* 0, 0 .* alpine-release$/m);
  expect(out[8]?.match(/sha256:/g)).toHaveLength(2);
});

// Limits instead of crashes: deep nesting, runaway recursion, huge brace expansions and endless
// loops end with a shell error (or a preempted, killable process), never a JavaScript exception.
// bash itself crashes or runs out of memory on most of these, so the expectations are ours;
// the function-nesting text is what bash prints with FUNCNEST=1000.
import { describe, it, expect } from 'vitest';
import { runSh } from '../../helpers/run';
import { createWorld } from '../../../src/world';

describe('shell limits', () => {
  it('refuses 10,000 nested parentheses with a syntax error', () => {
    const r = runSh('('.repeat(10000));
    expect(r.stderr).toBe('bash: -c: line 1: syntax error: nesting too deep\n');
    expect(r.status).toBe(2);
  });

  it('stops runaway function recursion at 1000 levels', () => {
    const r = runSh('f() { f; }; f; echo same line\necho next $?');
    expect(r.stderr).toBe('environment: line 1: f: maximum function nesting level exceeded (1000)\n');
    expect(r.stdout).toBe('next 1\n');
  });

  it('allows 999 levels of real recursion', () => {
    const r = runSh('f() { if [ $1 -lt 999 ]; then f $(($1+1)); else echo deep $1; fi; }; f 1');
    expect(r.stdout).toBe('deep 999\n');
  });

  it('caps brace expansion', () => {
    const r = runSh('echo {1..2000000}\necho after $?');
    expect(r.stderr).toBe('bash: line 1: brace expansion: failed to allocate memory for 2000000 elements\n');
    expect(r.stdout).toBe('after 1\n');
  });

  it('preempts an endless loop so it can be killed', () => {
    const world = createWorld({ seed: 1 });
    const r = world.exec('while :; do :; done', { timeoutNs: 1e8 });
    expect(r.status).toBe(137);
    expect(world.exec('echo alive').stdout).toBe('alive\n');
  });
});

import { describe, it, expect } from 'vitest';
import { runCases } from './cases';
import cases from './sha.cases.json';
import { runProgram } from './fake';
import type { Command } from '../../../src/userland/command';
import { sha256sum } from '../../../src/userland/bin/sha256sum';
import { xargs } from '../../../src/userland/bin/xargs';
import { echo } from '../../../src/userland/bin/echo';

describe('sha256sum (recorded from GNU coreutils 9.1)', () => {
  runCases(cases, { sha256sum });
});

const exits = (code: number): Command => ({
  summary: '',
  synopsis: '',
  description: '',
  main: function* () {
    return code;
  },
});
const commands = { echo, false: exits(1), sh: exits(255), killed: exits(-9) };

// Expected values from GNU findutils 4.9.0 xargs on Debian 12.
describe('xargs', () => {
  const run = (argv: string[], stdin: string) => runProgram(xargs, ['xargs', ...argv], { stdin, commands });
  it('defaults to echo and batches with -n', () => {
    expect(run([], 'a b c\n').stdout).toBe('a b c\n');
    expect(run(['-n', '2', 'echo', 'x'], 'a b c\n').stdout).toBe('x a b\nx c\n');
    expect(run(['-L2', 'echo'], 'a\nb\nc\n').stdout).toBe('a b\nc\n');
  });
  it('splits on NUL, delimiters, quotes', () => {
    expect(run(['-0', '-n1', 'echo'], 'a\0b c\0').stdout).toBe('a\nb c\n');
    expect(run(['-d,', '-n1'], 'a,b\n').stdout).toBe('a\nb\n\n');
    expect(run(['-n1'], '"a b" c\\ d\n').stdout).toBe('a b\nc d\n');
    const r = run(['echo'], "it's\n");
    expect(r.stderr).toBe(
      'xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n',
    );
    expect(r.status).toBe(1);
  });
  it('-I replaces per line, -r skips empty input, -t traces', () => {
    expect(run(['-I{}', 'echo', '[{}]'], '1\n2\n').stdout).toBe('[1]\n[2]\n');
    expect(run(['echo', 'x'], '\n').stdout).toBe('x\n');
    expect(run(['-r', 'echo', 'x'], '\n').stdout).toBe('');
    expect(run(['-t', 'echo'], 'a\n').stderr).toBe('echo a\n');
  });
  it('exit statuses as GNU', () => {
    const nf = run(['nosuchcmd'], 'a\n');
    expect(nf.stderr).toBe('xargs: nosuchcmd: No such file or directory\n');
    expect(nf.status).toBe(127);
    expect(run(['false'], 'a\n').status).toBe(123);
    const r255 = run(['sh', '-c', 'exit 255'], 'a\n');
    expect(r255.stderr).toBe('xargs: sh: exited with status 255; aborting\n');
    expect(r255.status).toBe(124);
    const k = run(['killed'], 'a\n');
    expect(k.stderr).toBe('xargs: killed: terminated by signal 9\n');
    expect(k.status).toBe(125);
    const n0 = run(['-n', '0'], '');
    expect(n0.stderr).toBe(
      "xargs: value 0 for -n option should be >= 1\nTry 'xargs --help' for more information.\n",
    );
    expect(n0.status).toBe(1);
  });
});

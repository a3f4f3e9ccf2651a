import { describe, it, expect } from 'vitest';
import { runProgram } from './fake';
import { cat } from '../../../src/userland/bin/cat';
import { echo } from '../../../src/userland/bin/echo';
import { printf } from '../../../src/userland/bin/printf';
import { basename } from '../../../src/userland/bin/basename';
import { dirname } from '../../../src/userland/bin/dirname';

// Expected outputs recorded from GNU coreutils 9.1 on Debian 12.
describe('cat', () => {
  it('-A shows non-printing bytes', () => {
    // printf 'a\tb\x01\x7f\xc3\xa9\n\n\n\nc' | cat -A
    const r = runProgram(cat, ['cat', '-A'], { stdin: 'a\tb\x01\x7fé\n\n\n\nc' });
    expect(r.stdout).toBe('a^Ib^A^?M-CM-)$\n$\n$\n$\nc');
  });
  it('-bs numbers non-blank lines and squeezes', () => {
    expect(runProgram(cat, ['cat', '-bs'], { stdin: 'a\n\n\nb\n' }).stdout).toBe('     1\ta\n\n     2\tb\n');
  });
  it('-n numbers across files and stdin', () => {
    const r = runProgram(cat, ['cat', '-n', 'f', '-'], { stdin: 'x\ny', files: { f: 'a\n' } });
    expect(r.stdout).toBe('     1\ta\n     2\tx\n     3\ty');
  });
  it('reports missing files and directories', () => {
    const r = runProgram(cat, ['cat', '-', '/nonexist', '/'], { stdin: 'a\nb' });
    expect(r.stdout).toBe('a\nb');
    expect(r.stderr).toBe('cat: /nonexist: No such file or directory\ncat: /: Is a directory\n');
    expect(r.status).toBe(1);
  });
  it('rejects unknown options', () => {
    const r = runProgram(cat, ['cat', '-z']);
    expect(r.stderr).toBe("cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n");
    expect(r.status).toBe(1);
    expect(runProgram(cat, ['cat', '--foo']).stderr).toBe(
      "cat: unrecognized option '--foo'\nTry 'cat --help' for more information.\n",
    );
  });
  it('--version', () => {
    expect(runProgram(cat, ['cat', '--version']).stdout.split('\n')[0]).toBe('cat (GNU coreutils) 9.1');
  });
});

describe('echo', () => {
  it('handles -n -e -E clusters and stops at non-options', () => {
    expect(runProgram(echo, ['echo', '-n', '-e', 'a\\tb\\c', 'x']).stdout).toBe('a\tb');
    expect(runProgram(echo, ['echo', '-neE', 'a\\tb']).stdout).toBe('a\\tb');
    expect(runProgram(echo, ['echo', '-x', '-n', 'hi']).stdout).toBe('-x -n hi\n');
    expect(runProgram(echo, ['echo', '--version', 'a']).stdout).toBe('--version a\n');
    expect(runProgram(echo, ['echo', '-e', '\\0101\\x41']).stdout).toBe('AA\n');
  });
});

describe('printf', () => {
  it('reports errors with argv[0] and keeps going', () => {
    const r = runProgram(printf, ['/usr/bin/printf', '%d\\n', 'abc', '12abc']);
    expect(r.stdout).toBe('0\n12\n');
    expect(r.stderr).toBe(
      '/usr/bin/printf: ‘abc’: expected a numeric value\n/usr/bin/printf: ‘12abc’: value not completely converted\n',
    );
    expect(r.status).toBe(1);
  });
  it('missing operand', () => {
    const r = runProgram(printf, ['printf']);
    expect(r.stderr).toBe("printf: missing operand\nTry 'printf --help' for more information.\n");
    expect(r.status).toBe(1);
  });
});

describe('basename/dirname', () => {
  it('basename forms', () => {
    expect(runProgram(basename, ['basename', '/a/b.txt', '.txt']).stdout).toBe('b\n');
    expect(runProgram(basename, ['basename', '-a', 'x/y', 'z/w']).stdout).toBe('y\nw\n');
    expect(runProgram(basename, ['basename', '-s', '.c', 'a.c', 'b.c']).stdout).toBe('a\nb\n');
    const r = runProgram(basename, ['basename', 'a', 'b', 'c']);
    expect(r.stderr).toBe("basename: extra operand ‘c’\nTry 'basename --help' for more information.\n");
    expect(r.status).toBe(1);
  });
  it('dirname forms', () => {
    expect(runProgram(dirname, ['dirname', 'a/b', 'c', '/usr/bin/']).stdout).toBe('a\n.\n/usr\n');
    expect(runProgram(dirname, ['dirname']).stderr).toBe(
      "dirname: missing operand\nTry 'dirname --help' for more information.\n",
    );
  });
});

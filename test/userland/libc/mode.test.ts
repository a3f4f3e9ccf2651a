import { describe, expect, it } from 'vitest';
import { adjustMode, compileMode, fileTypeName, modeString } from '../../../src/userland/libc/mode';

const apply = (spec: string, old: number, umask = 0o022, dir = false): number => {
  const c = compileMode(spec);
  if (!c) throw new Error(`bad mode ${spec}`);
  return adjustMode(old, dir, umask, c);
};

describe('modeString', () => {
  it('matches ls -l / stat %A', () => {
    expect(modeString(0o100755)).toBe('-rwxr-xr-x');
    expect(modeString(0o40755)).toBe('drwxr-xr-x');
    expect(modeString(0o120777)).toBe('lrwxrwxrwx');
    expect(modeString(0o20666)).toBe('crw-rw-rw-');
    expect(modeString(0o41777)).toBe('drwxrwxrwt');
    expect(modeString(0o107777)).toBe('-rwsrwsrwt');
    expect(modeString(0o107666)).toBe('-rwSrwSrwT');
    expect(modeString(0o10644)).toBe('prw-r--r--');
  });
  it('names types like stat %F', () => {
    expect(fileTypeName(0o100644, 0)).toBe('regular empty file');
    expect(fileTypeName(0o100644, 5)).toBe('regular file');
    expect(fileTypeName(0o20666)).toBe('character special file');
    expect(fileTypeName(0o10644)).toBe('fifo');
  });
});

describe('chmod modes (results checked with chmod on Debian 12)', () => {
  it('octal', () => {
    expect(apply('755', 0o644)).toBe(0o755);
    expect(apply('7777', 0o644)).toBe(0o7777);
    expect(compileMode('10000')).toBeNull();
  });
  it('keeps a directory setgid bit for short octal modes', () => {
    expect(apply('755', 0o2775, 0o022, true)).toBe(0o2755);
    expect(apply('00755', 0o2775, 0o022, true)).toBe(0o755);
  });
  it('symbolic', () => {
    expect(apply('g+w', 0o644)).toBe(0o664);
    expect(apply('u+s,o+t', 0o7777 & ~0o7000)).toBe(0o5777);
    expect(apply('a-x', 0o7777)).toBe(0o7666);
    expect(apply('go-w', 0o666)).toBe(0o644);
    expect(apply('a=r', 0o755)).toBe(0o444);
    expect(apply('+X', 0o644)).toBe(0o644);
    expect(apply('+X', 0o744)).toBe(0o755);
    expect(apply('+X', 0o644, 0o022, true)).toBe(0o755);
  });
  it('applies the umask when no who is given', () => {
    // chmod -w f with umask 022 on rwSrwSrwT left r-SrwSrwT.
    expect(apply('-w', 0o7666)).toBe(0o7466);
    expect(apply('-w', 0o7666, 0)).toBe(0o7444);
    // umask 077: chmod g=u on r-SrwSrwT gave r-Sr--rwT.
    expect(apply('g=u', 0o7466, 0o077)).toBe(0o5446);
  });
  it('rejects garbage', () => {
    expect(compileMode('zz')).toBeNull();
    expect(compileMode('')).toBeNull();
    expect(compileMode('u+q')).toBeNull();
  });
});

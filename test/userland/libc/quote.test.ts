import { describe, expect, it } from 'vitest';
import { quoteLocale, quoteaf, shellEscape } from '../../../src/userland/libc/quote';

// Expectations from `ls --quoting-style=shell-escape` and mkdir's messages on Debian 12.
describe('shellEscape', () => {
  it.each([
    ['a b', "'a b'"],
    ["it's", `"it's"`],
    ['x"y', `'x"y'`],
    ["it's $x", `'it'\\''s $x'`],
    ['new\nl', `'new'$'\\n''l'`],
    ['a\\b', `'a\\b'`],
    ['#a', `'#a'`],
    ['a#', 'a#'],
    ['~a', `'~a'`],
    ['a~', 'a~'],
    ['{', `'{'`],
    ['{a', '{a'],
    ['a=b', `'a=b'`],
    ['a]', 'a]'],
    ['a[', `'a['`],
    ['a%b', 'a%b'],
    ['-a', '-a'],
    ['\tx', `''$'\\t''x'`],
    ['x\x01', `'x'$'\\001'`],
    ['x\x01\x02y', `'x'$'\\001\\002''y'`],
    ['é', 'é'],
    ["''x", `"''x"`],
    [`a"'`, `'a"'\\'''`],
    ["it's *", `'it'\\''s *'`],
    ["it's x", `"it's x"`],
    ["it's#", `'it'\\''s#'`],
    ["~it's", `"~it's"`],
    ["it's@", `"it's@"`],
  ])('%j -> %s', (name, want) => {
    expect(shellEscape(name)).toBe(want);
  });

  it('quoteaf always quotes', () => {
    expect(quoteaf('f')).toBe("'f'");
    expect(quoteaf('a+b')).toBe("'a+b'");
    expect(quoteaf("it's")).toBe(`"it's"`);
  });
});

describe('quoteLocale', () => {
  it.each([
    ['a b', '‘a b’'],
    ["it's", "‘it's’"],
    ['new\nl', '‘new\\nl’'],
    ['a\\b', '‘a\\\\b’'],
    ['\tx', '‘\\tx’'],
    ['x\x01', '‘x\\001’'],
    ['‘q’', '‘‘q\\’’'],
  ])('%j -> %s', (name, want) => {
    expect(quoteLocale(name)).toBe(want);
  });
});

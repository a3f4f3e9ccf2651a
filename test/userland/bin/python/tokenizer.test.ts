// The python3 tokenizer against CPython's tokenize module (kinds, texts and start positions).

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/userland/bin/python/tokenizer';
import { SyntaxErr } from '../../../../src/userland/bin/python/errors';

describe('python tokenizer', () => {
  it('produces INDENT/DEDENT, joins lines inside brackets, skips comments', () => {
    const src = 'if x:\n    y = [1,\n  2]  # c\nz = \'a\' f"{b}"\n';
    const toks = tokenize(src).map((t) => [t.kind, t.text, t.line, t.col]);
    // from python3 -m tokenize (NL and COMMENT tokens dropped; NEWLINE text is empty here)
    expect(toks).toEqual([
      ['NAME', 'if', 1, 0],
      ['NAME', 'x', 1, 3],
      ['OP', ':', 1, 4],
      ['NEWLINE', '', 1, 5],
      ['INDENT', '', 2, 0],
      ['NAME', 'y', 2, 4],
      ['OP', '=', 2, 6],
      ['OP', '[', 2, 8],
      ['NUMBER', '1', 2, 9],
      ['OP', ',', 2, 10],
      ['NUMBER', '2', 3, 2],
      ['OP', ']', 3, 3],
      ['NEWLINE', '', 3, 9],
      ['DEDENT', '', 4, 0],
      ['NAME', 'z', 4, 0],
      ['OP', '=', 4, 2],
      ['STRING', "'a'", 4, 4],
      ['STRING', 'f"{b}"', 4, 8],
      ['NEWLINE', '', 4, 14],
      ['END', '', 5, 0],
    ]);
  });

  it('reads triple-quoted strings across lines', () => {
    const toks = tokenize('s = """a\nb"""\nt = 1\n');
    expect(toks[2]).toMatchObject({ kind: 'STRING', text: '"""a\nb"""', line: 1, endLine: 2 });
    expect(toks[4]).toMatchObject({ kind: 'NAME', text: 't', line: 3 });
  });

  it('reports unterminated strings and unclosed brackets like CPython 3.11', () => {
    const err = (src: string): string => {
      try {
        tokenize(src);
        return 'no error';
      } catch (e) {
        return e instanceof SyntaxErr ? `${e.line}:${e.col}: ${e.msg}` : String(e);
      }
    };
    expect(err("x = 'abc\n")).toBe('1:5: unterminated string literal (detected at line 1)');
    expect(err('print((1)\n')).toBe("1:6: '(' was never closed");
    expect(err('x = 1)\n')).toBe("1:6: unmatched ')'");
    expect(err('x = 01\n')).toBe(
      '1:5: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
    );
  });
});

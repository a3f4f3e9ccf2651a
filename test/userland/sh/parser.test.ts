// The parser on its own: tree shapes, incremental parsing, and bash's syntax error texts
// (messages and line numbers as printed by bash 5.2 for `bash -c`).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Parser, parseAll } from '../../../src/userland/sh/parser';
import { ShSyntaxError } from '../../../src/userland/sh/scanner';

function syntaxError(src: string): { message: string; line: number; text: string | undefined } {
  try {
    parseAll(src);
  } catch (e) {
    if (e instanceof ShSyntaxError) return { message: e.message, line: e.line, text: e.lineText };
    throw e;
  }
  throw new Error('no syntax error');
}

describe('parser', () => {
  it('builds and-or lists of pipelines', () => {
    const list = parseAll('a | b && ! c || d &');
    expect(list.items).toHaveLength(1);
    const ao = list.items[0]!;
    expect(ao.bg).toBe(true);
    expect(ao.first.cmds).toHaveLength(2);
    expect(ao.rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(ao.rest[0]!.pipe.bang).toBe(true);
  });

  it('parses compound commands and functions', () => {
    const list = parseAll(
      'f() { if a; then b; elif c; then d; else e; fi; }\nfor x in 1 2; do :; done\ncase $x in a|b) ;; esac',
    );
    const kinds = list.items.map((i) => i.first.cmds[0]!.t);
    expect(kinds).toEqual(['func', 'for', 'case']);
  });

  it('reads here-document bodies after the command line', () => {
    const list = parseAll("cat <<EOF; echo next\nbody $x\nEOF\ncat <<'Q'\nraw $y\nQ\n");
    const first = list.items[0]!.first.cmds[0]!;
    expect(first.t === 'simple' && first.redirs[0]!.heredoc?.body.text).toBe('body $x\n');
    expect(list.items).toHaveLength(3);
  });

  it('parses one command line at a time', () => {
    const p = new Parser('echo a\necho b; )\n');
    expect(p.next()?.items).toHaveLength(1);
    expect(() => p.next()).toThrow(ShSyntaxError);
  });

  it('reports errors as bash does', () => {
    expect(syntaxError('echo a; fi')).toEqual({
      message: "syntax error near unexpected token `fi'",
      line: 1,
      text: 'echo a; fi',
    });
    expect(syntaxError('echo a\n)')).toMatchObject({
      message: "syntax error near unexpected token `)'",
      line: 2,
    });
    expect(syntaxError('if true; then echo')).toMatchObject({
      message: 'syntax error: unexpected end of file',
      line: 2,
    });
    expect(syntaxError('echo "abc')).toMatchObject({
      message: 'unexpected EOF while looking for matching `"\'',
      line: 1,
    });
    expect(syntaxError('echo $(ls')).toMatchObject({
      message: "unexpected EOF while looking for matching `)'",
      line: 2,
    });
    expect(syntaxError('echo >')).toMatchObject({ message: "syntax error near unexpected token `newline'" });
    expect(syntaxError('( )')).toMatchObject({ message: "syntax error near unexpected token `)'" });
    expect(syntaxError('f() echo')).toMatchObject({ message: "syntax error near unexpected token `echo'" });
  });

  it('never throws anything but ShSyntaxError on random input', () => {
    const alphabet = fc.constantFrom(
      ...'ab $(){}[]|&;<>\'"`\\\n#=!*?~-+0123456789:,.%/^@'.split(''),
      'if ',
      'then ',
      'fi',
      'do ',
      'done',
      'case ',
      'esac',
      'for ',
      'in ',
      '<<',
      '${',
      '$((',
      '[[',
      ']]',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        try {
          parseAll(chars.join(''));
        } catch (e) {
          if (!(e instanceof ShSyntaxError)) throw e;
        }
      }),
      { numRuns: 3000 },
    );
  });
});

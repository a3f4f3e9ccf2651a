// The python3 parser: precedence and statement shapes (compared with CPython's ast module), and
// SyntaxError messages/positions as `python3 -c` reports them.

import { describe, expect, it } from 'vitest';
import type { Expr } from '../../../../src/userland/bin/python/ast';
import { SyntaxErr, formatSyntaxError } from '../../../../src/userland/bin/python/errors';
import { parse } from '../../../../src/userland/bin/python/parser';

/** A compact prefix form of an expression, enough to check the tree's shape. */
function show(e: Expr): string {
  switch (e.k) {
    case 'Const':
      return String(e.value);
    case 'Name':
      return e.id;
    case 'BinOp':
      return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'UnaryOp':
      return `(${e.op} ${show(e.operand)})`;
    case 'BoolOp':
      return `(${e.op} ${e.values.map(show).join(' ')})`;
    case 'Compare':
      return `(cmp ${show(e.left)} ${e.ops.map((o, i) => `${o} ${show(e.rest[i]!)}`).join(' ')})`;
    case 'IfExp':
      return `(if ${show(e.test)} ${show(e.body)} ${show(e.orelse)})`;
    default:
      return e.k;
  }
}

function expr(src: string): string {
  const s = parse(src)[0]!;
  if (s.k !== 'Expr') throw new Error('not an expression');
  return show(s.value);
}

function syntaxError(src: string): string {
  try {
    parse(src);
    return 'no error';
  } catch (e) {
    if (!(e instanceof SyntaxErr)) throw e;
    return formatSyntaxError(e, '<string>');
  }
}

describe('python parser', () => {
  it('follows CPython precedence', () => {
    // ast.dump(ast.parse(...)) in CPython gives the same trees
    expect(expr('-2**2')).toBe('(- (** 2 2))');
    expect(expr('1 + 2 * 3 - 4')).toBe('(- (+ 1 (* 2 3)) 4)');
    expect(expr('not a == b and c or d')).toBe('(or (and (not (cmp a == b)) c) d)');
    expect(expr('a < b <= c')).toBe('(cmp a < b <= c)');
    expect(expr('x if y else z or w')).toBe('(if y x (or z w))');
    expect(expr('a | b ^ c & d << 1')).toBe('(| a (^ b (& c (<< d 1))))');
    expect(expr('a not in b is not c')).toBe('(cmp a not in b is not c)');
  });

  it('builds compound statements', () => {
    const body = parse(
      'for i in range(3):\n    if i:\n        pass\n    else:\n        break\nelse:\n    x = 1\n',
    );
    expect(body).toHaveLength(1);
    const f = body[0]!;
    expect(f.k).toBe('For');
    if (f.k !== 'For') return;
    expect(f.body.map((s) => s.k)).toEqual(['If']);
    expect(f.orelse.map((s) => s.k)).toEqual(['Assign']);
  });

  it('reports syntax errors as python3 -c does', () => {
    expect(syntaxError('if x\n    pass\n')).toBe(
      '  File "<string>", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n',
    );
    expect(syntaxError('print("a" +)')).toBe(
      '  File "<string>", line 1\n    print("a" +)\n               ^\nSyntaxError: invalid syntax\n',
    );
    expect(syntaxError('  x = 1')).toBe(
      '  File "<string>", line 1\n    x = 1\nIndentationError: unexpected indent\n',
    );
    expect(syntaxError('for i in x:\nprint(i)')).toBe(
      '  File "<string>", line 2\n    print(i)\n    ^\nIndentationError: expected an indented block after \'for\' statement on line 1\n',
    );
  });
});

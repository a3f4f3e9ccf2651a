// [[ ... ]]: no word splitting or globbing; == and != match a pattern, =~ an extended regular
// expression (setting BASH_REMATCH), integer operators evaluate arithmetic, && || ! ( ) short-
// circuit. Status 0 true, 1 false, 2 for a bad regular expression.

import type { CondExpr } from '../ast';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { arith, expandPattern, expandRegex, expandStr } from '../expand/word';
import { patternMatch } from '../expand/pattern';
import { compileRegex } from '../../libc/regex';
import { TestError, binaryTest, unaryTest } from './testops';
import { xtrace } from './xtrace';

const INT_OPS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

export function* evalCond(sh: Shell, e: CondExpr): Gen<number> {
  try {
    return (yield* test(sh, e)) ? 0 : 1;
  } catch (err) {
    if (err instanceof TestError) {
      yield* sh.error(err.message);
      return 2;
    }
    if (err instanceof RegexFailure) return 2;
    throw err;
  }
}

class RegexFailure extends Error {}

function* test(sh: Shell, e: CondExpr): Gen<boolean> {
  switch (e.c) {
    case 'and':
      return (yield* test(sh, e.l)) && (yield* test(sh, e.r));
    case 'or':
      return (yield* test(sh, e.l)) || (yield* test(sh, e.r));
    case 'not':
      return !(yield* test(sh, e.e));
    case 'word': {
      const a = yield* expandStr(sh, e.a, 'start');
      if (sh.opt('xtrace')) yield* xtrace(sh, ['[[', a, ']]']);
      return a !== '';
    }
    case 'unary': {
      const a = yield* expandStr(sh, e.a, 'start');
      if (sh.opt('xtrace')) yield* xtrace(sh, ['[[', e.op, a, ']]']);
      return yield* unaryTest(sh, e.op, a);
    }
    case 'binary':
      return yield* binary(sh, e.op, e.a, e.b);
  }
}

function* binary(
  sh: Shell,
  op: string,
  aw: Extract<CondExpr, { c: 'binary' }>['a'],
  bw: Extract<CondExpr, { c: 'binary' }>['b'],
): Gen<boolean> {
  const a = yield* expandStr(sh, aw, 'start');
  if (op === '==' || op === '=' || op === '!=') {
    const pat = yield* expandPattern(sh, bw);
    if (sh.opt('xtrace')) yield* xtrace(sh, ['[[', a, op, pat, ']]']);
    const m = patternMatch(pat, a);
    return op === '!=' ? !m : m;
  }
  if (op === '=~') {
    const re = yield* expandRegex(sh, bw);
    if (sh.opt('xtrace')) yield* xtrace(sh, ['[[', a, op, re, ']]']);
    const compiled = compileRegex(re, { extended: true });
    if (!(compiled instanceof RegExp)) throw new RegexFailure(compiled.error);
    const m = compiled.exec(a);
    if (!m) {
      sh.vars.setArray('BASH_REMATCH', [], false);
      return false;
    }
    sh.vars.setArray(
      'BASH_REMATCH',
      [...m].map((x) => x ?? ''),
      false,
    );
    return true;
  }
  const b = yield* expandStr(sh, bw, 'start');
  if (sh.opt('xtrace')) yield* xtrace(sh, ['[[', a, op, b, ']]']);
  if (INT_OPS.has(op)) {
    const x = yield* arith(sh, a);
    const y = yield* arith(sh, b);
    return yield* binaryTest(sh, op, String(x), String(y));
  }
  return yield* binaryTest(sh, op, a, b);
}

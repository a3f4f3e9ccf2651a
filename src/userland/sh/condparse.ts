// The [[ ... ]] conditional command's grammar: ||, &&, !, ( ), unary file/string tests and binary
// operators; the right side of =~ is read as a regular expression (parentheses and | allowed).

import type { CondExpr, Word } from './ast';
import type { Parser } from './parser';
import type { WordMode } from './words';

const UNARY = new Set('abcdefghknoprstuvwxzGLNORS'.split('').map((c) => '-' + c));
const BINARY = new Set([
  '==',
  '=',
  '!=',
  '<',
  '>',
  '=~',
  '-eq',
  '-ne',
  '-lt',
  '-le',
  '-gt',
  '-ge',
  '-nt',
  '-ot',
  '-ef',
]);

const CWORD: WordMode = { dq: false, stop: (c) => ' \t\n;&|<>()'.includes(c) };

function regexMode(): WordMode {
  let depth = 0;
  return {
    dq: false,
    stop: (c) => {
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return true;
        depth--;
      }
      return (
        depth === 0 &&
        (c === ' ' || c === '\t' || c === '\n' || c === '&' || c === '<' || c === '>' || c === ';')
      );
    },
  };
}

function skip(p: Parser): void {
  p.skipSeparators();
}

function atEnd(p: Parser): boolean {
  skip(p);
  return p.startsWith(']]') && p.isReserved(']]');
}

function peekOp(p: Parser): string | undefined {
  skip(p);
  for (const op of ['&&', '||', '(', ')']) if (p.startsWith(op)) return op;
  if (p.startsWith('!') && p.isReserved('!')) return '!';
  return undefined;
}

function word(p: Parser, mode: WordMode = CWORD): Word {
  skip(p);
  if (p.atEnd()) throw p.unexpectedEof();
  for (const op of ['<', '>']) {
    if (p.startsWith(op)) {
      p.pos++;
      return { parts: [{ k: 'lit', v: op }], text: op };
    }
  }
  const w = p.readWord(mode);
  if (!w) throw p.unexpectedToken(p.peekWordText());
  return w;
}

export function parseCondExpr(p: Parser): CondExpr {
  if (atEnd(p)) throw p.unexpectedToken(']]');
  const e = orExpr(p);
  if (!atEnd(p)) {
    throw p.unexpectedToken(p.peekWordText());
  }
  p.pos += 2;
  return e;
}

function orExpr(p: Parser): CondExpr {
  let l = andExpr(p);
  while (peekOp(p) === '||') {
    p.pos += 2;
    l = { c: 'or', l, r: andExpr(p) };
  }
  return l;
}

function andExpr(p: Parser): CondExpr {
  let l = notExpr(p);
  while (peekOp(p) === '&&') {
    p.pos += 2;
    l = { c: 'and', l, r: notExpr(p) };
  }
  return l;
}

function notExpr(p: Parser): CondExpr {
  if (peekOp(p) === '!') {
    p.pos++;
    return { c: 'not', e: notExpr(p) };
  }
  return primary(p);
}

function primary(p: Parser): CondExpr {
  const op = peekOp(p);
  if (op === '(') {
    p.pos++;
    p.enter();
    const e = orExpr(p);
    p.leave();
    if (peekOp(p) !== ')') throw p.unexpectedToken(p.peekWordText());
    p.pos++;
    return e;
  }
  if (op !== undefined || atEnd(p)) throw p.unexpectedToken(p.peekWordText());
  const a = word(p);
  if (UNARY.has(a.text) && !atEnd(p) && peekOp(p) === undefined) {
    const arg = word(p);
    return { c: 'unary', op: a.text, a: arg };
  }
  if (atEnd(p) || peekOp(p) !== undefined) return { c: 'word', a };
  skip(p);
  const save = p.pos;
  const opWord = word(p);
  if (!BINARY.has(opWord.text)) {
    p.pos = save;
    throw p.unexpectedToken(opWord.text);
  }
  const b = opWord.text === '=~' ? word(p, regexMode()) : word(p);
  return { c: 'binary', op: opWord.text, a, b };
}

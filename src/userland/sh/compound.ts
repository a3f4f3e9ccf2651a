// Compound commands: ( ), { }, if, for, for (( )), while, until, case, (( )), and function
// definitions with the `function` keyword.

import type { CaseItem, Command, List, Word } from './ast';
import type { Parser } from './parser';
import { isName } from './scanner';
import { NORMAL } from './words';
import type { WordMode } from './words';

const NOT_A_COMMAND = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in', ']]']);

export function parseCompound(p: Parser): Command | undefined {
  const line = p.line;
  const c = p.peek();
  if (c === '(') {
    if (p.peek(1) === '(') {
      const arith = arithCommand(p, line);
      if (arith) return arith;
    }
    p.pos++;
    const body = p.parseList(false);
    p.skipSeparators();
    if (p.peek() !== ')') throw p.atEnd() ? p.eofMatching(')', p.pos) : p.unexpectedToken(p.peekWordText());
    p.pos++;
    if (body.items.length === 0) throw p.unexpectedToken(')', p.pos - 1);
    return { t: 'subshell', body, redirs: [], line };
  }
  const word = p.peekWordText();
  if (NOT_A_COMMAND.has(word) && p.isReserved(word)) throw p.unexpectedToken(word);
  if (!p.isReserved(word)) return undefined;
  switch (word) {
    case '{':
      return group(p, line);
    case 'if':
      return ifCommand(p, line);
    case 'while':
    case 'until':
      return whileCommand(p, word === 'until', line);
    case 'for':
      return forCommand(p, line);
    case 'case':
      return caseCommand(p, line);
    case 'function':
      return functionCommand(p, line);
    default:
      return undefined;
  }
}

function body(p: Parser, stops: readonly string[]): List {
  const list = p.parseList(false, stops);
  if (list.items.length === 0) throw p.unexpectedToken(p.peekWordText());
  return list;
}

function group(p: Parser, line: number): Command {
  p.pos++;
  const list = body(p, ['}']);
  p.expectReserved('}');
  return { t: 'group', body: list, redirs: [], line };
}

function ifCommand(p: Parser, line: number): Command {
  p.pos += 2;
  const clauses: Array<{ cond: List; body: List }> = [];
  let otherwise: List | undefined;
  for (;;) {
    const cond = body(p, ['then']);
    p.expectReserved('then');
    const then = body(p, ['elif', 'else', 'fi']);
    clauses.push({ cond, body: then });
    p.skipSeparators();
    if (p.isReserved('elif')) {
      p.pos += 4;
      continue;
    }
    if (p.isReserved('else')) {
      p.pos += 4;
      otherwise = body(p, ['fi']);
    }
    p.expectReserved('fi');
    return { t: 'if', clauses, otherwise, redirs: [], line };
  }
}

function whileCommand(p: Parser, until: boolean, line: number): Command {
  p.pos += until ? 5 : 5;
  const cond = body(p, ['do']);
  p.expectReserved('do');
  const list = body(p, ['done']);
  p.expectReserved('done');
  return { t: 'while', until, cond, body: list, redirs: [], line };
}

function doGroup(p: Parser): List {
  p.skipSeparators();
  if (p.isReserved('{')) {
    p.pos++;
    const list = body(p, ['}']);
    p.expectReserved('}');
    return list;
  }
  p.expectReserved('do');
  const list = body(p, ['done']);
  p.expectReserved('done');
  return list;
}

function forCommand(p: Parser, line: number): Command {
  p.pos += 3;
  p.skipBlanks();
  if (p.startsWith('((')) return cFor(p, line);
  const name = p.peekWordText();
  if (!isName(name)) throw p.unexpectedToken(name === '' ? '\n' : name);
  p.pos += name.length;
  p.skipBlanks();
  let words: Word[] | undefined;
  if (p.peek() === ';') p.pos++;
  else {
    p.skipSeparators();
    if (p.isReserved('in')) {
      p.pos += 2;
      words = [];
      for (;;) {
        p.skipBlanks();
        const c = p.peek();
        if (c === undefined || c === '\n' || c === ';') break;
        const w = p.readWord(NORMAL);
        if (!w) throw p.unexpectedToken(p.peekWordText());
        words.push(w);
      }
      if (p.peek() === ';') p.pos++;
    }
  }
  const list = doGroup(p);
  return { t: 'for', name, words, body: list, redirs: [], line };
}

function cFor(p: Parser, line: number): Command {
  const open = p.pos;
  p.pos += 2;
  const src = p.src;
  const parts: string[] = [];
  let depth = 0;
  let start = p.pos;
  for (;;) {
    const c = src[p.pos];
    if (c === undefined) throw p.eofMatching(')', open);
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === ')' && src[p.pos + 1] === ')') break;
    else if (c === ';' && depth === 0) {
      parts.push(src.slice(start, p.pos));
      start = p.pos + 1;
    }
    p.pos++;
  }
  parts.push(src.slice(start, p.pos));
  p.pos += 2;
  if (parts.length !== 3) throw p.unexpectedToken('((', open);
  const [init, cond, step] = parts.map((t) => p.arithWord(t, line)) as [Word, Word, Word];
  p.skipBlanks();
  if (p.peek() === ';') p.pos++;
  const list = doGroup(p);
  return { t: 'cfor', init, cond, step, body: list, redirs: [], line };
}

const PATTERN: WordMode = { dq: false, stop: (c) => ' \t\n;&|<>()'.includes(c) };

function caseCommand(p: Parser, line: number): Command {
  p.pos += 4;
  p.skipBlanks();
  const word = p.readWord(NORMAL);
  if (!word) throw p.unexpectedToken(p.peekWordText() || '\n');
  p.skipSeparators();
  if (!p.isReserved('in')) throw p.unexpectedToken(p.peekWordText());
  p.pos += 2;
  const items: CaseItem[] = [];
  for (;;) {
    p.skipSeparators();
    if (p.atEnd()) throw p.unexpectedEof();
    if (p.isReserved('esac')) {
      p.pos += 4;
      break;
    }
    items.push(caseItem(p));
  }
  return { t: 'case', word, items, redirs: [], line };
}

function caseItem(p: Parser): CaseItem {
  if (p.peek() === '(') p.pos++;
  const patterns: Word[] = [];
  for (;;) {
    p.skipBlanks();
    const w = p.readWord(PATTERN);
    if (!w) throw p.unexpectedToken(p.peekWordText() || '\n');
    patterns.push(w);
    p.skipBlanks();
    if (p.peek() === '|') {
      p.pos++;
      continue;
    }
    if (p.peek() !== ')') throw p.unexpectedToken(p.peekWordText() || '\n');
    p.pos++;
    break;
  }
  const list = p.parseList(false, ['esac']);
  p.skipSeparators();
  let term: CaseItem['term'] = ';;';
  for (const t of [';;&', ';;', ';&'] as const) {
    if (p.startsWith(t)) {
      term = t;
      p.pos += t.length;
      return { patterns, body: list, term };
    }
  }
  if (!p.isReserved('esac')) throw p.unexpectedToken(p.peekWordText());
  return { patterns, body: list, term };
}

function functionCommand(p: Parser, line: number): Command {
  p.pos += 8;
  p.skipBlanks();
  const name = p.peekWordText();
  if (name === '' || !/^[^\s'"$`\\|&;()<>]+$/.test(name)) throw p.unexpectedToken(name || '\n');
  p.pos += name.length;
  p.skipBlanks();
  if (p.peek() === '(') {
    p.pos++;
    p.skipBlanks();
    if (p.peek() !== ')') throw p.unexpectedToken(p.peekWordText());
    p.pos++;
  }
  return p.funcBody(name, line);
}

/** `(( expr ))`, or undefined when the parentheses do not close with `))` (nested subshells). */
function arithCommand(p: Parser, line: number): Command | undefined {
  const src = p.src;
  let depth = 0;
  let i = p.pos + 2;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth > 0) depth--;
      else if (src[i + 1] === ')') break;
      else return undefined;
    } else if (c === '\n') return undefined;
  }
  if (i >= src.length) return undefined;
  const text = src.slice(p.pos + 2, i);
  p.pos = i + 2;
  return { t: 'arith', expr: p.arithWord(text, line), redirs: [], line };
}

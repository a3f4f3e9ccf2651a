// The python3 engine: a small, honest Python 3.11 subset, interpreted by walking the AST with
// generators so every system call is a real syscall of the simulated kernel.
//
// Files: tokenizer (INDENT/DEDENT), parser + parse-expr (AST), eval-* (the evaluator), objects /
// types (the object model), builtins, format (str.format and %), repr, modules/ (os, sys, time,
// json, errno, signal), replay (os.fork by deterministic re-execution).
//
// Simplification: no bytecode, no imports of .py files, no generators/async/decorators beyond the
// basics, no Unicode identifiers beyond letters/digits/_, floats are JS doubles.

import { SyntaxErr } from './errors';

export type TokKind = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'END';

export interface Token {
  readonly kind: TokKind;
  readonly text: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

const OPS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  ':=',
  '**',
  '//',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '@',
  '<',
  '>',
  '=',
  '.',
  ',',
  ':',
  ';',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '&',
  '|',
  '^',
  '~',
];

const NUM_RE =
  /^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*)?\.?(?:\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/;
const NAME_RE = /^[A-Za-z_\u00c0-\uffff][A-Za-z0-9_\u00c0-\uffff]*/;
const STR_PREFIX_RE = /^(?:[rRbBfFuU]|[rR][bBfF]|[bBfF][rR])?(?:'''|"""|'|")/;

/** Split source text into tokens, Python's way: indentation, implicit joining inside brackets. */
export function tokenize(src: string): Token[] {
  const lines = src.split('\n');
  const toks: Token[] = [];
  const indents = [0];
  const brackets: { ch: string; line: number; col: number }[] = [];
  let pos = 0;
  let lineNo = 1;
  let lineStart = 0;
  let atLineStart = true;
  const srcLine = (n: number): string => lines[n - 1] ?? '';
  const push = (
    kind: TokKind,
    text: string,
    line: number,
    col: number,
    endLine = line,
    endCol = col + text.length,
  ): void => {
    toks.push({ kind, text, line, col, endLine, endCol });
  };
  const newline = (): void => {
    lineNo++;
    lineStart = pos;
  };
  while (pos < src.length) {
    if (atLineStart && brackets.length === 0) {
      atLineStart = false;
      let width = 0;
      while (pos < src.length && ' \t\f'.includes(src[pos]!)) {
        width = src[pos] === '\t' ? (Math.floor(width / 8) + 1) * 8 : width + 1;
        pos++;
      }
      const c = src[pos];
      if (c === undefined || c === '\n' || c === '#' || c === '\r') {
        while (pos < src.length && src[pos] !== '\n') pos++;
        if (pos < src.length) {
          pos++;
          newline();
          atLineStart = true;
        }
        continue;
      }
      indent(width);
    }
    const c = src[pos]!;
    const col = pos - lineStart;
    if (c === '\n') {
      pos++;
      if (brackets.length === 0) {
        push('NEWLINE', '', lineNo, col);
        atLineStart = true;
      }
      newline();
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\f' || c === '\r') {
      pos++;
      continue;
    }
    if (c === '#') {
      while (pos < src.length && src[pos] !== '\n') pos++;
      continue;
    }
    if (c === '\\' && (src[pos + 1] === '\n' || pos + 1 === src.length)) {
      pos += 2;
      newline();
      continue;
    }
    const rest = src.slice(pos, pos + 200);
    const sp = STR_PREFIX_RE.exec(rest);
    if (sp) {
      const startLine = lineNo;
      const end = readString(src, pos, sp[0], () => {
        throw unterminated(srcLine(startLine), startLine, col, sp[0], lines.length);
      });
      for (let k = pos; k < end; k++) {
        if (src[k] === '\n') {
          lineNo++;
          lineStart = k + 1;
        }
      }
      const text = src.slice(pos, end);
      pos = end;
      push('STRING', text, startLine, col, lineNo, pos - lineStart);
      continue;
    }
    const nm = NAME_RE.exec(rest);
    if (nm) {
      push('NAME', nm[0], lineNo, col);
      pos += nm[0].length;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[pos + 1] ?? ''))) {
      pos += number(rest, col);
      continue;
    }
    const op = OPS.find((o) => rest.startsWith(o));
    if (op === undefined) {
      const hex = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      const msg = '!$?`'.includes(c) ? 'invalid syntax' : `invalid character '${c}' (U+${hex})`;
      throw new SyntaxErr(msg, lineNo, col + 1, srcLine(lineNo));
    }
    bracket(op, col);
    push('OP', op, lineNo, col);
    pos += op.length;
  }
  if (brackets.length > 0) {
    const b = brackets[brackets.length - 1]!;
    throw new SyntaxErr(`'${b.ch}' was never closed`, b.line, b.col + 1, srcLine(b.line));
  }
  const last = toks[toks.length - 1];
  if (last !== undefined && last.kind !== 'NEWLINE' && last.kind !== 'DEDENT')
    push('NEWLINE', '', lineNo, pos - lineStart);
  const endLine = pos === lineStart ? lineNo : lineNo + 1;
  while (indents.length > 1) {
    indents.pop();
    push('DEDENT', '', endLine, 0);
  }
  push('END', '', endLine, 0);
  return toks;

  function number(rest: string, col: number): number {
    const m = NUM_RE.exec(rest);
    const text = m !== null && m[0] !== '' ? m[0] : rest[0]!;
    const after = rest.slice(text.length, text.length + 1);
    if (/[A-Za-z_]/.test(after))
      throw new SyntaxErr('invalid decimal literal', lineNo, col + text.length, srcLine(lineNo));
    if (/^0[0-9_]*[1-9]/.test(text) && /^[0-9_]+$/.test(text)) {
      const msg =
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers';
      throw new SyntaxErr(msg, lineNo, col + 1, srcLine(lineNo), 'SyntaxError', col + text.length + 1);
    }
    push('NUMBER', text, lineNo, col);
    return text.length;
  }
  function indent(width: number): void {
    const top = indents[indents.length - 1]!;
    const col = pos - lineStart;
    if (width > top) {
      indents.push(width);
      push('INDENT', '', lineNo, 0);
      return;
    }
    if (endsWithColon()) {
      const prev = toks[toks.length - 2]!;
      const msg = `expected an indented block after ${blockName(prev.line)} on line ${prev.line}`;
      throw new SyntaxErr(msg, lineNo, col + 1, srcLine(lineNo), 'IndentationError');
    }
    while (width < indents[indents.length - 1]!) {
      indents.pop();
      push('DEDENT', '', lineNo, col);
    }
    if (width !== indents[indents.length - 1]) {
      const msg = 'unindent does not match any outer indentation level';
      throw new SyntaxErr(msg, lineNo, srcLine(lineNo).length + 1, srcLine(lineNo), 'IndentationError');
    }
  }
  function endsWithColon(): boolean {
    const nl = toks[toks.length - 1];
    const prev = toks[toks.length - 2];
    return (
      nl !== undefined &&
      nl.kind === 'NEWLINE' &&
      prev !== undefined &&
      prev.kind === 'OP' &&
      prev.text === ':'
    );
  }
  function blockName(line: number): string {
    const first = toks.find((t) => t.line === line && t.kind === 'NAME');
    return BLOCK_NAMES[first?.text ?? ''] ?? 'statement';
  }
  function bracket(op: string, col: number): void {
    if ('([{'.includes(op)) {
      brackets.push({ ch: op, line: lineNo, col });
    } else if (')]}'.includes(op)) {
      const open = brackets.pop();
      if (open === undefined) throw new SyntaxErr(`unmatched '${op}'`, lineNo, col + 1, srcLine(lineNo));
      const want = { '(': ')', '[': ']', '{': '}' }[open.ch];
      if (want !== op) {
        const where = open.line === lineNo ? '' : ` on line ${open.line}`;
        const msg = `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`;
        throw new SyntaxErr(msg, lineNo, col + 1, srcLine(lineNo));
      }
    }
  }
}

const BLOCK_NAMES: Record<string, string> = {
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  while: "'while' statement",
  for: "'for' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  with: "'with' statement",
  def: 'function definition',
  class: 'class definition',
};

/** The index just past the string literal that starts at `pos` with prefix+quote `head`. */
function readString(src: string, pos: number, head: string, fail: () => never): number {
  const quote = head.endsWith('"""') || head.endsWith("'''") ? head.slice(-3) : head.slice(-1);
  let i = pos + head.length;
  for (;;) {
    if (i >= src.length) fail();
    const c = src[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '\n' && quote.length === 1) fail();
    if (src.startsWith(quote, i)) return i + quote.length;
    i++;
  }
}

function unterminated(line: string, lineNo: number, col: number, head: string, nlines: number): SyntaxErr {
  if (head.endsWith("'''") || head.endsWith('"""')) {
    const msg = `unterminated triple-quoted string literal (detected at line ${nlines})`;
    return new SyntaxErr(msg, lineNo, col + 1, line);
  }
  return new SyntaxErr(`unterminated string literal (detected at line ${lineNo})`, lineNo, col + 1, line);
}

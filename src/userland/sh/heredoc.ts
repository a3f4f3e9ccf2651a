// Here-documents: after the newline that ends a command line, the parser reads each pending
// body up to its delimiter line. A quoted delimiter means no expansion; `<<-` strips leading tabs.

import type { Redir, WordPart } from './ast';
import type { Parser } from './parser';
import { HEREDOC } from './words';

/** Warnings produced while parsing (bash prints them but goes on). */
export interface HeredocWarning {
  readonly line: number;
  readonly delimiter: string;
}

function delimiterOf(parts: readonly WordPart[]): { text: string; quoted: boolean } {
  let text = '';
  let quoted = false;
  for (const part of parts) {
    if (part.k === 'lit') text += part.v;
    else if (part.k === 'sq') {
      text += part.v;
      quoted = true;
    } else if (part.k === 'dq') {
      quoted = true;
      text += delimiterOf(part.parts).text;
    } else if (part.k === 'param') text += '$' + part.name;
  }
  return { text, quoted };
}

export function readHeredocs(p: Parser): void {
  const pending = p.pendingHeredocs;
  p.pendingHeredocs = [];
  for (const r of pending) readOne(p, r);
}

function readOne(p: Parser, r: Redir): void {
  const { text: delim, quoted } = delimiterOf(r.target.parts);
  const strip = r.op === '<<-';
  const src = p.src;
  const startLine = p.line;
  let body = '';
  for (;;) {
    if (p.pos >= src.length) {
      p.warnings.push({ line: startLine - 1, delimiter: delim });
      break;
    }
    const nl = src.indexOf('\n', p.pos);
    const end = nl < 0 ? src.length : nl;
    let line = src.slice(p.pos, end);
    p.pos = nl < 0 ? src.length : nl + 1;
    if (strip) line = line.replace(/^\t+/, '');
    if (line === delim) break;
    body += line + '\n';
  }
  if (quoted) {
    r.heredoc = { body: { parts: [{ k: 'sq', v: body }], text: body }, quoted };
    return;
  }
  const sub = p.sub(body, startLine);
  const parts = sub.readParts(HEREDOC);
  r.heredoc = { body: { parts, text: body }, quoted };
}

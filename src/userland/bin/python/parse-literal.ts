// String and number literals for the python3 parser: adjacent string concatenation, bytes,
// escapes, and f-strings (whose {fields} are parsed by the expression parser, see parse-expr.ts).

import type { Expr, FStringPart } from './ast';
import { SyntaxErr } from './errors';
import { TokenStream } from './parse-base';
import { splitFString, splitLiteral, unescape } from './strlit';
import type { Token } from './tokenizer';

export type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
type Mk = (start: Token, node: DistributiveOmit<Expr, 'line' | 'col' | 'endLine' | 'endCol'>) => Expr;

export abstract class LiteralParser extends TokenStream {
  protected mk: Mk = (start, node) => ({ ...this.span(start), ...node }) as Expr;

  /** Parse the expression of an f-string field. */
  protected abstract fieldExpr(src: string, t: Token, fail: (msg: string) => never): Expr;

  /** Adjacent string literals concatenate; any f-string makes the whole an f-string. */
  protected strings(): Expr {
    const start = this.tok;
    const parts: FStringPart[] = [];
    let bytes: boolean | null = null;
    let isF = false;
    while (this.tok.kind === 'STRING') {
      const t = this.next();
      const lit = splitLiteral(t.text);
      const b = lit.prefix.includes('b');
      if (bytes !== null && bytes !== b) throw this.errorAt(start, 'cannot mix bytes and nonbytes literals');
      bytes = b;
      if (lit.prefix.includes('f')) {
        isF = true;
        parts.push(...this.fstring(lit.body, lit.prefix.includes('r'), t));
      } else {
        const text = lit.prefix.includes('r')
          ? lit.body
          : unescape(lit.body, b, t.line, this.lines[t.line - 1] ?? '');
        parts.push(text);
      }
    }
    if (bytes === true) {
      const s = parts.join('');
      return this.mk(start, { k: 'Bytes', value: Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff) });
    }
    if (!isF) return this.mk(start, { k: 'Const', value: parts.join('') });
    return this.mk(start, { k: 'FString', parts });
  }

  private fstring(body: string, raw: boolean, t: Token): FStringPart[] {
    const fail = (msg: string): never => {
      throw new SyntaxErr(msg, t.line, t.col + 1, this.lines[t.line - 1] ?? '');
    };
    const out: FStringPart[] = [];
    for (const p of splitFString(body, fail)) {
      if (typeof p === 'string') {
        out.push(raw ? p : unescape(p, false, t.line, this.lines[t.line - 1] ?? ''));
        continue;
      }
      const src = p.debug ? p.expr.replace(/=\s*$/, '') : p.expr;
      const expr = this.fieldExpr(src, t, fail);
      if (p.debug) out.push(p.expr);
      const conv = p.conv === '' && p.debug && p.spec === null ? 'r' : p.conv;
      const spec = p.spec === null ? null : this.fstring(p.spec, raw, t);
      out.push({ expr, conv, spec, text: src });
    }
    return out;
  }
}

export function number(text: string): { k: 'Const'; value: bigint | number } {
  const s = text.replace(/_/g, '');
  if (/^0[xXoObB]/.test(s)) return { k: 'Const', value: BigInt(s.toLowerCase()) };
  if (/^\d+$/.test(s)) return { k: 'Const', value: BigInt(s) };
  return { k: 'Const', value: Number(s.replace(/[jJ]$/, '')) };
}

// Go text/template as docker/cli uses it (templates.Parse: an anonymous template with docker's
// basic functions): parse once, execute over a TemplateValue, errors in Go's words:
//   template: :1: function "foo" not defined
//   template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext

import { Exec } from './tmpl-exec';
import { ExecError } from './tmpl-args';
import { BASIC_FUNCS } from './tmpl-funcs';
import type { FuncMap } from './tmpl-funcs';
import { LexError, parseTemplate, ParseError } from './tmpl-parse';
import { nodeString } from './tmpl-nodes';
import type { Node } from './tmpl-nodes';
import type { TemplateValue } from './value';
import { encode } from '../../../lib/utf8';
import { goQuote } from '../../build/go-fmt';

export interface GoTemplate {
  readonly name: string;
  readonly source: string;
  readonly nodes: readonly Node[];
}

export type ParseResult =
  { readonly ok: true; readonly template: GoTemplate } | { readonly ok: false; readonly error: string };

/** Output, or Go's error text plus what had been written before the error (Go writes as it goes). */
export type ExecResult =
  | { readonly ok: true; readonly output: string }
  | { readonly ok: false; readonly error: string; readonly partial: string };

export interface TemplateOptions {
  /** Template name in messages: "" for docker's formatters, "version" for docker version. */
  readonly name?: string;
  /** Functions (default: Go builtins + docker's basic functions). */
  readonly funcs?: FuncMap;
  /** Option("missingkey=error"): a missing map key fails instead of printing <no value>. */
  readonly missingKeyError?: boolean;
}

function lineCol(src: string, pos: number): { line: number; col: number } {
  const before = src.slice(0, pos);
  const nl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, col: encode(before.slice(nl + 1)).length };
}

/** templates.Parse (text/template Parse with the given functions). */
export function parseGoTemplate(source: string, options: TemplateOptions = {}): ParseResult {
  const name = options.name ?? '';
  try {
    const nodes = parseTemplate(source, new Set((options.funcs ?? BASIC_FUNCS).keys()));
    return { ok: true, template: { name, source, nodes } };
  } catch (e) {
    if (!(e instanceof ParseError || e instanceof LexError)) throw e;
    return { ok: false, error: `template: ${name}:${lineCol(source, e.pos).line}: ${e.message}` };
  }
}

/** Template.Execute. */
export function executeGoTemplate(
  t: GoTemplate,
  data: TemplateValue,
  options: TemplateOptions = {},
): ExecResult {
  const ex = new Exec(options.funcs ?? BASIC_FUNCS, { missingKeyError: options.missingKeyError === true });
  try {
    return { ok: true, output: ex.run(t.nodes, data) };
  } catch (e) {
    if (!(e instanceof ExecError)) throw e;
    const n = e.node;
    let where = `${t.name}`;
    let context = '';
    if (n) {
      const { line, col } = lineCol(t.source, n.pos);
      where += `:${line}:${col}`;
      context = nodeString(n);
    }
    const error = `template: ${where}: executing ${goQuote(t.name)} at <${context}>: ${e.message}`;
    return { ok: false, error, partial: ex.out };
  }
}

/** Parse and execute in one go; a parse error comes back as `{ ok: false, partial: '' }`. */
export function renderGoTemplate(
  source: string,
  data: TemplateValue,
  options: TemplateOptions = {},
): ExecResult {
  const p = parseGoTemplate(source, options);
  if (!p.ok) return { ok: false, error: p.error, partial: '' };
  return executeGoTemplate(p.template, data, options);
}

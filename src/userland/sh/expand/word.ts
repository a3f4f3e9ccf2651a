// Word expansion in bash's order: brace expansion, tilde expansion, parameter and arithmetic
// expansion and command substitution (left to right), word splitting on IFS, pathname expansion,
// quote removal. Fields are built piece by piece, remembering which characters were quoted so
// splitting and globbing only touch the unquoted results.

import type { Word, WordPart } from '../ast';
import { AbortLine } from '../shell';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { BraceLimit, braceExpand, hasBraces } from './brace';
import { globExpand } from './glob';
import { escapeGlob } from './pattern';
import { expandParam } from './param';
import type { ExpandApi, PValue } from './param';
import { ArithError, evalArith } from './arith';
import type { ArithEnv } from './arith';
import { ReadonlyError } from '../vars';
import { tildeExpand } from './tilde';

interface Field {
  text: string;
  pat: string;
  glob: boolean;
}

class Builder {
  out: Field[] = [];
  text = '';
  pat = '';
  glob = false;
  started = false;

  constructor(private readonly esc: (s: string) => string = escapeGlob) {}

  lit(s: string): void {
    this.text += s;
    this.pat += s;
    if (!this.glob && /[*?[]/.test(s)) this.glob = true;
    this.started = true;
  }

  quoted(s: string): void {
    this.text += s;
    this.pat += this.esc(s);
    this.started = true;
  }

  end(force: boolean): void {
    if (this.started || force) this.out.push({ text: this.text, pat: this.pat, glob: this.glob });
    this.text = '';
    this.pat = '';
    this.glob = false;
    this.started = false;
  }

  /** Insert an unquoted expansion result, splitting it on IFS. */
  split(value: string, ifs: string): void {
    if (ifs === '') {
      if (value !== '') this.lit(value);
      return;
    }
    const n = value.length;
    let i = 0;
    while (i < n) {
      let j = i;
      while (j < n && !ifs.includes(value[j]!)) j++;
      if (j > i) this.lit(value.slice(i, j));
      if (j >= n) break;
      let k = j;
      let hard = false;
      while (k < n && isIfsWs(value[k]!, ifs)) k++;
      if (k < n && !isIfsWs(value[k]!, ifs) && ifs.includes(value[k]!)) {
        hard = true;
        k++;
        while (k < n && isIfsWs(value[k]!, ifs)) k++;
      }
      this.end(hard);
      i = k;
    }
  }
}

function isIfsWs(c: string, ifs: string): boolean {
  return (c === ' ' || c === '\t' || c === '\n') && ifs.includes(c);
}

type Mode = 'split' | 'str' | 'pattern';

export function arithEnv(sh: Shell): ArithEnv {
  return {
    get: (name, index) => {
      const v = sh.vars.lookup(name);
      if (!v || v.value === undefined) return undefined;
      if (v.value instanceof Map) return v.value.get(index === undefined ? 0 : Number(index));
      return index === undefined || index === 0n ? v.value : undefined;
    },
    set: (name, value, index) => {
      if (index === undefined) sh.vars.set(name, String(value));
      else sh.vars.setElement(name, Number(index), String(value));
    },
  };
}

/** Evaluate arithmetic; on error print bash's message (with `context`, e.g. "((: ") and abort. */
export function* arith(sh: Shell, text: string, context = ''): Gen<bigint> {
  try {
    return evalArith(text, arithEnv(sh));
  } catch (e) {
    if (e instanceof ArithError || e instanceof ReadonlyError) {
      yield* sh.error(context + e.message);
      throw new AbortLine(1, false);
    }
    throw e;
  }
}

const api: ExpandApi = {
  str: (sh, w) => expandStr(sh, w),
  pattern: (sh, w) => expandPattern(sh, w),
  arith: (sh, text) => {
    try {
      return evalArith(text, arithEnv(sh));
    } catch (e) {
      if (e instanceof ArithError) throw new ArithAbort(e.message);
      throw e;
    }
  },
};

class ArithAbort extends Error {}

function* addValue(sh: Shell, b: Builder, v: PValue, quoted: boolean, mode: Mode): Gen<void> {
  if (v === undefined) return;
  if (typeof v === 'string') {
    if (quoted) b.quoted(v);
    else if (mode === 'split') b.split(v, sh.ifs());
    else b.lit(v);
    return;
  }
  const ifs = sh.ifs();
  if (quoted || mode !== 'split') {
    if (v.star || mode !== 'split') {
      const sep = v.star ? ifs.slice(0, 1) : ' ';
      if (quoted || v.list.length > 0) b.quoted(v.list.join(sep));
      return;
    }
    v.list.forEach((s, i) => {
      if (i > 0) b.end(true);
      b.quoted(s);
    });
    return;
  }
  v.list.forEach((s, i) => {
    if (i > 0) b.end(false);
    b.split(s, ifs);
  });
}

function* expandParts(
  sh: Shell,
  parts: readonly WordPart[],
  b: Builder,
  quoted: boolean,
  mode: Mode,
): Gen<void> {
  for (const part of parts) {
    switch (part.k) {
      case 'lit':
        if (quoted) b.quoted(part.v);
        else b.lit(part.v);
        break;
      case 'sq':
        b.quoted(part.v);
        break;
      case 'dq':
        if (part.parts.length === 0) b.quoted('');
        else yield* expandParts(sh, part.parts, b, true, mode);
        break;
      case 'param': {
        const r = yield* paramResult(sh, part);
        if ('word' in r) {
          if (quoted) b.quoted('');
          yield* expandParts(sh, r.word.parts, b, quoted, mode);
        } else yield* addValue(sh, b, r.v, quoted, mode);
        break;
      }
      case 'cmd': {
        const out = yield* sh.hooks.cmdSubst(sh, part.body);
        yield* addValue(sh, b, out.replace(/\n+$/, ''), quoted, mode);
        break;
      }
      case 'arith': {
        const text = yield* expandStr(sh, part.expr);
        const v = yield* arith(sh, text);
        yield* addValue(sh, b, String(v), quoted, mode);
        break;
      }
    }
  }
}

function* paramResult(sh: Shell, part: Extract<WordPart, { k: 'param' }>): ReturnType<typeof expandParam> {
  if (part.op === 'bad') {
    yield* sh.error(`${part.name}: bad substitution`);
    throw new AbortLine(1, true);
  }
  try {
    return yield* expandParam(sh, part, api);
  } catch (e) {
    if (e instanceof ArithAbort) {
      yield* sh.error(e.message);
      throw new AbortLine(1, false);
    }
    throw e;
  }
}

/** Full expansion of command words into fields. */
export function* expandWords(sh: Shell, words: readonly Word[]): Gen<string[]> {
  const out: string[] = [];
  for (const w of words) {
    if (w.parts.length === 1 && w.parts[0]!.k === 'lit' && !/[*?[{~]/.test(w.parts[0]!.v)) {
      out.push(w.parts[0]!.v);
      continue;
    }
    let variants: (readonly WordPart[])[] = [w.parts];
    if (sh.opt('braceexpand') && hasBraces(w.parts)) variants = yield* braces(sh, w.parts);
    for (const parts of variants) {
      const b = new Builder();
      const rest = yield* tildeExpand(sh, parts, false);
      if (rest.prefix !== undefined) b.quoted(rest.prefix);
      yield* expandParts(sh, rest.parts, b, false, 'split');
      b.end(false);
      for (const f of b.out) {
        if (f.glob && !sh.opt('noglob')) {
          const matches = yield* globExpand(sh.sys, f.pat);
          if (matches.length > 0) {
            out.push(...matches);
            continue;
          }
        }
        out.push(f.text);
      }
    }
  }
  return out;
}

function* braces(sh: Shell, parts: readonly WordPart[]): Gen<WordPart[][]> {
  try {
    return braceExpand(parts);
  } catch (e) {
    if (e instanceof BraceLimit) {
      yield* sh.error(e.message);
      throw new AbortLine(1, false);
    }
    throw e;
  }
}

/** Expand to a single string: no splitting or globbing ($@ joined by spaces). */
export function* expandStr(sh: Shell, w: Word, tilde: 'none' | 'start' | 'assign' = 'none'): Gen<string> {
  if (w.parts.length === 1 && w.parts[0]!.k !== 'dq') {
    const p = w.parts[0]!;
    if (p.k === 'sq' || (p.k === 'lit' && (tilde === 'none' || !p.v.includes('~')))) return p.v;
  }
  const b = new Builder();
  let parts = w.parts;
  if (tilde !== 'none') {
    const rest = yield* tildeExpand(sh, parts, tilde === 'assign');
    if (rest.prefix !== undefined) b.quoted(rest.prefix);
    parts = rest.parts;
  }
  yield* expandParts(sh, parts, b, false, 'str');
  return b.text;
}

/** Expand a pattern word: quoted characters are escaped so they match literally. */
export function* expandPattern(sh: Shell, w: Word): Gen<string> {
  const b = new Builder();
  yield* expandParts(sh, w.parts, b, false, 'pattern');
  return b.pat;
}

/** Expand the right side of =~: quoted characters match literally. */
export function* expandRegex(sh: Shell, w: Word): Gen<string> {
  const b = new Builder((s) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
  yield* expandParts(sh, w.parts, b, false, 'pattern');
  return b.pat;
}

/** The words of a here-document body or a $'...'-free string with expansions. */
export function* expandHeredoc(sh: Shell, w: Word): Gen<string> {
  const b = new Builder();
  yield* expandParts(sh, w.parts, b, true, 'str');
  return b.text;
}

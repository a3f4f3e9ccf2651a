// POSIX regular expressions (GNU flavour) translated to JavaScript RegExp source: basic (BRE,
// grep/sed default) and extended (ERE, grep -E, sed -E, awk). Handles \( \) \{ \} \| \+ \? in BRE,
// literal + ? ( ) { } | in BRE, bracket expressions with [:classes:], context-dependent ^ $ *,
// back-references, GNU \< \> \b \w \s, and reports GNU's error messages for malformed patterns.
// Simplification: JavaScript picks the leftmost-first alternative, POSIX the leftmost-longest;
// [[:alpha:]] etc. follow Unicode properties (as glibc's C.UTF-8 locale roughly does).

import { bracketExpression } from './bracket';

export interface RegexOptions {
  readonly extended: boolean;
  /** sed and awk: \n and \t mean newline and tab. */
  readonly cEscapes?: boolean;
  /** awk: no back-references, and \/ \" are plain escapes. */
  readonly awk?: boolean;
}

export type Translation = { readonly source: string; readonly groups: number } | { readonly error: string };

const SPECIAL = new Set([...'\\^$.*+?()[]{}|/']);

export function escapeChar(c: string): string {
  return SPECIAL.has(c) ? '\\' + c : c;
}

interface St {
  pat: string;
  i: number;
  ere: boolean;
  atoms: string[];
  /** Index in atoms where the current group/branch started (for "at start" tests). */
  branchStart: number;
  opens: number[];
  groups: number;
  closed: number;
  lastQuantified: boolean;
}

function atStart(st: St): boolean {
  return (
    st.atoms.length === st.branchStart ||
    (st.atoms.length === st.branchStart + 1 && st.atoms[st.branchStart] === '^')
  );
}

function quantify(st: St, q: string): void {
  const n = st.atoms.length;
  const prev = st.atoms[n - 1]!;
  st.atoms[n - 1] = st.lastQuantified ? `(?:${prev})${q}` : prev + q;
  st.lastQuantified = true;
}

function push(st: St, atom: string): void {
  st.atoms.push(atom);
  st.lastQuantified = false;
}

/** Parse an interval body at st.i (just after `{` or `\{`). Returns the JS quantifier or an error. */
function interval(st: St): string | { error: string } | null {
  const close = st.ere ? '}' : '\\}';
  const m = /^(\d*)(,(\d*))?/.exec(st.pat.slice(st.i))!;
  const after = st.i + m[0].length;
  if (!st.pat.startsWith(close, after)) {
    if (st.ere) return null;
    return {
      error:
        after >= st.pat.length || !/[\d,]/.test(st.pat[after] ?? '')
          ? 'Unmatched \\{'
          : 'Invalid content of \\{\\}',
    };
  }
  if (m[0] === '' || (m[1] === '' && m[2] === undefined))
    return st.ere ? null : { error: 'Invalid content of \\{\\}' };
  const lo = m[1] === '' ? 0 : Number(m[1]);
  const hi = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
  if (hi < lo) return { error: 'Invalid content of \\{\\}' };
  if (lo > 32767 || (hi !== Infinity && hi > 32767)) return { error: 'Regular expression too big' };
  st.i = after + close.length;
  return hi === Infinity ? `{${lo},}` : hi === lo ? `{${lo}}` : `{${lo},${hi}}`;
}

function openGroup(st: St): void {
  st.groups++;
  st.opens.push(st.atoms.length);
  push(st, '(');
  st.branchStart = st.atoms.length;
}

function closeGroup(st: St): string | null {
  const start = st.opens.pop();
  if (start === undefined) return st.ere ? null : 'Unmatched ) or \\)';
  const inner = st.atoms.splice(start).slice(1).join('');
  st.closed++;
  push(st, `(${inner})`);
  st.branchStart = st.opens.length ? st.opens[st.opens.length - 1]! + 1 : 0;
  return '';
}

function alternate(st: St): void {
  push(st, '|');
  st.branchStart = st.atoms.length;
}

const GNU_ESC: Record<string, string> = {
  '<': '\\b(?=[\\p{L}\\p{N}_])',
  '>': '\\b(?<=[\\p{L}\\p{N}_])',
  b: '\\b',
  B: '\\B',
  w: '[\\p{L}\\p{N}_]',
  W: '[^\\p{L}\\p{N}_]',
  s: '\\s',
  S: '\\S',
  '`': '^',
  "'": '$',
};

/** Handle a backslash sequence; returns an error message or null. */
function backslash(st: St, opts: RegexOptions): string | null {
  const c = st.pat[st.i + 1];
  if (c === undefined) return 'Trailing backslash';
  st.i += 2;
  if (!st.ere) {
    if (c === '(') return (openGroup(st), null);
    if (c === ')') return closeGroup(st) ?? null;
    if (c === '|') return (alternate(st), null);
    if (c === '{') {
      if (atStart(st)) return (push(st, '\\{'), null);
      const q = interval(st);
      if (q && typeof q === 'object') return q.error;
      return (quantify(st, q ?? ''), null);
    }
    if ((c === '+' || c === '?') && !atStart(st)) return (quantify(st, c), null);
  }
  if (/[1-9]/.test(c) && !opts.awk) {
    if (Number(c) > st.closed) return 'Invalid back reference';
    return (push(st, `\\${c}`), null);
  }
  if (opts.cEscapes && c === 'n') return (push(st, '\\n'), null);
  if (opts.cEscapes && c === 't') return (push(st, '\\t'), null);
  if (!opts.awk && GNU_ESC[c] !== undefined) return (push(st, GNU_ESC[c]), null);
  push(st, escapeChar(c));
  return null;
}

/** Handle an ERE operator character; returns an error, null when handled, or 'literal'. */
function ereOperator(st: St, c: string): string | null | 'literal' {
  if (c === '(') return (openGroup(st), null);
  if (c === ')') return closeGroup(st) === null ? 'literal' : null;
  if (c === '|') return (alternate(st), null);
  if (c === '+' || c === '?') return atStart(st) ? null : (quantify(st, c), null);
  if (c === '{') {
    if (atStart(st)) {
      const save = st.i;
      const q = interval(st);
      if (q && typeof q === 'object') return q.error;
      if (q === null) st.i = save;
      return q === null ? 'literal' : null;
    }
    const q = interval(st);
    if (q && typeof q === 'object') return q.error;
    return q === null ? 'literal' : (quantify(st, q), null);
  }
  return 'literal';
}

function step(st: St, opts: RegexOptions): string | null {
  const c = st.pat[st.i]!;
  if (c === '\\') return backslash(st, opts);
  if (c === '[') {
    const r = bracketExpression(st.pat, st.i, opts);
    if ('error' in r) return r.error;
    st.i = r.next;
    return (push(st, r.source), null);
  }
  st.i++;
  if (c === '.') return (push(st, '.'), null);
  if (c === '*') {
    if (atStart(st)) return st.ere ? null : (push(st, '\\*'), null);
    return (quantify(st, '*'), null);
  }
  if (c === '^' && (st.ere || atStart(st))) return (push(st, '^'), null);
  if (c === '$') {
    const rest = st.pat.slice(st.i);
    if (st.ere || rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|'))
      return (push(st, '$'), null);
  }
  if (st.ere && '(){}|+?'.includes(c)) {
    const r = ereOperator(st, c);
    if (r !== 'literal') return r;
  }
  push(st, escapeChar(c));
  return null;
}

/** Translate a POSIX pattern to JavaScript RegExp source (use flags 'us', plus 'i'/'g' as needed). */
export function translateRegex(pattern: string, opts: RegexOptions): Translation {
  const st: St = {
    pat: pattern,
    i: 0,
    ere: opts.extended,
    atoms: [],
    branchStart: 0,
    opens: [],
    groups: 0,
    closed: 0,
    lastQuantified: false,
  };
  while (st.i < pattern.length) {
    const err = step(st, opts);
    if (err) return { error: err };
  }
  if (st.opens.length > 0) return { error: 'Unmatched ( or \\(' };
  return { source: st.atoms.join(''), groups: st.groups };
}

/** Translate and compile; JavaScript's own complaints become "Invalid regular expression". */
export function compileRegex(
  pattern: string,
  opts: RegexOptions & { icase?: boolean; global?: boolean },
): RegExp | { error: string } {
  const t = translateRegex(pattern, opts);
  if ('error' in t) return t;
  try {
    return new RegExp(t.source, 'us' + (opts.icase ? 'i' : '') + (opts.global ? 'g' : ''));
  } catch {
    return { error: 'Invalid regular expression' };
  }
}

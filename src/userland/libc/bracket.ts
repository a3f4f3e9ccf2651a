// POSIX bracket expressions ([a-z], [^]x], [[:digit:]], [[.-.]], [[=a=]]) to JavaScript character
// classes, with GNU's error messages. Inside brackets a backslash is an ordinary character.

export interface BracketOptions {
  /** awk: backslash escapes work inside brackets too. */
  readonly awk?: boolean;
}

const CLASSES: Record<string, string> = {
  alpha: '\\p{L}',
  digit: '0-9',
  alnum: '\\p{L}0-9',
  upper: '\\p{Lu}',
  lower: '\\p{Ll}',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~\\u00a0-\\u{10ffff}',
  graph: '!-~\\u00a1-\\u{10ffff}',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

const UNMATCHED = 'Unmatched [, [^, [:, [., or [=';

function classChar(c: string): string {
  return '\\^-[]'.includes(c) ? '\\' + c : c;
}

const AWK_ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b' };

/** Read one bracket element at j: a char, a collating element, or a class. */
function element(
  pat: string,
  j: number,
  opts: BracketOptions,
): { kind: 'char' | 'class'; value: string; next: number } | { error: string } {
  const c = pat[j]!;
  if (c === '[' && (pat[j + 1] === ':' || pat[j + 1] === '.' || pat[j + 1] === '=')) {
    const kind = pat[j + 1]!;
    const end = pat.indexOf(kind + ']', j + 2);
    if (end < 0) return { error: UNMATCHED };
    const name = pat.slice(j + 2, end);
    if (kind === ':') {
      const cls = CLASSES[name];
      if (cls === undefined) return { error: 'Invalid character class name' };
      return { kind: 'class', value: cls, next: end + 2 };
    }
    if ([...name].length !== 1) return { error: 'Invalid collation character' };
    return { kind: 'char', value: name, next: end + 2 };
  }
  if (c === '\\' && opts.awk && j + 1 < pat.length) {
    const n = pat[j + 1]!;
    return { kind: 'char', value: AWK_ESC[n] ?? n, next: j + 2 };
  }
  const cp = String.fromCodePoint(pat.codePointAt(j)!);
  return { kind: 'char', value: cp, next: j + cp.length };
}

/** Parse the bracket expression starting at pat[i] === '['. */
export function bracketExpression(
  pat: string,
  i: number,
  opts: BracketOptions = {},
): { source: string; next: number } | { error: string } {
  let j = i + 1;
  let negate = false;
  if (pat[j] === '^') {
    negate = true;
    j++;
  }
  const items: string[] = [];
  let first = true;
  for (;;) {
    if (j >= pat.length) return { error: UNMATCHED };
    if (pat[j] === ']' && !first) break;
    first = false;
    const e = element(pat, j, opts);
    if ('error' in e) return e;
    j = e.next;
    if (e.kind === 'class') {
      items.push(e.value);
      continue;
    }
    if (pat[j] === '-' && pat[j + 1] !== ']' && j + 1 < pat.length) {
      const hi = element(pat, j + 1, opts);
      if ('error' in hi) return hi;
      if (hi.kind === 'class' || hi.value.codePointAt(0)! < e.value.codePointAt(0)!)
        return { error: 'Invalid range end' };
      items.push(`${classChar(e.value)}-${classChar(hi.value)}`);
      j = hi.next;
      continue;
    }
    items.push(classChar(e.value));
  }
  const body = pat.slice(i + 1, j);
  if (/^:.*:$/.test(body) && body.length > 1 && !opts.awk) {
    return { error: `character class syntax is [[${body}]], not [${body}]` };
  }
  const source = items.length === 0 ? (negate ? '[^]' : '[]') : `[${negate ? '^' : ''}${items.join('')}]`;
  return { source, next: j + 1 };
}

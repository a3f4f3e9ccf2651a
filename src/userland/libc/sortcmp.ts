// sort(1)'s comparison engine: key specifications (-k F[.C][OPTS][,F[.C][OPTS]]), field splitting
// (-t, or blank-to-nonblank transitions), orderings -n -g -h -M -V -f -d -i -b -r, and GNU's
// last-resort whole-line comparison (skipped with -s or -u). Comparison is byte order, as in the
// C and C.UTF-8 locales.

export interface KeyOpts {
  numeric: boolean;
  general: boolean;
  human: boolean;
  month: boolean;
  version: boolean;
  fold: boolean;
  dictionary: boolean;
  ignoreNonprinting: boolean;
  blanksStart: boolean;
  blanksEnd: boolean;
  reverse: boolean;
}

export interface KeySpec extends KeyOpts {
  sField: number;
  sChar: number;
  /** 0 means end of line. */
  eField: number;
  /** 0 means end of field. */
  eChar: number;
}

export interface SortConfig {
  keys: KeySpec[];
  global: KeyOpts;
  tab: string | null;
  stable: boolean;
  unique: boolean;
}

export function defaultOpts(): KeyOpts {
  return {
    numeric: false,
    general: false,
    human: false,
    month: false,
    version: false,
    fold: false,
    dictionary: false,
    ignoreNonprinting: false,
    blanksStart: false,
    blanksEnd: false,
    reverse: false,
  };
}

/** Apply ordering letters (bdfghiMnrV) to opts; returns false on an unknown letter. */
export function applyLetters(opts: KeyOpts, letters: string, forEnd = false): boolean {
  for (const l of letters) {
    if (l === 'b') {
      if (forEnd) opts.blanksEnd = true;
      else opts.blanksStart = true;
    } else if (l === 'd') opts.dictionary = true;
    else if (l === 'f') opts.fold = true;
    else if (l === 'g') opts.general = true;
    else if (l === 'h') opts.human = true;
    else if (l === 'i') opts.ignoreNonprinting = true;
    else if (l === 'M') opts.month = true;
    else if (l === 'n') opts.numeric = true;
    else if (l === 'r') opts.reverse = true;
    else if (l === 'V') opts.version = true;
    else return false;
  }
  return true;
}

const ORDER_LETTERS = /[bdfghiMnrV]/;

/** Parse a -k argument; returns the key or GNU's error message. */
export function parseKey(text: string): KeySpec | { error: string } {
  const m = /^(\d+)(?:\.(\d+))?([a-zA-Z]*)(?:,(\d+)(?:\.(\d+))?([a-zA-Z]*))?$/.exec(text);
  if (!m) {
    const bad = /^\d/.test(text)
      ? 'invalid count at start of'
      : 'invalid number at field start: invalid count at start of';
    return { error: `${bad} ‘${text}’` };
  }
  if (Number(m[1]) === 0) return { error: `field number is zero: invalid field specification ‘${text}’` };
  if (m[2] !== undefined && Number(m[2]) === 0)
    return { error: `character offset is zero: invalid field specification ‘${text}’` };
  const k: KeySpec = {
    ...defaultOpts(),
    sField: Number(m[1]),
    sChar: Number(m[2] ?? 1),
    eField: Number(m[4] ?? 0),
    eChar: Number(m[5] ?? 0),
  };
  if (!applyLetters(k, m[3] ?? '') || !applyLetters(k, m[6] ?? '', true)) {
    return { error: `invalid field specification ‘${text}’` };
  }
  return k;
}

/** Whether a key has any ordering option of its own (else it inherits the global ones). */
export function keyHasOpts(text: string): boolean {
  return ORDER_LETTERS.test(text.replace(/^[\d.,]+/, '')) || /,\d+(\.\d+)?[a-zA-Z]/.test(text);
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Start offsets of each field (0-based) in line. */
function fieldStarts(line: string, tab: string | null): number[] {
  const starts = [0];
  if (tab !== null) {
    for (let i = line.indexOf(tab); i >= 0; i = line.indexOf(tab, i + 1)) starts.push(i + 1);
    return starts;
  }
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isBlank(line[i])) i++;
    while (i < line.length && !isBlank(line[i])) i++;
    if (i < line.length) starts.push(i);
  }
  return starts;
}

function fieldEnd(line: string, starts: number[], f: number, tab: string | null): number {
  if (f + 1 < starts.length) return tab !== null ? starts[f + 1]! - 1 : starts[f + 1]!;
  return line.length;
}

/** The text of key k in line. */
export function extractKey(line: string, k: KeySpec, tab: string | null): string {
  const starts = fieldStarts(line, tab);
  const sf = k.sField - 1;
  if (sf >= starts.length) return '';
  let s = starts[sf]!;
  const sfEnd = fieldEnd(line, starts, sf, tab);
  if (k.blanksStart) while (s < sfEnd && isBlank(line[s])) s++;
  s = Math.min(s + k.sChar - 1, sfEnd);
  let e = line.length;
  if (k.eField > 0) {
    const ef = k.eField - 1;
    if (ef >= starts.length) e = line.length;
    else if (k.eChar === 0) e = fieldEnd(line, starts, ef, tab);
    else {
      let es = starts[ef]!;
      const efEnd = fieldEnd(line, starts, ef, tab);
      if (k.blanksEnd) while (es < efEnd && isBlank(line[es])) es++;
      e = Math.min(es + k.eChar, efEnd);
    }
  }
  return e <= s ? '' : line.slice(s, e);
}

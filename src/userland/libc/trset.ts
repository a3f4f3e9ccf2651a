// tr(1)'s SET notation, expanded to byte lists: escapes (\n \\ \NNN), ranges (a-z), classes
// ([:upper:]), equivalence classes ([=c=]) and, in SET2, repeats ([c*n], [c*]). Works on bytes
// (latin1 strings), as GNU tr does.

export interface TrSet {
  /** Expanded bytes; a repeat [c*] without count is marked by fill. */
  readonly chars: string[];
  /** Index in chars where [c*] fills up to SET1's length, or -1. */
  readonly fillAt: number;
  readonly fillChar: string;
  /** True if the set used [:upper:]/[:lower:] (for the case-conversion pairing). */
  readonly classes: string[];
}

const CLASS_RANGES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: '\t ',
  cntrl: '\x00-\x1f\x7f',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-/:-@[-`{-~',
  space: '\t-\r ',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
};

function expandRanges(spec: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    if (spec[i + 1] === '-' && i + 2 < spec.length) {
      for (let c = spec.charCodeAt(i); c <= spec.charCodeAt(i + 2); c++) out.push(String.fromCharCode(c));
      i += 2;
    } else out.push(spec[i]!);
  }
  return out;
}

const ESC: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/** Resolve backslash escapes into a list of [char, wasEscaped] pairs. */
function unescape(text: string): [string, boolean][] {
  const out: [string, boolean][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\' || i + 1 >= text.length) {
      out.push([c, false]);
      continue;
    }
    const n = text[i + 1]!;
    const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1));
    if (oct) {
      out.push([String.fromCharCode(parseInt(oct[0], 8) & 0xff), true]);
      i += oct[0].length;
    } else {
      out.push([ESC[n] ?? n, true]);
      i++;
    }
  }
  return out;
}

/** Parse a SET (latin1 bytes). Returns the expansion or GNU's error message. */
export function parseTrSet(text: string, isSet2: boolean): TrSet | { error: string } {
  const u = unescape(text);
  const chars: string[] = [];
  const classes: string[] = [];
  let fillAt = -1;
  let fillChar = '';
  const s = u.map(([c]) => c).join('');
  for (let i = 0; i < u.length; i++) {
    const [c, esc] = u[i]!;
    const rest = s.slice(i);
    const cls = !esc && /^\[:([a-z]+):\]/.exec(rest);
    if (cls) {
      const r = CLASS_RANGES[cls[1]!];
      if (r === undefined) return { error: `invalid character class ‘${cls[1]}’` };
      chars.push(...expandRanges(r));
      classes.push(cls[1]!);
      i += cls[0].length - 1;
      continue;
    }
    const eq = !esc && /^\[=(.)=\]/s.exec(rest);
    if (eq) {
      chars.push(eq[1]!);
      i += eq[0].length - 1;
      continue;
    }
    const rep = !esc && isSet2 && /^\[(.)\*(\d*)\]/s.exec(rest);
    if (rep) {
      const n = rep[2] === '' ? 0 : parseInt(rep[2]!, rep[2]!.startsWith('0') ? 8 : 10);
      if (n === 0) {
        fillAt = chars.length;
        fillChar = rep[1]!;
      } else for (let k = 0; k < n; k++) chars.push(rep[1]!);
      i += rep[0].length - 1;
      continue;
    }
    if (u[i + 1]?.[0] === '-' && !u[i + 1]![1] && i + 2 < u.length) {
      const hi = u[i + 2]![0];
      if (hi < c) return { error: `range-endpoints of '${c}-${hi}' are in reverse collating sequence order` };
      for (let k = c.charCodeAt(0); k <= hi.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
      i += 2;
      continue;
    }
    chars.push(c);
  }
  return { chars, fillAt, fillChar, classes };
}

/** Complement of a set over all 256 bytes, in byte order. */
export function complement(chars: readonly string[]): string[] {
  const inSet = new Set(chars);
  const out: string[] = [];
  for (let b = 0; b < 256; b++) if (!inSet.has(String.fromCharCode(b))) out.push(String.fromCharCode(b));
  return out;
}

/** SET2 stretched to SET1's length: [c*] fills, else the last byte repeats (GNU). */
export function stretch(set2: TrSet, len1: number): string[] {
  const out = [...set2.chars];
  if (set2.fillAt >= 0) {
    const fill = Math.max(0, len1 - out.length);
    out.splice(set2.fillAt, 0, ...Array<string>(fill).fill(set2.fillChar));
  }
  while (out.length < len1 && out.length > 0) out.push(out[out.length - 1]!);
  return out;
}

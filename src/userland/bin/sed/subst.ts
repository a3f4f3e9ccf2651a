// The s/// command: occurrence N, g, empty matches handled like GNU (no empty match right after a
// previous match), & and \1..\9, and the \U \L \u \l \E case conversions.

import type { Replacement, SedCommand } from './types';

interface SubstState {
  ps: string;
  lastRe: RegExp | null;
}

function expand(rep: Replacement, m: RegExpExecArray): string {
  let out = '';
  let mode: 'U' | 'L' | null = null;
  let once: 'u' | 'l' | null = null;
  const add = (text: string): void => {
    let t = mode === 'U' ? text.toUpperCase() : mode === 'L' ? text.toLowerCase() : text;
    if (once && t.length > 0) {
      t = (once === 'u' ? t[0]!.toUpperCase() : t[0]!.toLowerCase()) + t.slice(1);
      once = null;
    }
    out += t;
  };
  for (const p of rep.parts) {
    if (typeof p === 'string') add(p);
    else if ('group' in p) add(m[p.group] ?? '');
    else if (p.caseOp === 'U' || p.caseOp === 'L') mode = p.caseOp;
    else if (p.caseOp === 'E') mode = null;
    else once = p.caseOp;
  }
  return out;
}

/** Apply c (an `s` command) to st.ps; returns whether a substitution was made. */
export function substitute(c: SedCommand, st: SubstState): boolean {
  const re = c.re ?? st.lastRe;
  if (!re || !c.replacement) return false;
  st.lastRe = re;
  const ps = st.ps;
  let out = '';
  let copied = 0;
  let count = 0;
  let pos = 0;
  let prevEnd = -1;
  let did = false;
  while (pos <= ps.length) {
    re.lastIndex = pos;
    const m = re.exec(ps);
    if (!m) break;
    const end = m.index + m[0].length;
    if (m[0].length === 0 && m.index === prevEnd) {
      pos = m.index + 1;
      continue;
    }
    count++;
    if (count >= c.occurrence) {
      out += ps.slice(copied, m.index) + expand(c.replacement, m);
      copied = end;
      did = true;
      if (!c.global) break;
    }
    prevEnd = end;
    pos = m[0].length === 0 ? end + 1 : end;
  }
  if (did) st.ps = out + ps.slice(copied);
  return did;
}

// The sed executor: the cycle (read a line into the pattern space, run the commands, auto-print),
// ranges, hold space, branches, appends, s/// with GNU's empty-match and case-conversion rules.

import type { Gen } from '../../sys';
import type { Addr, SedCommand } from './types';
import { substitute } from './subst';

export interface SedLine {
  text: string;
  /** False when the input line had no trailing newline (the last line of a file). */
  nl: boolean;
}

export interface SedIO {
  readLine(): Gen<SedLine | null>;
  isLastLine(): Gen<boolean>;
  fileName(): string;
  /** Write to standard output (or the current -i file). */
  emit(text: string): Gen<void>;
  writeFile(name: string, text: string): Gen<void>;
  readFile(name: string): Gen<string | null>;
  compute(): Gen<void>;
}

export interface SedState {
  ps: string;
  hs: string;
  line: number;
  nl: boolean;
  tflag: boolean;
  quiet: boolean;
  lastRe: RegExp | null;
  appendQueue: ({ text: string } | { file: string })[];
  /** Set when output so far lacks its final newline. */
  pendingNl: boolean;
  exitCode: number | null;
}

function* put(io: SedIO, st: SedState, text: string, nl: boolean): Gen<void> {
  yield* io.emit((st.pendingNl ? '\n' : '') + text + (nl ? '\n' : ''));
  st.pendingNl = !nl;
}

function* matchAddr(a: Addr, st: SedState, io: SedIO): Gen<boolean> {
  if (a.kind === 'line') return st.line === a.n;
  if (a.kind === 'last') return yield* io.isLastLine();
  if (a.kind === 'step')
    return a.step <= 0 ? st.line === a.first : st.line >= a.first && (st.line - a.first) % a.step === 0;
  if (a.kind === 're') {
    const re = a.re ?? st.lastRe;
    if (!re) return false;
    st.lastRe = re;
    re.lastIndex = 0;
    return re.test(st.ps);
  }
  return false;
}

function* rangeEnds(c: SedCommand, st: SedState, io: SedIO): Gen<boolean> {
  const a2 = c.a2!;
  if (a2.kind === 'line') return st.line >= a2.n;
  if (a2.kind === 'plus') return st.line >= c.endLine;
  if (a2.kind === 'mult') return a2.n <= 0 || st.line % a2.n === 0;
  return yield* matchAddr(a2, st, io);
}

function* selected(c: SedCommand, st: SedState, io: SedIO): Gen<boolean> {
  if (!c.a1) return true;
  if (!c.a2) return yield* matchAddr(c.a1, st, io);
  if (c.active) {
    if (yield* rangeEnds(c, st, io)) c.active = false;
    return true;
  }
  if (!(yield* matchAddr(c.a1, st, io))) return false;
  const a2 = c.a2;
  if (a2.kind === 'line') c.active = a2.n > st.line;
  else if (a2.kind === 'plus') {
    c.endLine = st.line + a2.n;
    c.active = a2.n > 0;
  } else if (a2.kind === 'mult') c.active = a2.n > 0 && st.line % a2.n !== 0;
  else if (a2.kind === 'last') c.active = !(yield* io.isLastLine());
  else c.active = true;
  return true;
}

function lEscape(ps: string): string {
  const esc: Record<string, string> = {
    '\\': '\\\\',
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
  };
  let line = '';
  let out = '';
  for (const ch of ps) {
    const code = ch.codePointAt(0)!;
    const e = esc[ch] ?? (code < 32 || code === 127 ? '\\' + code.toString(8).padStart(3, '0') : ch);
    if (line.length + e.length > 69) {
      out += line + '\\\n';
      line = '';
    }
    line += e;
  }
  return out + line + '$';
}

type Flow = 'next' | 'end' | 'delete' | 'restart' | 'quit' | 'quitSilent';

/** Run one command; returns the flow decision and possibly a new pc. */
function* runCommand(c: SedCommand, st: SedState, io: SedIO): Gen<Flow | number> {
  switch (c.name) {
    case '{':
      return 'next';
    case '}':
    case ':':
      return 'next';
    case '=':
      yield* put(io, st, String(st.line), true);
      return 'next';
    case 'a':
      if (c.hasText) st.appendQueue.push({ text: c.text });
      return 'next';
    case 'i':
      if (c.hasText) yield* put(io, st, c.text, true);
      return 'next';
    case 'c':
      if ((!c.a2 || !c.active) && c.hasText) yield* put(io, st, c.text, true);
      return 'delete';
    case 'b':
      return c.jump;
    case 't':
    case 'T': {
      const jump = st.tflag === (c.name === 't');
      st.tflag = false;
      return jump ? c.jump : 'next';
    }
    case 'd':
      return 'delete';
    case 'D': {
      const i = st.ps.indexOf('\n');
      if (i < 0) return 'delete';
      st.ps = st.ps.slice(i + 1);
      return 'restart';
    }
    case 'g':
      st.ps = st.hs;
      return 'next';
    case 'G':
      st.ps += '\n' + st.hs;
      return 'next';
    case 'h':
      st.hs = st.ps;
      return 'next';
    case 'H':
      st.hs += '\n' + st.ps;
      return 'next';
    case 'x':
      [st.ps, st.hs] = [st.hs, st.ps];
      return 'next';
    case 'l':
      yield* put(io, st, lEscape(st.ps), true);
      return 'next';
    case 'p':
      yield* put(io, st, st.ps, st.nl);
      return 'next';
    case 'P':
      yield* put(io, st, st.ps.split('\n')[0]!, true);
      return 'next';
    case 'q':
    case 'Q':
      st.exitCode = Number(c.text || '0');
      return c.name === 'q' ? 'quit' : 'quitSilent';
    case 'r':
      st.appendQueue.push({ file: c.text });
      return 'next';
    case 'w':
      yield* io.writeFile(c.text, st.ps + '\n');
      return 'next';
    case 'z':
      st.ps = '';
      return 'next';
    case 'F':
      yield* put(io, st, io.fileName(), true);
      return 'next';
    case 'y':
      st.ps = [...st.ps].map((ch) => c.map?.get(ch) ?? ch).join('');
      return 'next';
    case 's':
      if (substitute(c, st)) {
        st.tflag = true;
        for (let k = 0; k < c.print; k++) yield* put(io, st, st.ps, st.nl);
        if (c.wfile) yield* io.writeFile(c.wfile, st.ps + '\n');
      }
      return 'next';
    default:
      return yield* nextLineCommand(c, st, io);
  }
}

/** n and N, which read input in the middle of a cycle. */
function* nextLineCommand(c: SedCommand, st: SedState, io: SedIO): Gen<Flow> {
  if (yield* io.isLastLine()) return 'quit';
  if (c.name === 'n' && !st.quiet) yield* put(io, st, st.ps, st.nl);
  if (c.name === 'n') yield* flushAppends(st, io);
  const next = (yield* io.readLine())!;
  st.line++;
  st.nl = next.nl;
  st.ps = c.name === 'N' ? st.ps + '\n' + next.text : next.text;
  return 'next';
}

function* flushAppends(st: SedState, io: SedIO): Gen<void> {
  for (const a of st.appendQueue) {
    if ('text' in a) yield* put(io, st, a.text, true);
    else {
      const t = yield* io.readFile(a.file);
      if (t !== null && t !== '') yield* put(io, st, t.endsWith('\n') ? t.slice(0, -1) : t, t.endsWith('\n'));
    }
  }
  st.appendQueue = [];
}

/** Run the program over all input; returns the exit code requested by q/Q, or null. */
export function* runSed(cmds: readonly SedCommand[], st: SedState, io: SedIO): Gen<number | null> {
  for (const c of cmds) c.active = c.a1?.kind === 'line' && c.a1.n === 0;
  let restart = false;
  for (;;) {
    if (!restart) {
      const l = yield* io.readLine();
      if (l === null) return st.exitCode;
      st.line++;
      st.ps = l.text;
      st.nl = l.nl;
      st.tflag = false;
    }
    let pc = 0;
    let flow: Flow = 'end';
    while (pc < cmds.length) {
      const c = cmds[pc]!;
      const sel = (yield* selected(c, st, io)) !== c.negate;
      if (!sel) {
        pc = c.name === '{' ? c.jump : pc + 1;
        continue;
      }
      const r = yield* runCommand(c, st, io);
      if (typeof r === 'number') pc = r;
      else if (r === 'next') pc++;
      else {
        flow = r;
        break;
      }
    }
    yield* io.compute();
    if (flow !== 'delete' && flow !== 'quitSilent' && flow !== 'restart' && !st.quiet)
      yield* put(io, st, st.ps, st.nl);
    yield* flushAppends(st, io);
    if (flow === 'quit' || flow === 'quitSilent') return st.exitCode ?? 0;
    restart = flow === 'restart';
  }
}

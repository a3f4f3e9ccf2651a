// Parse whole sed scripts (several -e expressions and -f files) into a flat command list with
// resolved block ends and branch targets.

import { SedError, addresses, fail, fileName, peek, skipWs, substitute, transliterate } from './parse';
import type { P } from './parse';
import type { SedCommand } from './types';

export interface ScriptPiece {
  readonly text: string;
  /** "-e expression #1" or "file script.sed line" (as GNU names it). */
  readonly where: string;
}

function blank(): SedCommand {
  return {
    a1: null,
    a2: null,
    negate: false,
    name: '',
    text: '',
    re: null,
    replacement: null,
    global: false,
    occurrence: 1,
    print: 0,
    map: null,
    jump: -1,
    active: false,
    endLine: 0,
    hasText: true,
    wfile: '',
  };
}

/** a/i/c text: GNU one-liner `a text`, or `a\` followed by lines ending in `\`. */
function textArg(p: P, cmd: SedCommand): string {
  skipWs(p);
  if (p.s[p.i] === '\\') {
    p.i++;
    skipWs(p);
    if (p.s[p.i] === '\n') p.i++;
    else if (p.i >= p.s.length) cmd.hasText = false;
  } else if (p.i >= p.s.length) fail(p, "expected \\ after `a', `c' or `i'");
  let out = '';
  while (p.i < p.s.length) {
    const c = p.s[p.i++]!;
    if (c === '\\') {
      const n = p.s[p.i++];
      if (n !== undefined) out += n;
    } else if (c === '\n') break;
    else out += c;
  }
  return out;
}

function label(p: P): string {
  skipWs(p);
  const m = /^[^;\n]*/.exec(p.s.slice(p.i))!;
  p.i += m[0].length;
  return m[0].trim();
}

/** After a command: only blanks, then ; newline } # or end. */
function endOfCommand(p: P): void {
  skipWs(p);
  const c = peek(p);
  if (c === undefined || c === '\n' || c === ';') {
    if (c !== undefined) p.i++;
    return;
  }
  if (c === '}' || c === '#') return;
  fail(p, 'extra characters after command', p.i + 1);
}

function commandArgs(p: P, cmd: SedCommand): void {
  const n = cmd.name;
  if (n === 's') substitute(p, cmd);
  else if (n === 'y') transliterate(p, cmd);
  else if ('aic'.includes(n)) return void (cmd.text = textArg(p, cmd));
  else if (n === ':') {
    if (cmd.a1) fail(p, ": doesn't want any addresses");
    cmd.text = label(p);
    if (cmd.text === '') fail(p, '":" lacks a label');
    return;
  } else if ('btT'.includes(n)) return void ((cmd.text = label(p)), endOfCommand(p));
  else if ('rRwW'.includes(n)) return void (cmd.text = fileName(p));
  else if ('qQlL'.includes(n)) {
    skipWs(p);
    const m = /^\d+/.exec(p.s.slice(p.i));
    if (m) {
      cmd.text = m[0];
      p.i += m[0].length;
    }
  } else if (!'=dDgGhHnNpPxzF'.includes(n)) fail(p, `unknown command: \`${n}'`);
  endOfCommand(p);
}

function parsePiece(piece: ScriptPiece, ere: boolean, out: SedCommand[], opens: number[]): void {
  const p: P = { s: piece.text, i: 0, ere, where: piece.where };
  for (;;) {
    while (p.i < p.s.length && /[\s;]/.test(p.s[p.i]!)) p.i++;
    if (p.i >= p.s.length) return;
    if (p.s[p.i] === '#') {
      while (p.i < p.s.length && p.s[p.i] !== '\n') p.i++;
      continue;
    }
    const cmd = blank();
    addresses(p, cmd);
    skipWs(p);
    while (peek(p) === '!') {
      cmd.negate = true;
      p.i++;
      skipWs(p);
    }
    const c = p.s[p.i++];
    if (c === undefined) fail(p, 'missing command');
    cmd.name = c;
    if (c === '{') {
      opens.push(out.length);
      out.push(cmd);
      continue;
    }
    if (c === '}') {
      const o = opens.pop();
      if (o === undefined || cmd.a1) fail(p, cmd.a1 ? "} doesn't want any addresses" : "unexpected `}'");
      out[o]!.jump = out.length + 1;
      out.push(cmd);
      endOfCommand(p);
      continue;
    }
    commandArgs(p, cmd);
    out.push(cmd);
  }
}

/** Parse all pieces; throws SedError with GNU's message. */
export function parseScript(pieces: readonly ScriptPiece[], ere: boolean): SedCommand[] {
  const out: SedCommand[] = [];
  const opens: number[] = [];
  for (const piece of pieces) parsePiece(piece, ere, out, opens);
  if (opens.length > 0) throw new SedError(`${pieces[pieces.length - 1]!.where}, char 0: unmatched \`{'`);
  const labels = new Map<string, number>();
  out.forEach((c, i) => c.name === ':' && labels.set(c.text, i));
  for (const c of out) {
    if (!'btT'.includes(c.name)) continue;
    if (c.text === '') c.jump = out.length;
    else {
      const at = labels.get(c.text);
      if (at === undefined) throw new SedError(`can't find label for jump to \`${c.text}'`);
      c.jump = at;
    }
  }
  return out;
}

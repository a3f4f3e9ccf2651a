// Reading and running text: a script, a -c string, eval and source are parsed one command line
// at a time and each line runs before the next is parsed, so a syntax error stops the script only
// where bash would. Also command substitution, which runs its commands in a forked child and
// reads their output through a pipe.

import type { List } from '../ast';
import { AbortLine, ExitShell } from '../shell';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { Parser } from '../parser';
import { ShSyntaxError } from '../scanner';
import { writeAll } from '../../libc/io';
import { decode, concatBytes } from '../../../lib/utf8';
import { exitCode } from '../jobs';
import { forkShell } from './fork';
import { runListExec } from './run';

/** Where text comes from, for syntax error messages: "-c: ", "eval: " or a script. */
export type SourceKind = '-c' | 'eval' | 'file' | 'stdin';

function syntaxPrefix(sh: Shell, kind: SourceKind, line: number): string {
  const name = sh.funcSource ?? sh.arg0;
  if (kind === '-c') return `${name}: -c: line ${line}: `;
  if (sh.interactive) return `${name}: `;
  return `${name}: ${kind === 'eval' ? 'eval: ' : ''}line ${line}: `;
}

export function* reportSyntax(sh: Shell, e: ShSyntaxError, kind: SourceKind): Gen<void> {
  const prefix = syntaxPrefix(sh, kind, e.line);
  let text = `${prefix}${e.message}\n`;
  if (e.lineText !== undefined && !sh.interactive) text += `${prefix}\`${e.lineText}'\n`;
  yield* writeAll(sh.sys, 2, text);
}

export function parserFor(sh: Shell, text: string, firstLine = 1): Parser {
  const aliases = (n: string): string | undefined =>
    sh.interactive || sh.opts.has('expand_aliases') ? sh.aliases.get(n) : undefined;
  return new Parser(text, { aliases, firstLine });
}

/**
 * Is the text a complete command (or a syntax error)? False when more lines are needed: an open
 * quote or compound command, a here-document whose delimiter has not come yet, or a last line
 * ending in a backslash (a line continuation), as bash reads them interactively.
 */
export function isComplete(text: string): boolean {
  if (/(^|[^\\])(\\\\)*\\\n$/.test(text)) return false;
  const p = new Parser(text);
  try {
    while (p.next() !== null);
    return p.warnings.length === 0;
  } catch (e) {
    return !(e instanceof ShSyntaxError && e.incomplete);
  }
}

/**
 * Run text line by line. Returns the last status; a syntax error returns 2 (the caller decides
 * whether the shell exits). AbortLine from a line is handled here: the line is dropped.
 */
export function* runText(sh: Shell, text: string, kind: SourceKind, firstLine = 1): Gen<number> {
  const p = parserFor(sh, text, firstLine);
  for (;;) {
    let list: List | null;
    try {
      list = p.next();
    } catch (e) {
      if (!(e instanceof ShSyntaxError)) throw e;
      yield* reportSyntax(sh, e, kind);
      sh.status = 2;
      if (kind === 'eval' || sh.interactive) return 2;
      throw new ExitShell(2);
    }
    for (const w of p.warnings.splice(0)) {
      yield* sh.error(
        `warning: here-document at line ${w.line} delimited by end-of-file (wanted \`${w.delimiter}')`,
      );
    }
    if (list === null) return sh.status;
    if (sh.opt('verbose')) yield* writeAll(sh.sys, 2, text.slice(0, p.pos));
    if (sh.opt('noexec')) continue;
    yield* runLine(sh, list, kind, kind === '-c' && p.atEndOfInput());
  }
}

/** Run one parsed line; `exec`: it ends `bash -c`, whose final simple command bash execs. */
function* runLine(sh: Shell, list: List, kind: SourceKind, exec = false): Gen<void> {
  try {
    if (exec) yield* runListExec(sh, list);
    else yield* sh.hooks.runList(sh, list);
  } catch (e) {
    if (!(e instanceof AbortLine)) throw e;
    sh.status = e.status;
    if (e.fatal && !sh.interactive) throw new ExitShell(e.status);
    if (kind === 'eval' || sh.funcDepth > 0) throw e;
  }
}

/** eval / trap actions: parse and run in this shell. */
export function* evalString(sh: Shell, text: string): Gen<number> {
  return yield* runText(sh, text, 'eval');
}

/** $(...): run in a child with stdout on a pipe; returns the output (trailing newlines kept). */
export function* cmdSubst(sh: Shell, body: List): Gen<string> {
  const p = yield* sh.sys.pipe2(0);
  if (typeof p === 'number') return '';
  const [r, w] = p;
  const pid = yield* forkShell(
    sh,
    function* (child) {
      yield* child.sys.close(r);
      if (w !== 1) {
        yield* child.sys.dup2(w, 1);
        yield* child.sys.close(w);
      }
      child.traceLevel++;
      child.inComsub = true;
      return yield* runListExec(child, body);
    },
    { pgid: undefined, foreground: false },
  );
  yield* sh.sys.close(w);
  const chunks: Uint8Array[] = [];
  for (;;) {
    const c = yield* sh.sys.read(r, 65536);
    if (typeof c === 'number') {
      if (c === -4) continue;
      break;
    }
    if (c.length === 0) break;
    chunks.push(c);
  }
  yield* sh.sys.close(r);
  let status = 0;
  for (;;) {
    const res = yield* sh.sys.wait4(pid, 0);
    if (typeof res === 'number' && res === -4) continue;
    if (typeof res !== 'number') status = exitCode(res.status);
    break;
  }
  sh.substStatus = status;
  sh.status = status;
  return decode(concatBytes(chunks));
}

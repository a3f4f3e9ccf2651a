// Compound commands in the current shell: { }, if, while/until, for, for (( )), case, (( )),
// [[ ]], function definitions; ( ) forks a subshell. Each loop iteration costs CPU time
// (sys.compute) so `while :; do :; done` can be preempted and interrupted.

import type { Command, List } from '../ast';
import { AbortLine, LoopControl } from '../shell';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { applyRedirs, redirectsStdin, restore } from './redirect';
import type { Undo } from './redirect';
import { arith, expandPattern, expandStr, expandWords } from '../expand/word';
import { patternMatch } from '../expand/pattern';
import { forkShell, jobControl, reportStatus, waitForeground } from './fork';
import { evalCond } from './cond';
import { xtrace } from './xtrace';

const LOOP_COST_NS = 1000;

function* cond(sh: Shell, list: List): Gen<number> {
  sh.noErrexit++;
  try {
    return yield* sh.hooks.runList(sh, list);
  } finally {
    sh.noErrexit--;
  }
}

/** Run a loop body; returns 'break' or 'continue' after handling break/continue N. */
function* loopBody(sh: Shell, body: List): Gen<'break' | 'next'> {
  try {
    yield* sh.hooks.runList(sh, body);
  } catch (e) {
    if (!(e instanceof LoopControl)) throw e;
    if (e.levels > 1) {
      e.levels--;
      throw e;
    }
    return e.kind === 'break' ? 'break' : 'next';
  }
  return 'next';
}

export function* runCompound(sh: Shell, cmd: Command, text: string): Gen<number> {
  if (cmd.t === 'func') {
    sh.funcs.set(cmd.name, { body: cmd.body, source: sh.sourceName });
    return 0;
  }
  if (cmd.t === 'subshell') return yield* subshell(sh, cmd, text);
  let undo: Undo | undefined;
  if (cmd.redirs.length > 0) {
    undo = [];
    if (!(yield* applyRedirs(sh, cmd.redirs, undo))) {
      yield* restore(sh, undo);
      return 1;
    }
  }
  const stdinRedir = redirectsStdin(cmd.redirs) ? 1 : 0;
  sh.stdinRedir += stdinRedir;
  try {
    return yield* compoundBody(sh, cmd);
  } finally {
    sh.stdinRedir -= stdinRedir;
    if (undo) yield* restore(sh, undo);
  }
}

/** `( list )`: the child runs the body itself (runCommand with `forked`), execing where bash does. */
function* subshell(sh: Shell, cmd: Command, text: string): Gen<number> {
  const jc = jobControl(sh);
  const pid = yield* forkShell(sh, (child) => child.hooks.runCommand(child, cmd, text, true), {
    pgid: jc ? 0 : undefined,
    foreground: jc,
  });
  const [status] = yield* waitForeground(sh, [pid], pid, text);
  return yield* reportStatus(sh, pid, status ?? 0, text);
}

function* compoundBody(sh: Shell, cmd: Command): Gen<number> {
  switch (cmd.t) {
    case 'group':
      return yield* sh.hooks.runList(sh, cmd.body);
    case 'if':
      for (const c of cmd.clauses) {
        if ((yield* cond(sh, c.cond)) === 0) return yield* sh.hooks.runList(sh, c.body);
      }
      return cmd.otherwise ? yield* sh.hooks.runList(sh, cmd.otherwise) : 0;
    case 'while':
      return yield* whileLoop(sh, cmd.cond, cmd.body, cmd.until);
    case 'for':
      return yield* forLoop(sh, cmd);
    case 'cfor':
      return yield* cForLoop(sh, cmd);
    case 'case':
      return yield* caseCommand(sh, cmd);
    case 'arith': {
      const expr = yield* expandStr(sh, cmd.expr);
      if (sh.opt('xtrace')) yield* xtrace(sh, ['((', expr, '))']);
      try {
        return (yield* arith(sh, expr.replace(/^\s+/, ''), '((: ')) === 0n ? 1 : 0;
      } catch (e) {
        if (e instanceof AbortLine) return 1;
        throw e;
      }
    }
    case 'cond':
      return yield* evalCond(sh, cmd.expr);
    default:
      return 0;
  }
}

function* whileLoop(sh: Shell, c: List, body: List, until: boolean): Gen<number> {
  let status = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      yield* sh.sys.compute(LOOP_COST_NS);
      const r = yield* cond(sh, c);
      if ((r === 0) === until) break;
      const next = yield* loopBody(sh, body);
      status = sh.status;
      if (next === 'break') break;
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

function* forLoop(sh: Shell, cmd: Extract<Command, { t: 'for' }>): Gen<number> {
  const items = cmd.words ? yield* expandWords(sh, cmd.words) : [...sh.params];
  let status = 0;
  sh.loopDepth++;
  try {
    for (const item of items) {
      yield* sh.sys.compute(LOOP_COST_NS);
      sh.vars.set(cmd.name, item);
      if (sh.opt('xtrace')) yield* xtrace(sh, ['for', cmd.name, 'in', item]);
      const next = yield* loopBody(sh, cmd.body);
      status = sh.status;
      if (next === 'break') break;
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

function* cForLoop(sh: Shell, cmd: Extract<Command, { t: 'cfor' }>): Gen<number> {
  let status = 0;
  const run = function* (w: typeof cmd.init): Gen<bigint> {
    const text = yield* expandStr(sh, w);
    return text.trim() === '' ? 1n : yield* arith(sh, text, '((: ');
  };
  sh.loopDepth++;
  try {
    yield* run(cmd.init);
    for (;;) {
      yield* sh.sys.compute(LOOP_COST_NS);
      if ((yield* run(cmd.cond)) === 0n) break;
      const next = yield* loopBody(sh, cmd.body);
      status = sh.status;
      if (next === 'break') break;
      yield* run(cmd.step);
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

function* caseCommand(sh: Shell, cmd: Extract<Command, { t: 'case' }>): Gen<number> {
  const word = yield* expandStr(sh, cmd.word, 'start');
  let status = 0;
  let fall = false;
  for (let i = 0; i < cmd.items.length; i++) {
    const item = cmd.items[i]!;
    let matched = fall;
    if (!matched) {
      for (const p of item.patterns) {
        if (patternMatch(yield* expandPattern(sh, p), word)) {
          matched = true;
          break;
        }
      }
    }
    if (!matched) continue;
    status = yield* sh.hooks.runList(sh, item.body);
    if (item.term === ';;') return status;
    fall = item.term === ';&';
  }
  return status;
}

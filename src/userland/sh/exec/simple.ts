// Simple commands (bash's execute_simple_command): expand the words, perform assignments, then
// run a function, a builtin (in this shell, redirections saved and restored) or an external
// program (forked; the child applies redirections and calls execve).

import type { Assign, Command } from '../ast';
import { AbortLine, ReturnFunc } from '../shell';
import type { FuncDef, Shell } from '../shell';
import type { Gen } from '../../sys';
import { CLOCK_MONOTONIC } from '../../sys';
import { arith, expandStr, expandWords } from '../expand/word';
import { ReadonlyError } from '../vars';
import { applyRedirs, restore } from './redirect';
import type { Undo } from './redirect';
import { forkShell, jobControl, reportStatus, waitForeground } from './fork';
import { xtrace } from './xtrace';
import { BUILTINS } from '../builtins';
import { execExternal, findCommand } from './external';
import { deepCall } from '../../libc/trampoline';

type Simple = Extract<Command, { t: 'simple' }>;

export const MAX_FUNC_DEPTH = 1000;
const COMMAND_COST_NS = 1000;

/** Assign one `name=value` word in the current shell. */
export function* assign(sh: Shell, a: Assign, trace: string[] | undefined): Gen<void> {
  try {
    if (a.array) {
      const values = yield* expandWords(sh, a.array);
      sh.vars.setArray(a.name, values, a.append);
      trace?.push(`${a.name}=(${values.join(' ')})`);
      return;
    }
    let value = a.value ? yield* expandStr(sh, a.value, 'assign') : '';
    const v = sh.vars.lookup(a.name);
    if (v?.integer)
      value = String(yield* arith(sh, a.append ? `${sh.vars.get(a.name) || 0}+(${value})` : value));
    else if (a.append) value = (a.index ? '' : (sh.vars.get(a.name) ?? '')) + value;
    trace?.push(
      `${a.name}${a.index ? `[${a.index.text}]` : ''}${a.append && !v?.integer ? '+' : ''}=${value}`,
    );
    if (a.name === 'SECONDS' && !a.index && !sh.vars.lookup('SECONDS')) {
      // bash's SECONDS keeps counting from the assigned value.
      const now = yield* sh.sys.clock_gettime(CLOCK_MONOTONIC);
      sh.startSec = now.sec - Math.trunc(Number(value) || 0);
      return;
    }
    if (a.index) {
      const i = Number(yield* arith(sh, yield* expandStr(sh, a.index)));
      sh.vars.setElement(a.name, i, a.append ? (sh.vars.get(a.name) ?? '') + value : value);
    } else {
      const nv = sh.vars.set(a.name, value);
      if (sh.opt('allexport')) nv.exported = true;
    }
  } catch (e) {
    if (e instanceof ReadonlyError) {
      yield* sh.error(e.message);
      throw new AbortLine(1, false);
    }
    throw e;
  }
}

export function* runSimple(sh: Shell, cmd: Simple, text: string, forked: boolean): Gen<number> {
  yield* sh.sys.compute(COMMAND_COST_NS);
  sh.substStatus = undefined;
  const argv = cmd.words.length === 0 ? [] : yield* expandWords(sh, cmd.words);
  const trace = sh.opt('xtrace') ? [] : undefined;
  if (argv.length === 0) {
    for (const a of cmd.assigns) yield* assign(sh, a, trace);
    if (trace) for (const t of trace) yield* xtrace(sh, [t]);
    const status = sh.substStatus ?? 0;
    if (cmd.redirs.length > 0) {
      const undo: Undo = [];
      const ok = yield* applyRedirs(sh, cmd.redirs, undo);
      yield* restore(sh, undo);
      if (!ok) return 1;
    }
    return status;
  }
  const name = argv[0]!;
  const func = sh.funcs.get(name);
  const builtin = func ? undefined : BUILTINS[name];
  if (func || builtin) {
    const restoreVars = yield* tempAssign(sh, cmd.assigns, trace);
    if (trace) yield* xtrace(sh, [...trace, ...argv], false);
    try {
      return yield* inShell(sh, cmd, () => (func ? runFunction(sh, name, func, argv) : builtin!(sh, argv)));
    } finally {
      restoreVars();
    }
  }
  return yield* runExternal(sh, cmd, argv, text, forked, trace);
}

/** Prefix assignments for a builtin or function: set now, undone afterwards. */
function* tempAssign(sh: Shell, assigns: readonly Assign[], trace: string[] | undefined): Gen<() => void> {
  if (assigns.length === 0) return () => {};
  const saved = assigns.map((a) => [a.name, sh.vars.lookup(a.name)] as const);
  const copies = saved.map(([n, v]) => [n, v ? { ...v } : undefined] as const);
  for (const a of assigns) {
    yield* assign(sh, a, trace);
    const v = sh.vars.lookup(a.name);
    if (v) v.exported = true;
  }
  return () => {
    for (const [n, v] of copies) {
      if (v) {
        const cur = sh.vars.lookup(n);
        if (cur) Object.assign(cur, v);
        else sh.vars.global.set(n, v);
      } else sh.vars.unset(n);
    }
  };
}

function* inShell(sh: Shell, cmd: Simple, run: () => Gen<number>): Gen<number> {
  if (cmd.redirs.length === 0) return yield* run();
  const undo: Undo = [];
  sh.keepRedirs = false;
  try {
    if (!(yield* applyRedirs(sh, cmd.redirs, undo))) return 1;
    return yield* run();
  } finally {
    if (sh.keepRedirs) {
      for (const [, copy] of undo) if (copy >= 0) yield* sh.sys.close(copy);
      sh.keepRedirs = false;
    } else yield* restore(sh, undo);
  }
}

/** Run argv as a builtin, (optionally) a function, or a program; redirections already applied. */
export function* runArgv(sh: Shell, argv: readonly string[], functions: boolean): Gen<number> {
  const name = argv[0]!;
  const func = functions ? sh.funcs.get(name) : undefined;
  if (func) return yield* runFunction(sh, name, func, argv);
  const builtin = BUILTINS[name];
  if (builtin) return yield* builtin(sh, argv);
  const path = yield* findCommand(sh, name);
  const text = argv.join(' ');
  const jc = jobControl(sh);
  const pid = yield* forkShell(sh, (child) => execExternal(child, path, argv), {
    pgid: jc ? 0 : undefined,
    foreground: jc,
  });
  const [status] = yield* waitForeground(sh, [pid], pid, text);
  return yield* reportStatus(sh, pid, status ?? 0, text);
}

export function* runFunction(sh: Shell, name: string, f: FuncDef, argv: readonly string[]): Gen<number> {
  if (sh.funcDepth >= MAX_FUNC_DEPTH) {
    yield* sh.error(`${name}: maximum function nesting level exceeded (${MAX_FUNC_DEPTH})`);
    throw new AbortLine(1, false);
  }
  const saved = { params: sh.params, source: sh.funcSource, line: sh.line, name: sh.funcName };
  sh.params = argv.slice(1);
  sh.funcSource = f.source;
  sh.funcName = name;
  sh.funcDepth++;
  sh.vars.scopes.push(new Map());
  try {
    return yield* deepCall(sh.hooks.runCommand(sh, f.body, name));
  } catch (e) {
    if (e instanceof ReturnFunc) return e.status;
    throw e;
  } finally {
    sh.vars.scopes.pop();
    sh.funcDepth--;
    sh.params = saved.params;
    sh.funcSource = saved.source;
    sh.funcName = saved.name;
    sh.line = saved.line;
  }
}

function* runExternal(
  sh: Shell,
  cmd: Simple,
  argv: string[],
  text: string,
  forked: boolean,
  trace: string[] | undefined,
): Gen<number> {
  const name = argv[0]!;
  const path = yield* findCommand(sh, name);
  const body = function* (child: Shell): Gen<number> {
    for (const a of cmd.assigns) {
      yield* assign(child, a, trace);
      const v = child.vars.lookup(a.name);
      if (v) v.exported = true;
    }
    if (trace) yield* xtrace(child, [...trace, ...argv]);
    if (!(yield* applyRedirs(child, cmd.redirs, null))) return 1;
    return yield* execExternal(child, path, argv);
  };
  if (forked) return yield* body(sh);
  const jc = jobControl(sh);
  const pid = yield* forkShell(sh, body, { pgid: jc ? 0 : undefined, foreground: jc });
  const [status] = yield* waitForeground(sh, [pid], pid, text);
  return yield* reportStatus(sh, pid, status ?? 0, text);
}

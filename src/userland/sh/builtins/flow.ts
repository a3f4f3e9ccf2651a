// Control builtins: exit, return, break, continue, eval, source/., exec, command, builtin, type.

import { strerror } from '../../../kernel/abi/errno';
import { ExitShell, LoopControl, ReturnFunc } from '../shell';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { readText } from '../../libc/io';
import { execExternal, findCommand } from '../exec/external';
import { runText } from '../exec/script';
import { RESERVED } from '../parser';
import type { Builtin } from './util';
import { out } from './util';
import { printFunction } from './functext';

function* numericArg(
  sh: Shell,
  name: string,
  arg: string | undefined,
  dflt: number,
): Gen<number | undefined> {
  if (arg === undefined) return dflt;
  if (!/^\s*[-+]?\d+\s*$/.test(arg)) {
    yield* sh.error(`${name}: ${arg}: numeric argument required`);
    return undefined;
  }
  return Number(arg) & 0xff;
}

export const exit: Builtin = function* (sh, argv) {
  if (argv.length > 2) {
    yield* sh.error('exit: too many arguments');
    return 1;
  }
  // bash says "exit" when an interactive shell exits; busybox ash does not.
  if (sh.interactive && !sh.isChild && sh.applets.size === 0) yield* sh.sys.write(2, 'exit\n');
  const n = yield* numericArg(sh, 'exit', argv[1], sh.status);
  throw new ExitShell(n ?? 2);
};

export const return_: Builtin = function* (sh, argv) {
  if (sh.funcDepth === 0 && sh.sourceDepth === 0) {
    yield* sh.error("return: can only `return' from a function or sourced script");
    return 2;
  }
  const n = yield* numericArg(sh, 'return', argv[1], sh.status);
  throw new ReturnFunc(n ?? 2);
};

function loopBuiltin(kind: 'break' | 'continue'): Builtin {
  return function* (sh, argv) {
    if (sh.loopDepth === 0) {
      yield* sh.error(`${kind}: only meaningful in a \`for', \`while', or \`until' loop`);
      return 0;
    }
    const arg = argv[1] ?? '1';
    if (!/^-?\d+$/.test(arg)) {
      yield* sh.error(`${kind}: ${arg}: numeric argument required`);
      throw new LoopControl('break', sh.loopDepth);
    }
    const n = Number(arg);
    if (n < 1) {
      yield* sh.error(`${kind}: ${arg}: loop count out of range`);
      return 1;
    }
    throw new LoopControl(kind, Math.min(n, sh.loopDepth));
  };
}

export const break_ = loopBuiltin('break');
export const continue_ = loopBuiltin('continue');

export const eval_: Builtin = function* (sh, argv) {
  const text = argv.slice(1).join(' ');
  if (text.trim() === '') return 0;
  return yield* sh.hooks.evalString(sh, text);
};

export const source: Builtin = function* (sh, argv) {
  const file = argv[1];
  if (file === undefined) {
    yield* sh.error(`${argv[0]}: filename argument required`);
    yield* sh.sys.write(2, `${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
    return 2;
  }
  const path = file.includes('/') ? file : ((yield* findSourcePath(sh, file)) ?? file);
  const text = yield* readText(sh.sys, path);
  if (typeof text === 'number') {
    yield* sh.error(`${file}: ${strerror(text)}`);
    return 1;
  }
  const saved = { params: sh.params, source: sh.funcSource, sname: sh.sourceName, line: sh.line };
  if (argv.length > 2) sh.params = argv.slice(2);
  sh.funcSource = file;
  sh.sourceName = file;
  sh.sourceDepth++;
  try {
    return yield* runText(sh, text, 'file');
  } catch (e) {
    if (e instanceof ReturnFunc) return e.status;
    throw e;
  } finally {
    sh.sourceDepth--;
    if (argv.length > 2) sh.params = saved.params;
    sh.funcSource = saved.source;
    sh.sourceName = saved.sname;
    sh.line = saved.line;
  }
};

function* findSourcePath(sh: Shell, name: string): Gen<string | undefined> {
  for (const dir of (sh.vars.get('PATH') ?? '').split(':')) {
    const full = `${dir || '.'}/${name}`;
    const st = yield* sh.sys.stat(full);
    if (typeof st !== 'number' && (st.mode & 0o170000) === 0o100000) return full;
  }
  const st = yield* sh.sys.stat(name);
  return typeof st === 'number' ? undefined : name;
}

export const exec: Builtin = function* (sh, argv) {
  let i = 1;
  if (argv[i] === '--') i++;
  const args = argv.slice(i);
  if (args.length === 0) {
    sh.keepRedirs = true;
    return 0;
  }
  const path = yield* findCommand(sh, args[0]!);
  const status = yield* execExternal(sh, path, args);
  if (!sh.interactive) throw new ExitShell(status);
  return status;
};

/** command [-pvV] name [args]: skip functions; -v/-V describe. */
export const command: Builtin = function* (sh, argv) {
  let i = 1;
  let describe: '' | 'v' | 'V' = '';
  for (; i < argv.length && /^-[pvV]+$/.test(argv[i]!); i++) {
    if (argv[i]!.includes('V')) describe = 'V';
    else if (argv[i]!.includes('v')) describe = describe || 'v';
  }
  if (argv[i] === '--') i++;
  const args = argv.slice(i);
  if (args.length === 0) return 0;
  if (describe !== '') return yield* typeOf(sh, args, describe === 'v' ? 'short' : 'long', false);
  return yield* sh.hooks.runArgv(sh, args, false);
};

export const builtin: Builtin = function* (sh, argv) {
  const args = argv.slice(argv[1] === '--' ? 2 : 1);
  if (args.length === 0) return 0;
  const found = sh.hooks.builtin(args[0]!);
  if (!found) {
    yield* sh.error(`builtin: ${args[0]}: not a shell builtin`);
    return 1;
  }
  return yield* found(sh, args);
};

export const type: Builtin = function* (sh, argv) {
  let i = 1;
  let mode: 'long' | 'type' | 'path' = 'long';
  let all = false;
  for (; i < argv.length && /^-[atpPf]+$/.test(argv[i]!); i++) {
    if (argv[i]!.includes('t')) mode = 'type';
    if (argv[i]!.includes('p') || argv[i]!.includes('P')) mode = 'path';
    if (argv[i]!.includes('a')) all = true;
  }
  return yield* typeOf(sh, argv.slice(i), mode, all);
};

function* typeOf(
  sh: Shell,
  names: readonly string[],
  mode: 'long' | 'short' | 'type' | 'path',
  _all: boolean,
): Gen<number> {
  let status = 0;
  let text = '';
  let anyFound = false;
  for (const n of names) {
    const alias = sh.aliases.get(n);
    const func = sh.funcs.get(n);
    let line: string | undefined;
    if (alias !== undefined && mode !== 'path') {
      line =
        mode === 'long'
          ? `${n} is aliased to \`${alias}'`
          : mode === 'type'
            ? 'alias'
            : `alias ${n}='${alias}'`;
    } else if (RESERVED.has(n) && mode !== 'path') {
      line = mode === 'long' ? `${n} is a shell keyword` : mode === 'type' ? 'keyword' : n;
    } else if (func && mode !== 'path') {
      line =
        mode === 'long'
          ? `${n} is a function\n${printFunction(n, func.body)}`
          : mode === 'type'
            ? 'function'
            : n;
    } else if (sh.hooks.builtin(n) && mode !== 'path') {
      line = mode === 'long' ? `${n} is a shell builtin` : mode === 'type' ? 'builtin' : n;
    } else {
      const path = yield* findCommand(sh, n);
      const st = path === undefined ? -1 : yield* sh.sys.access(path, 1);
      if (path !== undefined && st === 0) {
        const hashed = sh.hash.has(n) && mode === 'long' && !n.includes('/');
        line =
          mode === 'long' ? `${n} is ${hashed ? `hashed (${path})` : path}` : mode === 'type' ? 'file' : path;
      }
    }
    if (line === undefined) {
      status = 1;
      if (mode === 'long') yield* sh.error(`type: ${n}: not found`);
      continue;
    }
    anyFound = true;
    text += line + '\n';
  }
  if (!(yield* out(sh, mode === 'short' ? 'command' : 'type', text))) return 1;
  return mode === 'short' ? (anyFound ? 0 : 1) : status;
}

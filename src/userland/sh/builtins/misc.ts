// trap, alias, unalias, history, umask, hash, times and help.

import { SIGKILL, SIGSTOP } from '../../../kernel/abi/signal';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { catchSignal, defaultSignal, ignoreSignal } from '../exec/traps';
import type { Builtin } from './util';
import { out, singleQuote } from './util';
import { sigName, sigNumber } from './jobctl';
import { kill } from './jobctl';

const PSEUDO = ['EXIT', 'DEBUG', 'ERR', 'RETURN'];

function trapKey(spec: string): string | undefined {
  const up = spec.toUpperCase().replace(/^SIG/, '');
  if (spec === '0' || up === 'EXIT') return 'EXIT';
  if (PSEUDO.includes(up)) return up;
  const n = sigNumber(spec);
  return n === undefined || n === 0 ? undefined : String(n);
}

function trapName(key: string): string {
  return /^\d+$/.test(key) ? `SIG${sigName(Number(key))}` : key;
}

function* listTraps(sh: Shell, keys: readonly string[]): Gen<number> {
  const order = (k: string): number => (k === 'EXIT' ? -1 : /^\d+$/.test(k) ? Number(k) : 100);
  const all = keys.length > 0 ? keys : [...sh.traps.keys()].sort((a, b) => order(a) - order(b));
  let text = '';
  for (const k of all) {
    const action = sh.traps.get(k);
    if (action !== undefined) text += `trap -- ${singleQuote(action)} ${trapName(k)}\n`;
  }
  return (yield* out(sh, 'trap', text)) ? 0 : 1;
}

export const trap: Builtin = function* (sh, argv) {
  let args = argv.slice(1);
  if (args[0] === '-l') return yield* kill(sh, ['kill', '-l']);
  if (args[0] === '-p') {
    const keys = args
      .slice(1)
      .map(trapKey)
      .filter((k): k is string => k !== undefined);
    return yield* listTraps(sh, keys);
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) return yield* listTraps(sh, []);
  let action: string | undefined = args[0]!;
  let specs = args.slice(1);
  if (specs.length === 0 || /^\d+$/.test(action)) {
    specs = args;
    action = undefined;
  } else if (action === '-') action = undefined;
  let status = 0;
  for (const spec of specs) {
    const key = trapKey(spec);
    if (key === undefined) {
      yield* sh.error(`trap: ${spec}: invalid signal specification`);
      status = 1;
      continue;
    }
    if (action === undefined) sh.traps.delete(key);
    else sh.traps.set(key, action);
    if (!/^\d+$/.test(key)) continue;
    const sig = Number(key);
    if (sig === SIGKILL || sig === SIGSTOP) continue;
    if (action === undefined) yield* defaultSignal(sh, sig);
    else if (action === '') yield* ignoreSignal(sh, sig);
    else yield* catchSignal(sh, sig);
  }
  return status;
};

export const alias: Builtin = function* (sh, argv) {
  const args = argv.slice(1).filter((a) => a !== '-p');
  let text = '';
  let status = 0;
  if (args.length === 0) {
    for (const [k, v] of [...sh.aliases].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      text += `alias ${k}=${singleQuote(v)}\n`;
  }
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) {
      sh.aliases.set(a.slice(0, eq), a.slice(eq + 1));
      continue;
    }
    const v = sh.aliases.get(a);
    if (v === undefined) {
      yield* sh.error(`alias: ${a}: not found`);
      status = 1;
    } else text += `alias ${a}=${singleQuote(v)}\n`;
  }
  return (yield* out(sh, 'alias', text)) ? status : 1;
};

export const unalias: Builtin = function* (sh, argv) {
  if (argv[1] === '-a') {
    sh.aliases.clear();
    return 0;
  }
  if (argv.length < 2) {
    yield* sh.sys.write(2, 'unalias: usage: unalias [-a] name [name ...]\n');
    return 2;
  }
  let status = 0;
  for (const a of argv.slice(1)) {
    if (!sh.aliases.delete(a)) {
      yield* sh.error(`unalias: ${a}: not found`);
      status = 1;
    }
  }
  return status;
};

export const history: Builtin = function* (sh, argv) {
  const hist = sh.lineEdit?.history ?? [];
  if (argv[1] === '-c') {
    hist.length = 0;
    if (sh.lineEdit) sh.lineEdit.historyPos = 0;
    return 0;
  }
  const n = argv[1] !== undefined && /^\d+$/.test(argv[1]) ? Number(argv[1]) : hist.length;
  const start = Math.max(0, hist.length - n);
  let text = '';
  for (let i = start; i < hist.length; i++) text += `${String(i + 1).padStart(5)}  ${hist[i]}\n`;
  return (yield* out(sh, 'history', text)) ? 0 : 1;
};

export const umask: Builtin = function* (sh, argv) {
  const symbolic = argv[1] === '-S';
  const arg = argv[symbolic ? 2 : 1];
  const cur = yield* sh.sys.umask(0);
  yield* sh.sys.umask(cur);
  if (arg === undefined) {
    if (!symbolic) return (yield* out(sh, 'umask', cur.toString(8).padStart(4, '0') + '\n')) ? 0 : 1;
    const perm = (shift: number): string => {
      const bits = ~(cur >> shift) & 7;
      return (bits & 4 ? 'r' : '') + (bits & 2 ? 'w' : '') + (bits & 1 ? 'x' : '');
    };
    return (yield* out(sh, 'umask', `u=${perm(6)},g=${perm(3)},o=${perm(0)}\n`)) ? 0 : 1;
  }
  if (!/^[0-7]+$/.test(arg)) {
    yield* sh.error(`umask: ${arg}: octal number out of range`);
    return 1;
  }
  yield* sh.sys.umask(parseInt(arg, 8) & 0o777);
  return 0;
};

export const hash: Builtin = function* (sh, argv) {
  if (argv[1] === '-r') {
    sh.hash.clear();
    return 0;
  }
  if (sh.hash.size === 0) return (yield* out(sh, 'hash', 'hash: hash table empty\n')) ? 0 : 1;
  let text = 'hits\tcommand\n';
  for (const [, p] of sh.hash) text += `   1\t${p}\n`;
  return (yield* out(sh, 'hash', text)) ? 0 : 1;
};

export const times: Builtin = function* (sh) {
  const self = yield* sh.sys.getrusage(0);
  const kids = yield* sh.sys.getrusage(-1);
  const f = (ns: number): string => `${Math.floor(ns / 60e9)}m${((ns % 60e9) / 1e9).toFixed(3)}s`;
  const text = `${f(self.utimeNs)} ${f(self.stimeNs)}\n${f(kids.utimeNs)} ${f(kids.stimeNs)}\n`;
  return (yield* out(sh, 'times', text)) ? 0 : 1;
};

export const help: Builtin = function* (sh, argv) {
  const names = [...sh.hooks.builtinNames()].sort();
  if (argv.length > 1) {
    const n = argv[1]!;
    if (!names.includes(n)) {
      yield* sh.error(
        `help: no help topics match \`${n}'.  Try \`help help' or \`man -k ${n}' or \`info ${n}'.`,
      );
      return 1;
    }
    return (yield* out(sh, 'help', `${n}: ${n} [arguments]\n    Shell builtin. See bash(1).\n`)) ? 0 : 1;
  }
  const head =
    'GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\n' +
    "These shell commands are defined internally.  Type `help' to see this list.\n" +
    "Type `help name' to find out more about the function `name'.\n\n";
  return (yield* out(sh, 'help', head + names.join(' ') + '\n')) ? 0 : 1;
};

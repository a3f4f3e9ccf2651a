// echo, printf, true, false, :, pwd and cd (with -, CDPATH, OLDPWD/PWD and -L/-P).

import { strerror } from '../../../kernel/abi/errno';
import { normalizePath } from '../../../lib/path';
import { writeAll } from '../../libc/io';
import { latin1ToBytes } from '../../libc/bytes';
import { printfFormat } from '../../libc/printf';
import { echoText } from '../../bin/echo';
import { encode } from '../../../lib/utf8';
import { isName } from '../scanner';
import { ReadonlyError } from '../vars';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import type { Builtin } from './util';
import { invalidOption, out, parseFlags } from './util';

function* writeBytes(sh: Shell, name: string, latin1: string, bytes?: Uint8Array): Gen<boolean> {
  if (latin1 === '' && !bytes) return true;
  const r = yield* writeAll(sh.sys, 1, bytes ?? latin1ToBytes(latin1));
  if (r < 0) {
    yield* sh.error(`${name}: write error: ${strerror(r)}`);
    return false;
  }
  return true;
}

export const echo: Builtin = function* (sh, argv) {
  // Without options (the common case) the words go out as UTF-8 directly, skipping the latin1 trip.
  if (argv.length > 1 && !argv[1]!.startsWith('-')) {
    return (yield* writeBytes(sh, 'echo', '', encode(argv.slice(1).join(' ') + '\n'))) ? 0 : 1;
  }
  return (yield* writeBytes(sh, 'echo', echoText(argv.slice(1)))) ? 0 : 1;
};

export const printf: Builtin = function* (sh, argv) {
  let args = argv.slice(1);
  let target: string | undefined;
  if (args[0] === '-v') {
    target = args[1];
    if (target === undefined) {
      yield* sh.error('printf: -v: option requires an argument');
      yield* writeAll(sh.sys, 2, 'printf: usage: printf [-v var] format [arguments]\n');
      return 2;
    }
    if (!isName(target.replace(/\[.*\]$/, ''))) {
      yield* sh.error(`printf: \`${target}': not a valid identifier`);
      return 2;
    }
    args = args.slice(2);
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    yield* writeAll(sh.sys, 2, 'printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  if (args[0]!.startsWith('-') && args[0] !== '-' && argv[1] !== '--') {
    return yield* invalidOption(sh, 'printf', args[0]!.slice(0, 2), 'printf [-v var] format [arguments]');
  }
  const r = printfFormat(args[0]!, args.slice(1), 'bash');
  if (target !== undefined) {
    try {
      sh.vars.set(target, r.text);
    } catch (e) {
      if (!(e instanceof ReadonlyError)) throw e;
      yield* sh.error(`${target}: readonly variable`);
      return 1;
    }
  } else if (!(yield* writeBytes(sh, 'printf', r.output))) return 1;
  for (const e of r.errors) yield* sh.error(`printf: ${e}`);
  return r.status;
};

export const true_: Builtin = function* () {
  return 0;
};

export const false_: Builtin = function* () {
  return 1;
};

export const pwd: Builtin = function* (sh, argv) {
  const f = parseFlags(argv, 'LP');
  if ('bad' in f) return yield* invalidOption(sh, 'pwd', f.bad, 'pwd [-LP]');
  let dir = f.flags.has('P') ? undefined : sh.vars.get('PWD');
  if (dir === undefined || !(yield* samePlace(sh, dir, '.'))) {
    const cwd = yield* sh.sys.getcwd();
    if (typeof cwd === 'number') {
      yield* sh.error(
        `pwd: error retrieving current directory: getcwd: cannot access parent directories: ${strerror(cwd)}`,
      );
      return 1;
    }
    dir = cwd;
  }
  return (yield* out(sh, 'pwd', dir + '\n')) ? 0 : 1;
};

function* samePlace(sh: Shell, a: string, b: string): Gen<boolean> {
  if (!a.startsWith('/')) return false;
  const x = yield* sh.sys.stat(a);
  const y = yield* sh.sys.stat(b);
  return typeof x !== 'number' && typeof y !== 'number' && x.dev === y.dev && x.ino === y.ino;
}

export const cd: Builtin = function* (sh, argv) {
  const f = parseFlags(argv, 'LPe@');
  if ('bad' in f) return yield* invalidOption(sh, 'cd', f.bad, 'cd [-L|[-P [-e]] [-@]] [dir]');
  if (f.rest.length > 1) {
    yield* sh.error('cd: too many arguments');
    return 1;
  }
  let dir = f.rest[0];
  let print = false;
  if (dir === undefined) {
    dir = sh.vars.get('HOME');
    if (dir === undefined) {
      yield* sh.error('cd: HOME not set');
      return 1;
    }
  } else if (dir === '-') {
    dir = sh.vars.get('OLDPWD');
    if (dir === undefined) {
      yield* sh.error('cd: OLDPWD not set');
      return 1;
    }
    print = true;
  }
  if (dir === '') return 0;
  const physical = f.flags.has('P');
  let target = dir;
  if (!dir.startsWith('/') && !/^\.\.?(\/|$)/.test(dir)) {
    for (const base of (sh.vars.get('CDPATH') ?? '').split(':').filter((x) => x !== '')) {
      const cand = `${base.replace(/\/$/, '')}/${dir}`;
      const st = yield* sh.sys.stat(cand);
      if (typeof st !== 'number' && (st.mode & 0o170000) === 0o040000) {
        target = cand;
        print = true;
        break;
      }
    }
  }
  const oldPwd = sh.vars.get('PWD');
  const logical = physical
    ? target
    : normalizePath(target.startsWith('/') ? target : `${oldPwd ?? '.'}/${target}`);
  let r = yield* sh.sys.chdir(logical);
  if (r < 0 && logical !== target) r = yield* sh.sys.chdir(target);
  if (r < 0) {
    yield* sh.error(`cd: ${dir}: ${strerror(r)}`);
    return 1;
  }
  let newPwd = logical;
  if (physical || !logical.startsWith('/')) {
    const cwd = yield* sh.sys.getcwd();
    if (typeof cwd === 'string') newPwd = cwd;
  }
  try {
    sh.vars.set('OLDPWD', oldPwd ?? '');
    sh.vars.set('PWD', newPwd);
  } catch (e) {
    if (!(e instanceof ReadonlyError)) throw e;
    yield* sh.error(e.message);
    return 1;
  }
  if (print && !(yield* out(sh, 'cd', newPwd + '\n'))) return 1;
  return 0;
};

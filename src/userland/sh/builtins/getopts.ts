// getopts optstring name [arg ...]: POSIX option parsing for scripts, with OPTIND/OPTARG, grouped
// flags (-ab), attached or separate arguments, `--`, and silent error reporting (leading ':').
// Errors are printed as `$0: illegal option -- z`, like bash.

import { writeAll } from '../../libc/io';
import type { Builtin } from './util';

export const getopts: Builtin = function* (sh, argv) {
  const spec = argv[1];
  const name = argv[2];
  if (spec === undefined || name === undefined) {
    yield* sh.error('getopts: usage: getopts optstring name [arg ...]');
    return 2;
  }
  const args = argv.length > 3 ? argv.slice(3) : sh.params;
  const silent = spec.startsWith(':');
  let ind = Number(sh.vars.get('OPTIND') ?? '1');
  if (!Number.isInteger(ind) || ind < 1) ind = 1;
  let pos = sh.getoptsPos;
  const arg = args[ind - 1];
  const done = (): number => {
    sh.vars.set(name, '?');
    sh.vars.unset('OPTARG');
    sh.getoptsPos = 1;
    return 1;
  };
  if (arg === undefined || !arg.startsWith('-') || arg === '-') return done();
  if (arg === '--') {
    sh.vars.set('OPTIND', String(ind + 1));
    return done();
  }
  if (pos >= arg.length) pos = 1;
  const c = arg[pos]!;
  const at = spec.indexOf(c);
  const advance = (): void => {
    if (pos + 1 < arg.length) sh.getoptsPos = pos + 1;
    else {
      sh.getoptsPos = 1;
      ind++;
    }
  };
  if (at < 0 || c === ':') {
    advance();
    sh.vars.set('OPTIND', String(ind));
    sh.vars.set(name, '?');
    if (silent) sh.vars.set('OPTARG', c);
    else {
      sh.vars.unset('OPTARG');
      yield* writeAll(sh.sys, 2, `${sh.arg0}: illegal option -- ${c}\n`);
    }
    return 0;
  }
  if (spec[at + 1] !== ':') {
    advance();
    sh.vars.set('OPTIND', String(ind));
    sh.vars.set(name, c);
    sh.vars.unset('OPTARG');
    return 0;
  }
  sh.getoptsPos = 1;
  let value: string | undefined;
  if (pos + 1 < arg.length) {
    value = arg.slice(pos + 1);
    ind++;
  } else {
    value = args[ind];
    ind += 2;
  }
  if (value === undefined) {
    sh.vars.set('OPTIND', String(ind - 1));
    if (silent) {
      sh.vars.set(name, ':');
      sh.vars.set('OPTARG', c);
    } else {
      sh.vars.set(name, '?');
      sh.vars.unset('OPTARG');
      yield* writeAll(sh.sys, 2, `${sh.arg0}: option requires an argument -- ${c}\n`);
    }
    return 0;
  }
  sh.vars.set('OPTIND', String(ind));
  sh.vars.set(name, c);
  sh.vars.set('OPTARG', value);
  return 0;
};

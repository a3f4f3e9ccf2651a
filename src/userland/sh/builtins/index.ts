// The shell's builtin commands, by name. Each runs inside the shell process with the shell's state
// (cd, export, read...) or because it is cheaper than a program (echo, printf, test).

import type { Builtin } from './util';
import { cd, echo, false_, printf, pwd, true_ } from './basic';
import { declare, exportBuiltin, local, readonly } from './declare';
import { let_, set, shift, unset } from './setshift';
import { break_, builtin, command, continue_, eval_, exec, exit, return_, source, type } from './flow';
import { test } from './test';
import { getopts } from './getopts';
import { shopt } from './shopt';
import { read } from './read';
import { bg, fg, jobs, kill, wait } from './jobctl';
import { alias, hash, help, history, times, trap, umask, unalias } from './misc';

export type { Builtin };

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  ':': true_,
  '.': source,
  '[': test,
  alias,
  bg,
  break: break_,
  builtin,
  cd,
  command,
  continue: continue_,
  declare,
  echo,
  eval: eval_,
  exec,
  exit,
  export: exportBuiltin,
  false: false_,
  fg,
  getopts,
  hash,
  help,
  history,
  jobs,
  kill,
  let: let_,
  local,
  printf,
  pwd,
  read,
  readonly,
  return: return_,
  set,
  shift,
  shopt,
  source,
  test,
  times,
  trap,
  true: true_,
  type,
  typeset: declare,
  umask,
  unalias,
  unset,
  wait,
};

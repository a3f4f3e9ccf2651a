// Wires the executor's entry points into a Shell (the expander and builtins call back through
// these instead of importing the executor, which keeps the module graph acyclic).

import type { Shell, ShellHooks } from '../shell';
import { BUILTINS } from '../builtins';
import { runCommand, runList } from './run';
import { cmdSubst, evalString } from './script';
import { runArgv } from './simple';

const HOOKS: ShellHooks = {
  cmdSubst,
  evalString,
  runList,
  runCommand,
  runArgv,
  builtin: (name) => BUILTINS[name],
  builtinNames: () => Object.keys(BUILTINS),
};

export function installHooks(sh: Shell): void {
  sh.hooks = HOOKS;
}

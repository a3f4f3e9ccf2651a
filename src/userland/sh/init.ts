// Shell start-up state: variables imported from the environment (all exported), and the ones bash
// sets itself (PWD, SHLVL, BASH, BASH_VERSION, IFS, PS4, OPTIND...). PPID, UID, EUID, HOSTNAME and
// RANDOM are computed when first used (expand/param.ts), to keep `sh -c` start-up cheap.

import type { Shell } from './shell';
import type { Gen } from '../sys';

export function* initVars(sh: Shell, envp: readonly string[]): Gen<void> {
  const vars = sh.vars;
  for (const e of envp) {
    const eq = e.indexOf('=');
    if (eq <= 0) continue;
    const name = e.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    vars.set(name, e.slice(eq + 1)).exported = true;
  }
  const sys = sh.sys;
  sh.pid = yield* sys.getpid();
  sh.bashpid = sh.pid;
  const pwd = vars.get('PWD');
  let pwdOk = false;
  if (pwd !== undefined && pwd.startsWith('/')) {
    const a = yield* sys.stat(pwd);
    const b = yield* sys.stat('.');
    pwdOk = typeof a !== 'number' && typeof b !== 'number' && a.ino === b.ino && a.dev === b.dev;
  }
  if (!pwdOk) {
    const cwd = yield* sys.getcwd();
    if (typeof cwd === 'string') vars.set('PWD', cwd).exported = true;
  }
  const shlvl = Number(vars.get('SHLVL') ?? '0');
  vars.set('SHLVL', String(Number.isInteger(shlvl) && shlvl >= 0 ? shlvl + 1 : 1)).exported = true;
  const set = (name: string, value: string): void => {
    const v = vars.lookup(name);
    if (!v || v.value === undefined) vars.set(name, value);
  };
  set('HOSTTYPE', 'x86_64');
  set('OSTYPE', 'linux-gnu');
  set('MACHTYPE', 'x86_64-pc-linux-gnu');
  vars.set('BASH', '/usr/bin/bash');
  vars.set('BASH_VERSION', '5.2.15(1)-release');
  vars.set('IFS', ' \t\n');
  vars.set('PS4', '+ ');
  vars.set('OPTIND', '1');
  set('PATH', '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games');
  sh.startSec = (yield* sys.clock_gettime(1)).sec;
}

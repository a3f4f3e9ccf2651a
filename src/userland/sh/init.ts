// Shell start-up state: variables imported from the environment (all exported), and the ones bash
// sets itself (PWD, SHLVL, PPID, UID, EUID, HOSTNAME, BASH, BASH_VERSION, IFS, PS4, OPTIND...).

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
  const cwd = yield* sys.getcwd();
  const pwd = vars.get('PWD');
  let pwdOk = false;
  if (pwd !== undefined && pwd.startsWith('/') && typeof cwd === 'string') {
    const a = yield* sys.stat(pwd);
    const b = yield* sys.stat('.');
    pwdOk = typeof a !== 'number' && typeof b !== 'number' && a.ino === b.ino && a.dev === b.dev;
  }
  if (!pwdOk && typeof cwd === 'string') vars.set('PWD', cwd).exported = true;
  const shlvl = Number(vars.get('SHLVL') ?? '0');
  vars.set('SHLVL', String(Number.isInteger(shlvl) && shlvl >= 0 ? shlvl + 1 : 1)).exported = true;
  const set = (name: string, value: string): void => {
    const v = vars.lookup(name);
    if (!v || v.value === undefined) vars.set(name, value);
  };
  vars.set('PPID', String(yield* sys.getppid())).readonly = true;
  vars.set('UID', String(yield* sys.getuid())).readonly = true;
  vars.set('EUID', String(yield* sys.geteuid())).readonly = true;
  const uts = yield* sys.uname();
  set('HOSTNAME', uts.nodename);
  set('HOSTTYPE', 'x86_64');
  set('OSTYPE', 'linux-gnu');
  set('MACHTYPE', 'x86_64-pc-linux-gnu');
  vars.set('BASH', '/usr/bin/bash');
  vars.set('BASH_VERSION', '5.2.15(1)-release');
  vars.set('IFS', ' \t\n');
  vars.set('PS4', '+ ');
  vars.set('OPTIND', '1');
  set('PATH', '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games');
  const seed = yield* sys.getrandom(4);
  sh.randomState = ((seed[0] ?? 1) | ((seed[1] ?? 0) << 8) | ((seed[2] ?? 0) << 16)) >>> 0;
  const now = yield* sys.clock_gettime(1);
  sh.startSec = now.sec;
  sh.umaskValue = yield* sys.umask(0o022);
  yield* sys.umask(sh.umaskValue);
}

// which(1) from Debian's debianutils 5.7 (a /bin/sh script there): print the full path of each
// command found in $PATH. -a prints every match. Exit 1 if any was not found (or none was given),
// 2 after an invalid option, which dash's getopts reports as "Illegal option -z".

import type { Command } from '../command';
import { X_OK } from '../../kernel/abi/fcntl';
import { isReg } from '../../kernel/abi/stat';
import type { Gen, Program, Sys } from '../sys';
import { isErr } from '../sys';
import { Output, STDOUT, warn } from '../libc/io';
import { getenv } from '../libc/execvp';

/** [ -f PATH ] && [ -x PATH ] */
function* executable(sys: Sys, path: string): Gen<boolean> {
  const st = yield* sys.stat(path);
  if (isErr(st) || !isReg(st.mode)) return false;
  return (yield* sys.access(path, X_OK)) === 0;
}

/** $PATH split as the script does it: IFS=: field splitting, with a trailing ':' meaning '.'. */
export function pathDirs(path: string): string[] {
  if (path === '') return [];
  const p = /[^:]:$/.test(path) ? path + ':' : path;
  const fields = p.split(':');
  if (fields[fields.length - 1] === '') fields.pop();
  return fields.map((d) => (d === '' ? '.' : d));
}

function* whichMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  let all = false;
  let i = 1;
  // dash getopts: options until the first non-option or "--".
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (const c of a.slice(1)) {
      if (c === 'a') continue;
      const self = yield* sys.readlink('/proc/self/exe');
      yield* warn(sys, `Illegal option -${c}`);
      const out = new Output(sys, STDOUT);
      yield* out.write(`Usage: ${typeof self === 'string' ? self : argv[0]} [-a] args\n`);
      yield* out.flush();
      return 2;
    }
    all = true;
  }
  const names = argv.slice(i);
  const dirs = pathDirs(getenv(envp, 'PATH') ?? '');
  const out = new Output(sys, STDOUT);
  let status = names.length === 0 ? 1 : 0;
  for (const name of names) {
    let found = false;
    if (name.includes('/')) {
      found = yield* executable(sys, name);
      if (found) yield* out.write(name + '\n');
    } else {
      for (const dir of dirs) {
        if (!(yield* executable(sys, `${dir}/${name}`))) continue;
        yield* out.write(`${dir}/${name}\n`);
        found = true;
        if (!all) break;
      }
    }
    if (!found) status = 1;
  }
  yield* out.flush();
  return status;
}

export const which: Command = {
  summary: 'which - locate a command',
  synopsis: 'which [-a] filename ...',
  description:
    'Print the pathnames of the files (or links) which would be executed in the current environment, had its arguments been given as commands, by searching the PATH for executable files matching the names of the arguments.  -a prints all matching pathnames of each argument.  Exit status 0 if all were found and executable, 1 if one or more were not found or none were given, 2 if an invalid option was given.',
  main: whichMain,
};

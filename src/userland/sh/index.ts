// src/userland/sh: bash 5.2 — the shell, registered as both `bash` and `sh` (argv[0] only changes
// the name in messages). It parses one command line at a time (parser.ts and friends), expands
// words (expand/), runs commands (exec/): builtins in the shell process, everything else in a
// child made with clone() that calls execve. Interactive mode (interactive.ts) adds job control,
// prompts, and the line editor (lineedit/, written separately).
//
// Simplification: no process substitution, coprocesses, extglob, `select`, `shopt` beyond a few
// names, history expansion (!!), or associative arrays. A script on standard input is read
// a complete command at a time, as bash does.

import type { Command } from '../command';
import type { Gen, Main, Program, Sys } from '../sys';
import { readAll, writeAll } from '../libc/io';
import { decode } from '../../lib/utf8';
import { strerror } from '../../kernel/abi/errno';
import { isDir } from '../../kernel/abi/stat';
import { TCGETS } from '../../kernel/abi/termios';
import { Shell, ExitShell } from './shell';
import { installHooks } from './exec/hooks';
import { isComplete, runText } from './exec/script';
import { readRecord } from './builtins/read';
import { unwindStatus } from './exec/fork';
import { runExitTrap } from './exec/traps';
import { trampoline } from '../libc/trampoline';
import { setOptions } from './builtins/setshift';
import { initVars } from './init';
import { interactiveLoop } from './interactive';

const USAGE = `Usage:\t${'NAME'} [GNU long option] [option] ...
\t${'NAME'} [GNU long option] [option] script-file ...
GNU long options:
\t--debug
\t--debugger
\t--dump-po-strings
\t--dump-strings
\t--help
\t--init-file
\t--login
\t--noediting
\t--noprofile
\t--norc
\t--posix
\t--pretty-print
\t--rcfile
\t--restricted
\t--verbose
\t--version
Shell options:
\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)
\t-abefhkmnptuvxBCEHPT or -o option
`;

const VERSION = `GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>

This is free software; you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
`;

interface Invocation {
  command: string | undefined;
  interactive: boolean;
  login: boolean;
  stdin: boolean;
  rest: string[];
}

/** Parse bash's own arguments; returns the invocation or an exit status. */
function* parseInvocation(sh: Shell, argv: readonly string[]): Gen<Invocation | number> {
  const inv: Invocation = {
    command: undefined,
    interactive: false,
    login: argv[0]?.startsWith('-') ?? false,
    stdin: false,
    rest: [],
  };
  let i = 1;
  let wantCommand = false;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (a.startsWith('--')) {
      if (a === '--version') return (yield* writeAll(sh.sys, 1, VERSION)) < 0 ? 1 : 0;
      if (a === '--help')
        return (yield* writeAll(sh.sys, 1, USAGE.replaceAll('NAME', sh.shellName))) < 0 ? 1 : 0;
      if (a === '--login') inv.login = true;
      continue;
    }
    if (!/^[-+]./.test(a)) break;
    const letters = a.slice(1);
    const other = [...letters].filter((c) => !'cils'.includes(c) || a[0] === '+');
    for (const c of letters) {
      if (a[0] !== '-') continue;
      if (c === 'c') wantCommand = true;
      else if (c === 'i') inv.interactive = true;
      else if (c === 'l') inv.login = true;
      else if (c === 's') inv.stdin = true;
    }
    if (other.length > 0) {
      const flagArgs = [a[0] + other.join('')];
      if (other.includes('o') && argv[i + 1] !== undefined) flagArgs.push(argv[++i]!);
      const r = yield* setOptions(sh, ['set', ...flagArgs], 1);
      if (typeof r !== 'number') {
        yield* writeAll(sh.sys, 2, USAGE.replaceAll('NAME', sh.shellName));
        return 2;
      }
    }
  }
  if (wantCommand) {
    inv.command = argv[i];
    if (inv.command === undefined) {
      yield* writeAll(sh.sys, 2, `${sh.shellName}: -c: option requires an argument\n`);
      return 2;
    }
    i++;
  }
  inv.rest = argv.slice(i);
  return inv;
}

function* runFile(sh: Shell, file: string): Gen<number> {
  const fd = yield* sh.sys.open(file, 0);
  if (fd < 0) {
    yield* writeAll(sh.sys, 2, `${sh.shellName}: ${file}: ${strerror(fd)}\n`);
    return fd === -2 ? 127 : 126;
  }
  const st = yield* sh.sys.fstat(fd);
  if (typeof st !== 'number' && isDir(st.mode)) {
    yield* writeAll(sh.sys, 2, `${file}: ${file}: Is a directory\n`);
    return 126;
  }
  const data = yield* readAll(sh.sys, fd);
  yield* sh.sys.close(fd);
  const text = typeof data === 'number' ? '' : decode(data);
  if (text.slice(0, 128).includes('\0')) {
    yield* writeAll(sh.sys, 2, `${sh.shellName}: ${file}: cannot execute binary file\n`);
    return 126;
  }
  return yield* runText(sh, text, 'file');
}

/** A script on standard input, read a line at a time so its commands can read the lines after. */
function* runStdin(sh: Shell): Gen<number> {
  let buf = '';
  let line = 1;
  for (;;) {
    const r = yield* readRecord(sh, 0, '\n', -1, true);
    const text = decode(Uint8Array.from(r.bytes));
    if (r.eof && text === '') break;
    buf += text + (r.eof ? '' : '\n');
    if (!r.eof && !isComplete(buf)) continue;
    yield* runText(sh, buf, 'stdin', line);
    line += buf.split('\n').length - 1;
    buf = '';
    if (r.eof) break;
  }
  if (buf !== '') yield* runText(sh, buf, 'stdin', line);
  return sh.status;
}

function* isTty(sys: Sys, fd: number): Gen<boolean> {
  const r = yield* sys.ioctl(fd, TCGETS);
  return !(typeof r === 'number' && r < 0);
}

export function shMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  return trampoline(shellMain(sys, argv, envp));
}

/**
 * The shell as busybox's standalone ash (FEATURE_SH_STANDALONE, PREFER_APPLETS): these applet
 * names run from busybox itself before any PATH search, so a root with only /bin/busybox works.
 */
export function standaloneShell(applets: ReadonlySet<string>): Main {
  return (sys, argv, envp) => trampoline(shellMain(sys, argv, envp, applets));
}

function* shellMain(
  sys: Sys,
  argv: readonly string[],
  envp: readonly string[],
  applets: ReadonlySet<string> = new Set(),
): Gen<number> {
  const sh = new Shell(sys);
  sh.applets = applets;
  installHooks(sh);
  const argv0 = argv[0] ?? 'bash';
  sh.arg0 = argv0;
  sh.shellName = argv0.replace(/^-/, '').replace(/.*\//, '') || 'bash';
  const inv = yield* parseInvocation(sh, argv);
  if (typeof inv === 'number') return inv;
  yield* initVars(sh, envp);
  let status: number;
  try {
    if (inv.command !== undefined) {
      sh.modeFlag = 'c';
      sh.arg0 = inv.rest[0] ?? argv0;
      sh.params = inv.rest.slice(1);
      status = yield* runText(sh, inv.command, '-c');
    } else if (inv.rest.length > 0 && !inv.stdin) {
      sh.arg0 = inv.rest[0]!;
      sh.sourceName = inv.rest[0]!;
      sh.params = inv.rest.slice(1);
      status = yield* runFile(sh, inv.rest[0]!);
    } else {
      sh.params = inv.rest;
      sh.modeFlag = 's';
      if (inv.interactive || ((yield* isTty(sys, 0)) && (yield* isTty(sys, 2)))) {
        return yield* interactiveLoop(sh, inv.login);
      }
      sh.sourceName = 'main';
      status = yield* runStdin(sh);
    }
  } catch (e) {
    status = unwindStatus(sh, e);
  }
  sh.status = status;
  try {
    return yield* runExitTrap(sh);
  } catch (e) {
    if (e instanceof ExitShell) return e.status;
    throw e;
  }
}

const DESCRIPTION = `Bash is a command language interpreter: it reads commands from a string (-c), a file, or
standard input, and runs them. Supported here: quoting, parameter and arithmetic expansion,
command substitution, globbing, brace expansion, pipelines, redirections and here-documents,
compound commands, functions, job control in interactive shells, and the common builtins.`;

export const bash: Command = {
  summary: 'bash - GNU Bourne-Again SHell',
  synopsis: 'bash [options] [command_string | file]',
  description: DESCRIPTION,
  main: shMain,
};

export const sh = bash;

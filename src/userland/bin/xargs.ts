// xargs(1), GNU findutils 4.9: build command lines from standard input and run them (clone +
// execve with PATH search). Items are split on blanks with quotes and backslashes, or on NUL (-0)
// or a delimiter (-d); -n, -L, -I, -r, -t. Exit 123 if a command failed, 124 if one exited 255,
// 125 if one was killed, 126/127 if it could not be run, as GNU does.
// Simplification: input is read completely before the first command runs; no -P, -p, -s.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { ENOENT, strerror } from '../../kernel/abi/errno';
import { SIGCHLD } from '../../kernel/abi/signal';
import { WEXITSTATUS, WIFSIGNALED, WTERMSIG } from '../../kernel/abi/sched';
import { has, last } from '../libc/getopt';
import { gnuVersion, parseArgs, progName, usageError } from '../libc/cmd';
import { STDIN, readAll, warn } from '../libc/io';
import { execvp } from '../libc/execvp';
import { decode } from '../../lib/utf8';
import { XARGS_HELP, XARGS_SPECS, splitItems } from './xargs/items';

const TOOL = {
  name: 'xargs',
  help: XARGS_HELP,
  version: gnuVersion('xargs', 'GNU findutils', '4.9.0', 'Eric B. Decker, James Youngman, and Kevin Dalley'),
};

/** Run one command; returns its wait status or a negative code for "could not run" (126/127). */
function* run(sys: Sys, argv: string[], envp: readonly string[], prog: string): Gen<number> {
  const pid = yield* sys.clone(SIGCHLD, function* () {
    const r = yield* execvp(sys, argv[0]!, argv, envp);
    yield* warn(sys, `${prog}: ${argv[0]}: ${strerror(r)}`);
    return r === -ENOENT ? 127 : 126;
  });
  if (pid < 0) {
    yield* warn(sys, `${prog}: cannot fork: ${strerror(pid)}`);
    return -125;
  }
  const w = yield* sys.wait4(pid, 0);
  return typeof w === 'number' ? 0 : w.status;
}

function batches(items: string[][], n: number | undefined, lines: number | undefined): string[][] {
  const out: string[][] = [];
  if (lines !== undefined) {
    for (let i = 0; i < items.length; i += lines) out.push(items.slice(i, i + lines).flat());
    return out;
  }
  const flat = items.flat();
  const size = n ?? 5000;
  for (let i = 0; i < flat.length; i += size) out.push(flat.slice(i, i + size));
  return out;
}

function* main(sys: Sys, argv: readonly string[], envp: readonly string[]): Gen<number> {
  const prog = progName(argv, 'xargs');
  const args = yield* parseArgs(sys, TOOL, argv, XARGS_SPECS, { stopAtOperand: true });
  if (typeof args === 'number') return args;
  const o = args.options;
  const nText = last(o, 'n');
  if (nText !== undefined && !(Number(nText) >= 1))
    return yield* usageError(sys, TOOL, `${prog}: value ${nText} for -n option should be >= 1`, prog);
  const replace = has(o, 'I') ? (last(o, 'I') ?? '{}') : undefined;
  const lText = replace !== undefined ? '1' : last(o, 'L');
  const data = yield* readAll(sys, STDIN);
  const text = typeof data === 'number' ? '' : decode(data);
  const parsed = splitItems(text, {
    nul: has(o, '0'),
    delim: last(o, 'd'),
    wholeLines: replace !== undefined,
  });
  if ('error' in parsed) {
    yield* warn(sys, `${prog}: ${parsed.error}`);
    return 1;
  }
  const cmd = args.operands.length ? args.operands : ['echo'];
  let groups = batches(
    parsed.items,
    nText === undefined ? undefined : Number(nText),
    lText === undefined ? undefined : Number(lText),
  );
  if (groups.length === 0 && !has(o, 'r') && replace === undefined) groups = [[]];
  let status = 0;
  for (const g of groups) {
    const full = replace !== undefined ? cmd.map((a) => a.split(replace).join(g.join(' '))) : [...cmd, ...g];
    if (has(o, 't')) yield* warn(sys, full.join(' '));
    const w = yield* run(sys, full, envp, prog);
    if (w < 0) return -w;
    if (WIFSIGNALED(w)) {
      yield* warn(sys, `${prog}: ${full[0]}: terminated by signal ${WTERMSIG(w)}`);
      return 125;
    }
    const code = WEXITSTATUS(w);
    if (code === 255) {
      yield* warn(sys, `${prog}: ${full[0]}: exited with status 255; aborting`);
      return 124;
    }
    if (code === 126 || code === 127) return code;
    if (code !== 0) status = 123;
  }
  return status;
}

export const xargs: Command = {
  summary: 'xargs - build and execute command lines from standard input',
  synopsis: 'xargs [options] [command [initial-arguments]]',
  description: XARGS_HELP,
  main,
};

// What tar's create, list and extract share: the run's state (exit status, the listing stream),
// GNU's diagnostics, member-name sanitizing ("Removing leading `/' ...") and --exclude matching.

import { strerror } from '../../../kernel/abi/errno';
import type { Gen, Sys } from '../../sys';
import { STDERR, STDOUT, Output, warn } from '../../libc/io';
import { fnmatch } from '../../libc/fnmatch';
import { tarQuote } from '../../libc/tar';
import type { TarArgs } from './args';

export interface TarRun {
  readonly sys: Sys;
  readonly args: TarArgs;
  /** Where -v output goes: stdout, or stderr when the archive or -O data use stdout. */
  readonly list: Output;
  /** 0, or 2 once an error has been reported ("Exiting with failure status ..."). */
  status: number;
  /** Prefixes already reported by "Removing leading ... from member names / hard link targets". */
  readonly removed: Set<string>;
}

export function newRun(sys: Sys, args: TarArgs, listToStderr: boolean): TarRun {
  return { sys, args, list: new Output(sys, listToStderr ? STDERR : STDOUT), status: 0, removed: new Set() };
}

/** `tar: NAME: WHAT: strerror`, and remember the failure. */
export function* fileError(run: TarRun, name: string, what: string, err: number): Gen<void> {
  yield* run.list.flush();
  yield* warn(run.sys, `tar: ${tarQuote(name)}: ${what}: ${strerror(err)}`);
  run.status = 2;
}

/** A plain `tar: message` warning (the exit status is unchanged). */
export function* tarWarn(run: TarRun, message: string): Gen<void> {
  yield* run.list.flush();
  yield* warn(run.sys, `tar: ${message}`);
}

/** A fatal error: the message, then "Error is not recoverable"; returns the exit status 2. */
export function* fatal(sys: Sys, message: string): Gen<number> {
  yield* warn(sys, `tar: ${message}`);
  yield* warn(sys, 'tar: Error is not recoverable: exiting now');
  return 2;
}

/**
 * safer_name_suffix: drop everything up to the last `..` component and the slashes after it,
 * announcing each distinct prefix once. `what` is "member names" or "hard link targets".
 */
export function* saferName(run: TarRun, name: string, what: string): Gen<string> {
  let cut = 0;
  for (let i = 0; i < name.length;) {
    if (name.startsWith('..', i) && (i + 2 === name.length || name[i + 2] === '/')) cut = i + 2;
    const slash = name.indexOf('/', i);
    if (slash < 0) break;
    i = slash + 1;
  }
  while (name[cut] === '/') cut++;
  if (cut === 0) return name;
  const prefix = name.slice(0, cut);
  const key = `${what}\0${prefix}`;
  if (!run.removed.has(key)) {
    run.removed.add(key);
    yield* tarWarn(run, `Removing leading \`${prefix}' from ${what}`);
  }
  const rest = name.slice(cut);
  return rest === '' ? '.' : rest;
}

/** --exclude: a pattern matches the whole name or any part after a slash (unanchored). */
export function excluded(patterns: readonly string[], name: string): boolean {
  if (patterns.length === 0) return false;
  const trimmed = name.length > 1 ? name.replace(/\/+$/, '') : name;
  const tails = [trimmed];
  for (let i = trimmed.indexOf('/'); i >= 0; i = trimmed.indexOf('/', i + 1))
    tails.push(trimmed.slice(i + 1));
  return patterns.some((p) => tails.some((t) => fnmatch(p, t)));
}

/** The final "Exiting with failure status" line and the status to exit with. */
export function* finish(run: TarRun): Gen<number> {
  yield* run.list.flush();
  if (run.status !== 0) yield* warn(run.sys, 'tar: Exiting with failure status due to previous errors');
  return run.status;
}

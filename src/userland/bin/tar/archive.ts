// tar -t and -x: read the whole archive (a file, or standard input for -f - and by default), then
// walk its members: list them, extract them, or send their data to standard output (-O), with
// GNU's reports for damaged archives and for FILE operands that matched no member.
//
// Simplification: the archive is read completely before the first member is handled.

import { strerror as strerrorOf } from '../../../kernel/abi/errno';
import { O_RDONLY } from '../../../kernel/abi/fcntl';
import { TCGETS } from '../../../kernel/abi/termios';
import type { Gen, Sys } from '../../sys';
import { STDIN, STDOUT, readAll, warn, writeAll } from '../../libc/io';
import type { TarIssue, TarMember } from '../../libc/tar';
import { TarReader, newListWidths, tarQuote, verboseLine } from '../../libc/tar';
import type { TarRun } from './common';
import { excluded, fatal, finish, saferName, tarWarn } from './common';
import type { ExtractState } from './extract';
import { extractMember, finishDirectories } from './extract';

/**
 * Open the archive for reading (standard input for "-", refused if it is a terminal): an fd, or
 * the exit status after a fatal error.
 */
export function* openArchive(sys: Sys, file: string): Gen<number> {
  if (file !== '-') {
    const fd = yield* sys.open(file, O_RDONLY);
    return fd < 0 ? -(yield* fatal(sys, `${tarQuote(file)}: Cannot open: ${strerrorOf(fd)}`)) : fd;
  }
  const tc = yield* sys.ioctl(STDIN, TCGETS);
  if (typeof tc === 'object' && tc !== null)
    return -(yield* fatal(sys, 'Refusing to read archive contents from terminal (missing -f option?)'));
  return STDIN;
}

/** FILE operands: a member matches one if it is that name or lies below it. */
function matcher(names: readonly string[]): { test(name: string): boolean; unmatched(): string[] } {
  const seen = new Set<string>();
  const strip = (n: string): string => (n.length > 1 ? n.replace(/\/+$/, '') : n);
  return {
    test(name) {
      if (names.length === 0) return true;
      const m = strip(name);
      const hit = names.find((n) => m === strip(n) || m.startsWith(strip(n) + '/'));
      if (hit !== undefined) seen.add(hit);
      return hit !== undefined;
    },
    unmatched: () => names.filter((n) => !seen.has(n)),
  };
}

/** Handle an archive problem; returns an exit status if reading must stop at once. */
function* onIssue(run: TarRun, issue: TarIssue): Gen<number | null> {
  switch (issue.problem) {
    case 'not-tar':
      yield* tarWarn(run, 'This does not look like a tar archive');
      run.status = 2;
      return null;
    case 'skipped':
      yield* tarWarn(run, 'Skipping to next header');
      run.status = 2;
      return null;
    case 'lone-zero':
      yield* tarWarn(run, `A lone zero block at ${issue.block}`);
      return null;
    default:
      yield* run.list.flush();
      return yield* fatal(run.sys, 'Unexpected EOF in archive');
  }
}

function* handle(
  run: TarRun,
  m: TarMember,
  x: ExtractState | null,
  widths: ReturnType<typeof newListWidths>,
): Gen<void> {
  const h = m.header;
  const v = run.args.verbose;
  if (v > 1 || (v === 1 && !x)) yield* run.list.write(verboseLine(h, widths, run.args.numericOwner));
  else if (v === 1 || !x) yield* run.list.write(tarQuote(h.name) + '\n');
  if (!x) return;
  const name = yield* saferName(run, h.name, 'member names');
  if (run.args.toStdout) {
    if (h.typeflag === '0' || h.typeflag === '7') yield* writeAll(run.sys, STDOUT, m.data);
    return;
  }
  yield* extractMember(x, name, h, m.data);
}

/** -t (x = null) or -x over the archive `file`. */
export function* readArchive(
  run: TarRun,
  fd: number,
  file: string,
  names: readonly string[],
  x: ExtractState | null,
): Gen<number> {
  const data = yield* readAll(run.sys, fd);
  if (fd !== STDIN) yield* run.sys.close(fd);
  if (typeof data === 'number')
    return yield* fatal(run.sys, `${tarQuote(file)}: Read error: ${strerrorOf(data)}`);
  const reader = new TarReader(data);
  const match = matcher(names);
  const widths = newListWidths();
  for (;;) {
    const ev = reader.next();
    if (ev.kind === 'end') break;
    if (ev.kind === 'issue') {
      const stop = yield* onIssue(run, ev.issue);
      if (stop !== null) return stop;
      continue;
    }
    const name = ev.member.header.name;
    if (!match.test(name) || excluded(run.args.excludes, name)) continue;
    if (!x) yield* saferName(run, name, 'member names');
    yield* handle(run, ev.member, x, widths);
  }
  if (x) yield* finishDirectories(x);
  for (const n of match.unmatched()) {
    yield* run.list.flush();
    yield* warn(run.sys, `tar: ${tarQuote(n)}: Not found in archive`);
    run.status = 2;
  }
  return yield* finish(run);
}

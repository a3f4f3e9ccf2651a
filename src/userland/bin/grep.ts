// grep(1), GNU grep 3.8: BRE/ERE/fixed patterns (-G -E -F, -e, -f), -i -v -w -x -c -o -q -s -n
// -b -l -L -h -H -m -r, context -A -B -C, exit 0 (selected), 1 (none), 2 (error).
// Simplification: -P is treated as -E; no --color output; --include/--exclude are not supported.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { isDir } from '../../kernel/abi/stat';
import { O_DIRECTORY, O_RDONLY } from '../../kernel/abi/fcntl';
import { gnuVersion, parseArgs, progName } from '../libc/cmd';
import type { Args } from '../libc/cmd';
import { Output, STDIN, STDOUT, warn } from '../libc/io';
import { fdLines, readInputText, splitLines } from '../libc/input';
import { buildMatcher } from './grep/matcher';
import type { Matcher } from './grep/matcher';
import { scanInput } from './grep/output';
import type { ScanOptions, ScanState } from './grep/output';
import { GREP_HELP, GREP_SPECS, parseGrepOptions } from './grep/options';
import { tryHelp } from '../libc/getopt';

const TOOL = {
  name: 'grep',
  help: GREP_HELP,
  version: gnuVersion(
    'grep',
    'GNU grep',
    '3.8',
    'Mike Haertel and others; see\n<https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS>',
  ),
  usageStatus: 2,
  usageLine: 'Usage: grep [OPTION]... PATTERNS [FILE]...',
};

interface Ctx {
  sys: Sys;
  prog: string;
  m: Matcher;
  o: ScanOptions;
  out: Output;
  st: ScanState;
  recursive: boolean;
  noMessages: boolean;
  selected: number;
  errors: number;
}

function* complain(c: Ctx, name: string, err: number): Gen<void> {
  c.errors++;
  if (!c.noMessages) {
    yield* c.out.flush();
    yield* warn(c.sys, `${c.prog}: ${name}: ${strerror(err)}`);
  }
}

function* searchFd(c: Ctx, fd: number, shown: string): Gen<boolean> {
  const r = yield* scanInput(fdLines(c.sys, fd), c.m, c.o, shown, c.out, c.st, {
    compute: (ns) => c.sys.compute(ns),
  });
  if (r.error !== undefined) yield* complain(c, shown, r.error);
  c.selected += r.selected;
  if (r.binaryMatched) {
    yield* c.out.flush();
    yield* warn(c.sys, `${c.prog}: ${shown}: binary file matches`);
  }
  const prefix = c.o.withFilename ? shown + (c.o.nullAfterName ? '\0' : ':') : '';
  if (c.o.count) c.out.print(`${prefix}${r.selected}\n`);
  if (c.o.listMatches && r.selected > 0) c.out.print(shown + (c.o.nullAfterName ? '\0' : '\n'));
  if (c.o.listNonMatches && r.selected === 0) c.out.print(shown + (c.o.nullAfterName ? '\0' : '\n'));
  return (yield* c.out.flush()) >= 0;
}

function* searchPath(c: Ctx, path: string, shown: string, top: boolean): Gen<boolean> {
  if (path === '-') return yield* searchFd(c, STDIN, '(standard input)');
  const st = yield* c.sys.stat(path);
  if (typeof st !== 'number' && isDir(st.mode)) {
    if (!c.recursive) {
      yield* complain(c, shown, -21);
      return true;
    }
    return yield* searchDir(c, path, shown);
  }
  if (typeof st === 'number' && !top) return true;
  const fd = yield* c.sys.open(path, O_RDONLY);
  if (fd < 0) {
    yield* complain(c, shown, fd);
    return true;
  }
  const ok = yield* searchFd(c, fd, shown);
  yield* c.sys.close(fd);
  return ok;
}

function* searchDir(c: Ctx, path: string, shown: string): Gen<boolean> {
  const fd = yield* c.sys.open(path, O_RDONLY | O_DIRECTORY);
  if (fd < 0) {
    yield* complain(c, shown, fd);
    return true;
  }
  const names: string[] = [];
  for (;;) {
    const batch = yield* c.sys.getdents64(fd);
    if (typeof batch === 'number' || batch.length === 0) break;
    for (const d of batch) if (d.name !== '.' && d.name !== '..') names.push(d.name);
  }
  yield* c.sys.close(fd);
  for (const n of names) {
    const child = path.endsWith('/') ? path + n : `${path}/${n}`;
    const childShown = shown === '' ? n : shown.endsWith('/') ? shown + n : `${shown}/${n}`;
    if (!(yield* searchPath(c, child, childShown, false))) return false;
  }
  return true;
}

function* patternsOf(sys: Sys, prog: string, args: Args): Gen<string[] | null> {
  const pats: string[] = [];
  let given = false;
  for (const o of args.options) {
    if (o.key === 'e') {
      pats.push(...(o.value ?? '').split('\n'));
      given = true;
    } else if (o.key === 'f') {
      const t = yield* readInputText(sys, prog, o.value ?? '');
      if (t === null) return null;
      pats.push(...splitLines(t));
      given = true;
    }
  }
  if (!given) {
    const p = args.operands.shift();
    if (p === undefined) return null;
    pats.push(...p.split('\n'));
  }
  return pats;
}

function* main(sys: Sys, argv0: readonly string[]): Gen<number> {
  const argv = argv0.map((a, i) => (i > 0 && /^-\d+$/.test(a) ? `-C${a.slice(1)}` : a));
  const prog = progName(argv, 'grep');
  const args = yield* parseArgs(sys, TOOL, argv, GREP_SPECS);
  if (typeof args === 'number') return args;
  const parsed = parseGrepOptions(args.options);
  if ('error' in parsed) {
    yield* warn(sys, `${prog}: ${parsed.error}`);
    return 2;
  }
  const pats = yield* patternsOf(sys, prog, args);
  if (pats === null) {
    if (args.options.some((o) => o.key === 'f')) return 2;
    yield* warn(sys, TOOL.usageLine);
    yield* warn(sys, tryHelp(prog));
    return 2;
  }
  const m = buildMatcher(pats, parsed.match);
  if ('error' in m) {
    yield* warn(sys, `${prog}: ${m.error}`);
    return 2;
  }
  const recursive = parsed.recursive;
  const files = args.operands.length ? args.operands : [recursive ? '' : '-'];
  const o = parsed.scan;
  if (o.withFilename === undefined)
    o.withFilename = files.length > 1 || (recursive && files.some((f) => f !== '-'));
  const c: Ctx = {
    sys,
    prog,
    m,
    o: o as ScanOptions,
    out: new Output(sys, STDOUT),
    st: { printedGroup: false },
    recursive,
    noMessages: parsed.noMessages,
    selected: 0,
    errors: 0,
  };
  for (const f of files) {
    const ok = yield* searchPath(c, f === '' ? '.' : f, f, true);
    if (!ok) return 2;
    if (o.quiet && c.selected > 0) return 0;
  }
  yield* c.out.flush();
  if (c.errors > 0 && !(o.quiet && c.selected > 0)) return 2;
  return c.selected > 0 ? 0 : 1;
}

export const grep: Command = {
  summary: 'grep - print lines that match patterns',
  synopsis: 'grep [OPTION...] PATTERNS [FILE...]',
  description: GREP_HELP,
  main,
};

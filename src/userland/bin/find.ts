// find(1) (GNU findutils 4.9): walk each starting point and evaluate the expression on every
// file: -name/-path/-type/-size/-newer/... tests, -print/-print0/-delete/-prune/-exec actions.
// -P (default) never follows symlinks, -L always, -H only on the command line.
//
// Simplification: directory entries come in the kernel's readdir order; no -printf, -fstype.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { CLOCK_REALTIME } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import type { Stat } from '../../kernel/abi/stat';
import { isDir, isLnk, isReg, dtFromMode } from '../../kernel/abi/stat';
import { WEXITSTATUS, WIFEXITED } from '../../kernel/abi/sched';
import { basename } from '../../lib/path';
import { Output, STDOUT, warn, writeAll } from '../libc/io';
import { execvp } from '../libc/execvp';
import { fnmatch } from '../libc/fnmatch';
import type { FindExpr, Node } from '../libc/findexpr';
import { numberMatches, parseFind, sizeMatches } from '../libc/findexpr';
import { loadUserDb, groupByName, userByName } from '../libc/pwd';
import type { UserDb } from '../libc/pwd';
import { quoteLocale } from '../libc/quote';
import { childPath, readDir } from '../libc/walk';

const HELP = `Usage: find [-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]

Default path is the current directory; default expression is -print.
Expression may consist of: operators, options, tests, and actions.

Operators (decreasing precedence; -and is implicit where no others are given):
      ( EXPR )   ! EXPR   -not EXPR   EXPR1 -a EXPR2   EXPR1 -and EXPR2
      EXPR1 -o EXPR2   EXPR1 -or EXPR2   EXPR1 , EXPR2

Positional options (always true):
      -daystart -follow -nowarn -regextype -warn

Normal options (always true, specified before other expressions):
      -depth -files0-from FILE -maxdepth LEVELS -mindepth LEVELS
       -mount -noleaf -xdev -ignore_readdir_race -noignore_readdir_race

Tests (N can be +N or -N or N):
      -amin N -anewer FILE -atime N -cmin N -cnewer FILE -context CONTEXT
      -ctime N -empty -false -fstype TYPE -gid N -group NAME -ilname PATTERN
      -iname PATTERN -inum N -iwholename PATTERN -iregex PATTERN
      -links N -lname PATTERN -mmin N -mtime N -name PATTERN -newer FILE
      -nouser -nogroup -path PATTERN -perm [-/]MODE -regex PATTERN
      -readable -writable -executable
      -wholename PATTERN -size N[bcwkMG] -true -type [bcdpflsD] -uid N
      -used N -user NAME -xtype [bcdpfls]

Actions:
      -delete -print0 -printf FORMAT -fprintf FILE FORMAT -print 
      -fprint0 FILE -fprint FILE -ls -fls FILE -prune -quit
      -exec COMMAND ; -exec COMMAND {} + -ok COMMAND ;
      -execdir COMMAND ; -execdir COMMAND {} + -okdir COMMAND ;

Other common options:
      --help                   display this help and exit
      --version                output version information and exit

Valid arguments for -D:
exec, opt, rates, search, stat, time, tree, all, help
Use '-D help' for a description of the options, or see find(1)

Please see also the documentation at https://www.gnu.org/software/findutils/.
You can report (and track progress on fixing) bugs in the "find"
program via the GNU findutils bug-reporting page at
https://savannah.gnu.org/bugs/?group=findutils or, if
you have no web access, by sending email to <bug-findutils@gnu.org>.
`;

interface Ctx {
  sys: Sys;
  envp: readonly string[];
  expr: FindExpr;
  out: Output;
  follow: 'never' | 'always' | 'cmdline';
  nowNs: number;
  db: UserDb;
  status: number;
  batches: Map<number, { argv: readonly string[]; paths: string[] }>;
  newer: Map<string, number>;
  quit: boolean;
}

interface FileInfo {
  path: string;
  st: Stat;
  depth: number;
  prune: boolean;
}

const TYPE_OF: Record<string, number> = { b: 6, c: 2, d: 4, p: 1, f: 8, l: 10, s: 12 };

function* runExec(c: Ctx, argv: readonly string[]): Gen<boolean> {
  yield* c.out.flush();
  const pid = yield* c.sys.clone(17, function* () {
    const r = yield* execvp(c.sys, argv[0] ?? '', argv, c.envp);
    yield* warn(c.sys, `find: ‘${argv[0] ?? ''}’: ${strerror(r)}`);
    return 1;
  });
  if (pid < 0) return false;
  const w = yield* c.sys.wait4(pid, 0);
  return typeof w !== 'number' && WIFEXITED(w.status) && WEXITSTATUS(w.status) === 0;
}

function* test(c: Ctx, n: Extract<Node, { kind: 'test' }>, f: FileInfo): Gen<boolean> {
  const st = f.st;
  const name = basename(f.path) || f.path;
  const ageDays = (ns: number): number => Math.floor((c.nowNs - ns) / 86400e9);
  switch (n.name) {
    case '-name':
    case '-iname':
      return fnmatch(n.arg, name, n.name === '-iname');
    case '-path':
    case '-wholename':
    case '-ipath':
    case '-iwholename':
      return fnmatch(n.arg, f.path, n.name.startsWith('-i'));
    case '-type':
      return n.arg.split(',').some((t) => TYPE_OF[t] === dtFromMode(st.mode));
    case '-size':
      return sizeMatches(n.arg, st.size);
    case '-empty':
      if (isReg(st.mode)) return st.size === 0;
      if (!isDir(st.mode)) return false;
      {
        const entries = yield* readDir(c.sys, f.path);
        return typeof entries !== 'number' && entries.length === 0;
      }
    case '-newer':
      return st.mtimeNs > (c.newer.get(n.arg) ?? Infinity);
    case '-mtime':
      return numberMatches(n.arg, ageDays(st.mtimeNs));
    case '-atime':
      return numberMatches(n.arg, ageDays(st.atimeNs));
    case '-ctime':
      return numberMatches(n.arg, ageDays(st.ctimeNs));
    case '-mmin':
      return numberMatches(n.arg, Math.ceil((c.nowNs - st.mtimeNs) / 60e9));
    case '-inum':
      return numberMatches(n.arg, st.ino);
    case '-links':
      return numberMatches(n.arg, st.nlink);
    case '-uid':
      return numberMatches(n.arg, st.uid);
    case '-gid':
      return numberMatches(n.arg, st.gid);
    case '-user':
      return st.uid === (userByName(c.db, n.arg)?.uid ?? Number(n.arg));
    case '-group':
      return st.gid === (groupByName(c.db, n.arg)?.gid ?? Number(n.arg));
    case '-perm':
      return permMatches(n.arg, st.mode);
    case '-lname':
      if (!isLnk(st.mode)) return false;
      return fnmatch(n.arg, String(yield* c.sys.readlink(f.path)));
    case '-false':
      return false;
    default:
      return true;
  }
}

function permMatches(spec: string, mode: number): boolean {
  const m = /^([-/]?)([0-7]+)$/.exec(spec);
  if (!m) return false;
  const want = parseInt(m[2]!, 8);
  const have = mode & 0o7777;
  if (m[1] === '-') return (have & want) === want;
  if (m[1] === '/') return want === 0 || (have & want) !== 0;
  return have === want;
}

function* action(c: Ctx, name: string, f: FileInfo): Gen<boolean> {
  switch (name) {
    case '-print':
      yield* c.out.write(f.path + '\n');
      return true;
    case '-print0':
      yield* c.out.write(f.path + '\0');
      return true;
    case '-prune':
      f.prune = true;
      return true;
    case '-quit':
      c.quit = true;
      return true;
    case '-delete': {
      if (f.path === '.') return true;
      const r = isDir(f.st.mode) ? yield* c.sys.rmdir(f.path) : yield* c.sys.unlink(f.path);
      if (r < 0) {
        yield* c.out.flush();
        yield* warn(c.sys, `find: cannot delete ${quoteLocale(f.path)}: ${strerror(r)}`);
        c.status = 1;
        return false;
      }
      return true;
    }
    default:
      yield* c.out.write(f.path + '\n');
      return true;
  }
}

function* evaluate(c: Ctx, n: Node, f: FileInfo): Gen<boolean> {
  switch (n.kind) {
    case 'and':
      return (yield* evaluate(c, n.left, f)) && (yield* evaluate(c, n.right, f));
    case 'or':
      return (yield* evaluate(c, n.left, f)) || (yield* evaluate(c, n.right, f));
    case 'not':
      return !(yield* evaluate(c, n.expr, f));
    case 'test':
      return yield* test(c, n, f);
    case 'action':
      return yield* action(c, n.name, f);
    case 'exec': {
      if (n.batch) {
        const b = c.batches.get(n.id) ?? { argv: n.argv, paths: [] };
        b.paths.push(f.path);
        c.batches.set(n.id, b);
        return true;
      }
      return yield* runExec(
        c,
        n.argv.map((a) => a.split('{}').join(f.path)),
      );
    }
  }
}

function* visit(c: Ctx, path: string, depth: number): Gen<void> {
  if (c.quit) return;
  yield* c.sys.compute(1000);
  const follow = c.follow === 'always' || (c.follow === 'cmdline' && depth === 0);
  let st = follow ? yield* c.sys.stat(path) : yield* c.sys.lstat(path);
  if (typeof st === 'number' && follow) st = yield* c.sys.lstat(path);
  if (typeof st === 'number') {
    yield* c.out.flush();
    yield* warn(c.sys, `find: ${quoteLocale(path)}: ${strerror(st)}`);
    c.status = 1;
    return;
  }
  const f: FileInfo = { path, st, depth, prune: false };
  const e = c.expr;
  const inRange = depth >= e.mindepth && depth <= e.maxdepth;
  if (inRange && !e.depthFirst) yield* evaluate(c, e.root, f);
  if (isDir(st.mode) && !f.prune && depth < e.maxdepth) {
    const entries = yield* readDir(c.sys, path);
    if (typeof entries === 'number') {
      yield* c.out.flush();
      yield* warn(c.sys, `find: ${quoteLocale(path)}: ${strerror(entries)}`);
      c.status = 1;
    } else for (const d of entries) yield* visit(c, childPath(path, d.name), depth + 1);
  }
  if (inRange && e.depthFirst) yield* evaluate(c, e.root, f);
}

function* main(sys: Sys, argv: readonly string[], envp: readonly string[]): Gen<number> {
  let i = 1;
  let follow: Ctx['follow'] = 'never';
  for (; i < argv.length && /^-[HLP]+$/.test(argv[i]!); i++) {
    const last = argv[i]!.slice(-1);
    follow = last === 'L' ? 'always' : last === 'H' ? 'cmdline' : 'never';
  }
  if (argv[i] === '--help') return (yield* writeAll(sys, STDOUT, HELP)) < 0 ? 1 : 0;
  if (argv[i] === '--version')
    return (yield* writeAll(sys, STDOUT, 'find (GNU findutils) 4.9.0\n')) < 0 ? 1 : 0;
  const paths: string[] = [];
  while (i < argv.length && !/^[-(!)]/.test(argv[i]!) && argv[i] !== '!') paths.push(argv[i++]!);
  const expr = parseFind(argv.slice(i));
  if (typeof expr === 'string') {
    yield* warn(sys, `find: ${expr}`);
    return 1;
  }
  const now = yield* sys.clock_gettime(CLOCK_REALTIME);
  const c: Ctx = {
    sys,
    envp,
    expr,
    out: new Output(sys, STDOUT),
    follow,
    nowNs: now.sec * 1e9 + now.nsec,
    db: yield* loadUserDb(sys),
    status: 0,
    batches: new Map(),
    newer: new Map(),
    quit: false,
  };
  for (let j = i; j < argv.length - 1; j++) {
    if (argv[j] !== '-newer') continue;
    const ref = argv[j + 1]!;
    const st = yield* sys.stat(ref);
    if (typeof st === 'number') {
      yield* warn(sys, `find: ${quoteLocale(ref)}: ${strerror(st)}`);
      return 1;
    }
    c.newer.set(ref, st.mtimeNs);
  }
  for (const p of paths.length ? paths : ['.']) yield* visit(c, p, 0);
  for (const b of c.batches.values()) {
    const args = b.argv.flatMap((a) => (a === '{}' ? b.paths : [a]));
    if (!(yield* runExec(c, args))) c.status = 1;
  }
  yield* c.out.flush();
  return c.status;
}

export const find: Command = {
  summary: 'find - search for files in a directory hierarchy',
  synopsis: 'find [-H] [-L] [-P] [path...] [expression]',
  description: HELP,
  main,
};

// What chown(1) and chgrp(1) share (coreutils chown-core.c): parsing OWNER[:GROUP], changing
// files (recursively in post-order, as fts delivers directories), and the -v/-c reports.

import { strerror } from '../../kernel/abi/errno';
import { isLnk } from '../../kernel/abi/stat';
import type { Gen, Sys } from '../sys';
import { Output, STDOUT, warn } from './io';
import { has } from './getopt';
import type { ParsedOption } from './getopt';
import type { UserDb } from './pwd';
import { groupByName, groupName, userByName, userName } from './pwd';
import { quoteLocale, quoteaf } from './quote';
import { walkTree } from './walk';

export interface Owner {
  readonly uid?: number | undefined;
  readonly gid?: number | undefined;
}

const MAX_ID = 0xfffffffe;

function numeric(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n <= MAX_ID ? n : undefined;
}

/** Parse chown's OWNER[:[GROUP]] (also the obsolete '.'); a string is the error message. */
export function parseOwnerSpec(db: UserDb, spec: string): { owner: Owner; warning?: string } | string {
  let sep = spec.indexOf(':');
  let warning: string | undefined;
  if (sep < 0 && spec.includes('.') && !userByName(db, spec)) {
    sep = spec.indexOf('.');
    warning = `warning: '.' should be ':': ${quoteLocale(spec)}`;
  }
  const user = sep < 0 ? spec : spec.slice(0, sep);
  const group = sep < 0 ? '' : spec.slice(sep + 1);
  let uid: number | undefined;
  let gid: number | undefined;
  if (user !== '') {
    const u = userByName(db, user);
    uid = u ? u.uid : numeric(user);
    if (uid === undefined) return `invalid user: ${quoteLocale(spec)}`;
    if (sep >= 0 && group === '' && u) gid = u.gid;
  }
  if (group !== '') {
    gid = parseGroupName(db, group);
    if (gid === undefined) return `invalid group: ${quoteLocale(spec)}`;
  }
  return warning === undefined ? { owner: { uid, gid } } : { owner: { uid, gid }, warning };
}

export function parseGroupName(db: UserDb, text: string): number | undefined {
  const g = groupByName(db, text);
  return g ? g.gid : numeric(text);
}

export interface ChownOpts {
  readonly prog: 'chown' | 'chgrp';
  readonly owner: Owner;
  readonly recursive: boolean;
  /** -h: change symlinks themselves. */
  readonly noDeref: boolean;
  readonly verbose: 'all' | 'changes' | 'none';
  readonly out: Output;
  readonly db: UserDb;
}

function describe(o: ChownOpts, uid: number, gid: number): string {
  if (o.prog === 'chgrp' || o.owner.uid === undefined) return groupName(o.db, gid);
  if (o.owner.gid === undefined) return userName(o.db, uid);
  return `${userName(o.db, uid)}:${groupName(o.db, gid)}`;
}

function* changeOne(sys: Sys, path: string, o: ChownOpts, deref: boolean): Gen<boolean> {
  const st = deref ? yield* sys.stat(path) : yield* sys.lstat(path);
  if (typeof st === 'number') {
    yield* warn(sys, `${o.prog}: cannot access ${quoteaf(path)}: ${strerror(st)}`);
    return false;
  }
  const uid = o.owner.uid ?? st.uid;
  const gid = o.owner.gid ?? st.gid;
  const r = deref
    ? yield* sys.chown(path, o.owner.uid ?? -1, o.owner.gid ?? -1)
    : yield* sys.lchown(path, o.owner.uid ?? -1, o.owner.gid ?? -1);
  const what = o.prog === 'chgrp' || o.owner.uid === undefined ? 'group' : 'ownership';
  if (r < 0) {
    const verb = what === 'group' ? 'changing group of' : 'changing ownership of';
    yield* warn(sys, `${o.prog}: ${verb} ${quoteaf(path)}: ${strerror(r)}`);
    return false;
  }
  const changed = uid !== st.uid || gid !== st.gid;
  if (o.verbose === 'all' || (o.verbose === 'changes' && changed)) {
    const line = changed
      ? `changed ${what} of ${quoteaf(path)} from ${describe(o, st.uid, st.gid)} to ${describe(o, uid, gid)}\n`
      : `${what} of ${quoteaf(path)} retained as ${describe(o, uid, gid)}\n`;
    yield* o.out.write(line);
  }
  return true;
}

/** Change one operand (and its tree with -R). */
export function* chownPath(sys: Sys, path: string, o: ChownOpts): Gen<boolean> {
  if (!o.recursive) return yield* changeOne(sys, path, o, !o.noDeref);
  let ok = true;
  yield* walkTree(sys, path, {
    *pre(e) {
      if (e.depth > 0 && isLnk(e.st.mode)) {
        if (!(yield* changeOne(sys, e.path, o, false))) ok = false;
        return false;
      }
      if ((e.st.mode & 0o170000) !== 0o040000) {
        if (!(yield* changeOne(sys, e.path, o, e.depth === 0 && !o.noDeref))) ok = false;
        return false;
      }
      return true;
    },
    *post(e) {
      if (!(yield* changeOne(sys, e.path, o, !o.noDeref))) ok = false;
    },
    *error(p, err, readingDir) {
      ok = false;
      const msg = readingDir ? `cannot read directory ${quoteaf(p)}` : `cannot access ${quoteaf(p)}`;
      yield* warn(sys, `${o.prog}: ${msg}: ${strerror(err)}`);
    },
  });
  return ok;
}

/** chown/chgrp's main loop: change every operand with the options common to both. */
export function* chownOperands(
  sys: Sys,
  prog: 'chown' | 'chgrp',
  owner: Owner,
  options: readonly ParsedOption[],
  operands: readonly string[],
  db: UserDb,
): Gen<number> {
  const out = new Output(sys, STDOUT);
  const verbose = has(options, 'v')
    ? ('all' as const)
    : has(options, 'c')
      ? ('changes' as const)
      : ('none' as const);
  const opts = { prog, owner, recursive: has(options, 'R'), noDeref: has(options, 'h'), verbose, out, db };
  let status = 0;
  for (const path of operands) if (!(yield* chownPath(sys, path, opts))) status = 1;
  yield* out.flush();
  return status;
}

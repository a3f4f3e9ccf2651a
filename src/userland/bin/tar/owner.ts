// Who owns a member and when it was modified, for tar -c: --owner, --group, --numeric-owner and
// --mtime override what lstat says; user and group names come from /etc/passwd and /etc/group.

import type { Stat } from '../../../kernel/abi/stat';
import type { Gen, Sys } from '../../sys';
import type { UserDb } from '../../libc/pwd';
import { groupById, groupByName, loadUserDb, userById, userByName } from '../../libc/pwd';
import { parseDate } from '../../libc/parsedate';
import { warn } from '../../libc/io';
import { isoSeconds, splitNs } from '../../libc/timefmt';
import type { EncodeOptions, TarEntryInput } from '../../libc/tar';
import { CLOCK_REALTIME } from '../../sys';
import type { TarArgs } from './args';

export interface Ownership {
  readonly db: UserDb;
  readonly numeric: boolean;
  readonly uid: number | undefined;
  readonly uname: string | undefined;
  readonly gid: number | undefined;
  readonly gname: string | undefined;
  readonly mtime: number | undefined;
  /** uname/gname of ././@LongLink headers: the names of uid/gid 0, none with --numeric-owner. */
  readonly longLink: EncodeOptions;
}

/** --owner / --group: NAME, NAME:ID or ID. */
function parseOwner(
  arg: string | undefined,
  byName: (n: string) => number | undefined,
): [number | undefined, string | undefined] {
  if (arg === undefined) return [undefined, undefined];
  const colon = arg.indexOf(':');
  if (colon >= 0) return [Number(arg.slice(colon + 1)), arg.slice(0, colon)];
  const id = byName(arg);
  if (id !== undefined) return [id, arg];
  if (/^\d+$/.test(arg)) return [Number(arg), undefined];
  return [undefined, arg];
}

/** --mtime: @SECONDS, a date, or (starting with / or .) a file whose mtime to use. */
export function* parseMtime(sys: Sys, arg: string, verbose: boolean): Gen<number> {
  if (arg.startsWith('/') || arg.startsWith('.')) {
    const st = yield* sys.stat(arg);
    if (typeof st !== 'number') return st.mtime.sec;
  }
  const now = yield* sys.clock_gettime(CLOCK_REALTIME);
  const ns = parseDate(arg, now.sec * 1e9 + now.nsec);
  if (ns === null) {
    yield* warn(sys, `tar: Substituting -9223372036854775807 for unknown date format ‘${arg}’`);
    return -(2 ** 63);
  }
  const { sec, nsec } = splitNs(ns);
  const frac = nsec ? '.' + String(nsec).padStart(9, '0').replace(/0+$/, '') : '';
  const shown = isoSeconds(sec) + frac;
  if (verbose && shown !== arg) yield* warn(sys, `tar: Option --mtime: Treating date '${arg}' as ${shown}`);
  return sec;
}

export function* loadOwnership(sys: Sys, args: TarArgs, mtime: number | undefined): Gen<Ownership> {
  const db = yield* loadUserDb(sys);
  const [uid, uname] = parseOwner(args.owner, (n) => userByName(db, n)?.uid);
  const [gid, gname] = parseOwner(args.group, (n) => groupByName(db, n)?.gid);
  const numeric = args.numericOwner;
  const longLink = numeric
    ? { longLinkUname: '', longLinkGname: '' }
    : { longLinkUname: userById(db, 0)?.name ?? '', longLinkGname: groupById(db, 0)?.name ?? '' };
  return { db, numeric, uid, uname, gid, gname, mtime, longLink };
}

/** name, mode, uid, gid, uname, gname and mtime of a member made from `st`. */
export function ownerFields(own: Ownership, st: Stat, name: string): TarEntryInput {
  const uid = own.uid ?? st.uid;
  const gid = own.gid ?? st.gid;
  const uname = own.numeric ? '' : (own.uname ?? userById(own.db, uid)?.name ?? '');
  const gname = own.numeric ? '' : (own.gname ?? groupById(own.db, gid)?.name ?? '');
  return { name, mode: st.mode & 0o7777, uid, gid, uname, gname, mtime: own.mtime ?? st.mtime.sec };
}

// Tilde expansion: ~ ($HOME), ~user (from /etc/passwd), ~+ ($PWD), ~- ($OLDPWD), at the start of a
// word and, in assignments, after each ':'. An unknown user leaves the text as it is.

import type { WordPart } from '../ast';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { loadUserDb, userByName } from '../../libc/pwd';

function* lookupTilde(sh: Shell, name: string): Gen<string | undefined> {
  if (name === '') {
    const home = sh.vars.get('HOME');
    if (home !== undefined) return home;
    const db = yield* loadUserDb(sh.sys);
    const uid = yield* sh.sys.getuid();
    return db.users.find((u) => u.uid === uid)?.dir;
  }
  if (name === '+') return sh.vars.get('PWD');
  if (name === '-') return sh.vars.get('OLDPWD');
  const db = yield* loadUserDb(sh.sys);
  return userByName(db, name)?.dir;
}

/**
 * Expand a leading tilde in the first literal part (and after ':' in assignments). Returns the
 * expanded text to insert quoted, and the remaining parts.
 */
export function* tildeExpand(
  sh: Shell,
  parts: readonly WordPart[],
  assign: boolean,
): Gen<{ prefix: string | undefined; parts: readonly WordPart[] }> {
  const first = parts[0];
  if (!first || first.k !== 'lit' || !first.v.includes('~')) return { prefix: undefined, parts };
  const tail = parts.slice(1);
  if (!assign) {
    if (!first.v.startsWith('~')) return { prefix: undefined, parts };
    const slash = first.v.indexOf('/');
    if (slash < 0 && tail.length > 0 && tail[0]!.k !== 'lit') return { prefix: undefined, parts };
    const dir = yield* lookupTilde(sh, first.v.slice(1, slash < 0 ? undefined : slash));
    if (dir === undefined) return { prefix: undefined, parts };
    const rest = slash < 0 ? '' : first.v.slice(slash);
    return { prefix: dir, parts: rest === '' ? tail : [{ k: 'lit', v: rest }, ...tail] };
  }
  const segments = first.v.split(':');
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    if (!seg.startsWith('~') || (last && tail.length > 0 && !seg.includes('/'))) {
      out.push(seg);
      continue;
    }
    const slash = seg.indexOf('/');
    const dir = yield* lookupTilde(sh, seg.slice(1, slash < 0 ? undefined : slash));
    out.push(dir === undefined ? seg : dir + (slash < 0 ? '' : seg.slice(slash)));
  }
  return { prefix: out.join(':'), parts: tail };
}

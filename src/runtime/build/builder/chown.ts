// COPY/ADD --chown=USER[:GROUP] (moby parseChownFlag): numbers are taken as they are, names are
// looked up in the /etc/passwd and /etc/group of the image being built; a lone USER is used for
// the group too.

import { decode } from '../../../lib/utf8';
import { parseGroup, parsePasswd } from '../../../userland/libc/pwd';
import type { Lookup } from './scope';
import { resolveInScope } from './scope';

export interface Identity {
  readonly uid: number;
  readonly gid: number;
}

function readEtc(lookup: Lookup, name: 'passwd' | 'group', shown: string): string | { error: string } {
  const resolved = resolveInScope(lookup, `etc/${name}`, shown);
  if (typeof resolved !== 'string')
    return { error: `can't resolve /etc/${name} path in container rootfs: ${resolved.error}` };
  const node = lookup(resolved);
  if (node === 'missing' || node === 'notdir' || node.kind !== 'file') {
    return { error: `open ${shown}/${resolved}: no such file or directory` };
  }
  return decode(node.data);
}

const NUMBER = /^[+-]?\d+$/;

function lookupId(
  spec: string,
  lookup: Lookup,
  kind: 'user' | 'group',
  shown: string,
): number | { error: string } {
  if (NUMBER.test(spec)) return Number(spec);
  const text = readEtc(lookup, kind === 'user' ? 'passwd' : 'group', shown);
  const what = kind === 'user' ? 'uid for user' : 'gid for group';
  if (typeof text !== 'string') return { error: `can't find ${what} ${spec}: ${text.error}` };
  const id =
    kind === 'user'
      ? parsePasswd(text).find((u) => u.name === spec)?.uid
      : parseGroup(text).find((g) => g.name === spec)?.gid;
  return id ?? { error: `can't find ${what} ${spec}: no such ${kind}: ${spec}` };
}

/** The owner --chown names, or the builder's error text (`shown`: the root's name in errors). */
export function parseChown(chown: string, lookup: Lookup, shown = ''): Identity | { error: string } {
  const parts = chown.split(':');
  const wrap = (e: string) => ({ error: `unable to convert uid/gid chown string to host mapping: ${e}` });
  if (parts.length > 2) return wrap(`invalid chown string format: ${chown}`);
  const user = parts[0] ?? '';
  const group = parts[1] ?? user;
  const uid = lookupId(user, lookup, 'user', shown);
  if (typeof uid !== 'number') return wrap(uid.error);
  const gid = lookupId(group, lookup, 'group', shown);
  if (typeof gid !== 'number') return wrap(gid.error);
  return { uid, gid };
}

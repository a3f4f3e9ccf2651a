// getpwuid(3)/getpwnam(3)/getgrgid(3)/getgrouplist(3) over /etc/passwd and /etc/group, the way
// glibc's "files" NSS backend reads them.
//
// Simplification: only the files backend; no shadow, no NIS/LDAP.

import type { Gen, Sys } from '../sys';
import { isErr } from '../sys';
import { readText } from './io';

export interface Passwd {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly gecos: string;
  readonly dir: string;
  readonly shell: string;
}

export interface Group {
  readonly name: string;
  readonly gid: number;
  readonly members: readonly string[];
}

/** Parse /etc/passwd text. */
export function parsePasswd(text: string): Passwd[] {
  const out: Passwd[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 7 || !/^\d+$/.test(f[2]!) || !/^\d+$/.test(f[3]!)) continue;
    out.push({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]), gecos: f[4]!, dir: f[5]!, shell: f[6]! });
  }
  return out;
}

/** Parse /etc/group text. */
export function parseGroup(text: string): Group[] {
  const out: Group[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 4 || !/^\d+$/.test(f[2]!)) continue;
    out.push({ name: f[0]!, gid: Number(f[2]), members: f[3] === '' ? [] : f[3]!.split(',') });
  }
  return out;
}

/** The user and group databases, read once per program run. */
export interface UserDb {
  readonly users: readonly Passwd[];
  readonly groups: readonly Group[];
}

export function* loadUserDb(sys: Sys): Gen<UserDb> {
  const p = yield* readText(sys, '/etc/passwd');
  const g = yield* readText(sys, '/etc/group');
  return {
    users: isErr(p) ? [] : parsePasswd(p as string),
    groups: isErr(g) ? [] : parseGroup(g as string),
  };
}

export function userById(db: UserDb, uid: number): Passwd | undefined {
  return db.users.find((u) => u.uid === uid);
}

export function userByName(db: UserDb, name: string): Passwd | undefined {
  return db.users.find((u) => u.name === name);
}

export function groupById(db: UserDb, gid: number): Group | undefined {
  return db.groups.find((g) => g.gid === gid);
}

export function groupByName(db: UserDb, name: string): Group | undefined {
  return db.groups.find((g) => g.name === name);
}

/** The user name for a uid, or the number as text. */
export function userName(db: UserDb, uid: number): string {
  return userById(db, uid)?.name ?? String(uid);
}

/** The group name for a gid, or the number as text. */
export function groupName(db: UserDb, gid: number): string {
  return groupById(db, gid)?.name ?? String(gid);
}

/** getgrouplist(3): the primary group first, then every group listing the user as a member. */
export function groupList(db: UserDb, user: string, gid: number): number[] {
  const list = [gid];
  for (const g of db.groups) if (g.members.includes(user) && !list.includes(g.gid)) list.push(g.gid);
  return list;
}

/** A uid from a user name or a number; undefined if neither. */
export function parseUser(db: UserDb, text: string): number | undefined {
  const u = userByName(db, text);
  if (u) return u.uid;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

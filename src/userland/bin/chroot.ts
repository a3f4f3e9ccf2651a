// chroot(1), GNU coreutils 9.1: run a command (default "$SHELL -i") with its root directory set to
// NEWROOT, after chdir("/"), optionally as another user (--userspec=USER:GROUP) with other
// supplementary groups (--groups=G1,G2). Exit 125 when chroot itself fails, 126/127 when the
// command cannot be run.
//
// Simplification: users and groups are looked up once, inside the new root (coreutils also looks
// them up outside first, to load NSS plugins).

import type { Command } from '../command';
import { ENOENT, strerror } from '../../kernel/abi/errno';
import type { Gen, Program, Sys } from '../sys';
import { has, last } from '../libc/getopt';
import { parseArgs, usageError } from '../libc/cmd';
import { warn } from '../libc/io';
import { execvp, getenv } from '../libc/execvp';
import { groupByName, groupList, loadUserDb, userById, userByName } from '../libc/pwd';
import type { UserDb } from '../libc/pwd';
import { quoteLocale, quoteaf } from '../libc/quote';
import { coreutilsTool } from '../libc/usage';

const EXIT_CANCELED = 125;

const TOOL = coreutilsTool(
  'chroot',
  'Roland McGrath',
  `Usage: chroot [OPTION] NEWROOT [COMMAND [ARG]...]
  or:  chroot OPTION
Run COMMAND with root directory set to NEWROOT.

      --groups=G_LIST        specify supplementary groups as g1,g2,..,gN
      --userspec=USER:GROUP  specify user and group (ID or name) to use
      --skip-chdir           do not change working directory to '/'
      --help        display this help and exit
      --version     output version information and exit

If no command is given, run '"$SHELL" -i' (default: '/bin/sh -i').
`,
);

const SPECS = [
  { key: 'groups', long: 'groups', arg: true },
  { key: 'userspec', long: 'userspec', arg: true },
  { key: 'skip-chdir', long: 'skip-chdir' },
];

/** A decimal id as xstrtoul reads it (leading blanks and '+'), or undefined. */
function numericId(text: string): number | undefined {
  const m = /^[ \t]*\+?(\d+)$/.exec(text);
  return m && Number(m[1]) <= 0xfffffffe ? Number(m[1]) : undefined;
}

interface Ids {
  uid?: number;
  gid?: number;
}

/** gnulib parse_user_spec(): USER[:GROUP], ":GROUP" or "USER:" (the user's login group). */
export function parseUserSpec(db: UserDb, spec: string): Ids | string {
  const sep = spec.indexOf(':');
  const user = sep < 0 ? spec : spec.slice(0, sep);
  const group = sep < 0 ? undefined : spec.slice(sep + 1);
  const ids: Ids = {};
  if (user !== '') {
    const pw = userByName(db, user);
    const uid = pw?.uid ?? numericId(user);
    if (uid === undefined) return 'invalid user';
    ids.uid = uid;
    if (group === '') {
      if (!pw) return 'cannot get the login group of a numeric UID';
      ids.gid = pw.gid;
    }
  }
  if (group !== undefined && group !== '') {
    const gid = groupByName(db, group)?.gid ?? numericId(group);
    if (gid === undefined) return 'invalid group';
    ids.gid = gid;
  }
  return ids;
}

/** parse_additional_groups(): a comma-separated list of names or numbers. */
export function parseGroups(db: UserDb, list: string): number[] | string {
  const out: number[] = [];
  for (const name of list.split(',').filter((s) => s !== '')) {
    const byName = groupByName(db, name.trim());
    const n = numericId(name);
    const gid = n !== undefined ? (name.trim().startsWith('+') ? n : (byName?.gid ?? n)) : byName?.gid;
    if (gid === undefined) return `invalid group ${quoteLocale(name)}`;
    out.push(gid);
  }
  return out.length > 0 ? out : `invalid group list ${quoteLocale(list)}`;
}

function* die(sys: Sys, message: string): Gen<number> {
  yield* warn(sys, `chroot: ${message}`);
  return EXIT_CANCELED;
}

/** Set groups, gid and uid as --userspec and --groups ask; a string is the error. */
function* setIds(
  sys: Sys,
  userspec: string | undefined,
  groups: string | undefined,
): Gen<string | undefined> {
  const db = yield* loadUserDb(sys);
  const ids = userspec === undefined ? {} : parseUserSpec(db, userspec);
  if (typeof ids === 'string') return ids;
  const uid = ids.uid;
  let gid = ids.gid;
  let username: string | undefined;
  if (uid !== undefined && (groups === undefined || gid === undefined)) {
    const pw = userById(db, uid);
    if (pw) {
      gid ??= pw.gid;
      username = pw.name;
    } else if (gid === undefined) return `no group specified for unknown uid: ${uid}`;
  }
  let gids: number[] = [];
  if (groups !== undefined && groups !== '') {
    const g = parseGroups(db, groups);
    if (typeof g === 'string') return g;
    gids = g;
  } else if (groups === undefined && gid !== undefined && username !== undefined) {
    gids = groupList(db, username, gid);
  }
  if (uid !== undefined || groups !== undefined) {
    const e = yield* sys.setgroups(gids);
    if (e < 0) return `failed to set supplemental groups: ${strerror(e)}`;
  }
  const g = gid === undefined ? 0 : yield* sys.setgid(gid);
  if (g < 0) return `failed to set group-ID: ${strerror(g)}`;
  const u = uid === undefined ? 0 : yield* sys.setuid(uid);
  return u < 0 ? `failed to set user-ID: ${strerror(u)}` : undefined;
}

function* isOldRoot(sys: Sys, dir: string): Gen<boolean> {
  const a = yield* sys.stat(dir);
  const b = yield* sys.stat('/');
  return typeof a !== 'number' && typeof b !== 'number' && a.dev === b.dev && a.ino === b.ino;
}

function* chrootMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const args = yield* parseArgs(sys, { ...TOOL, usageStatus: EXIT_CANCELED }, argv, SPECS, {
    stopAtOperand: true,
  });
  if (typeof args === 'number') return args;
  const [newroot, ...rest] = args.operands;
  const usage = { ...TOOL, usageStatus: EXIT_CANCELED };
  if (newroot === undefined) return yield* usageError(sys, usage, 'chroot: missing operand');
  const skip = has(args.options, 'skip-chdir');
  if (skip && !(yield* isOldRoot(sys, newroot)))
    return yield* usageError(sys, usage, "chroot: option --skip-chdir only permitted if NEWROOT is old '/'");
  const c = yield* sys.chroot(newroot);
  if (c < 0) return yield* die(sys, `cannot change root directory to ${quoteaf(newroot)}: ${strerror(c)}`);
  if (!skip) {
    const d = yield* sys.chdir('/');
    if (d < 0) return yield* die(sys, `cannot chdir to root directory: ${strerror(d)}`);
  }
  const command = rest.length > 0 ? rest : [getenv(envp, 'SHELL') ?? '/bin/sh', '-i'];
  const e = yield* setIds(sys, last(args.options, 'userspec'), last(args.options, 'groups'));
  if (e !== undefined) return yield* die(sys, e);
  const r = yield* execvp(sys, command[0]!, command, envp);
  yield* warn(sys, `chroot: failed to run command ${quoteLocale(command[0]!)}: ${strerror(r)}`);
  return r === -ENOENT ? 127 : 126;
}

export const chroot: Command = {
  summary: 'chroot - run command or interactive shell with special root directory',
  synopsis: 'chroot [OPTION] NEWROOT [COMMAND [ARG]...]',
  description:
    'Run COMMAND with root directory set to NEWROOT (and the working directory set to it, unless --skip-chdir).  With no COMMAND, run \'"$SHELL" -i\'.  --userspec=USER:GROUP and --groups=G1,G2 choose the identity to run as.',
  main: chrootMain,
};

// id(1): print real and effective user and group IDs (coreutils 9.1), names from /etc/passwd and
// /etc/group.

import type { Command } from '../command';
import type { Gen, Program, Sys } from '../sys';
import { parseArgs, usageError } from '../libc/cmd';
import { has } from '../libc/getopt';
import { HELP_OPTS, coreutilsTool } from '../libc/usage';
import { Output, STDOUT, warn } from '../libc/io';
import type { UserDb } from '../libc/pwd';
import { groupList, groupName, loadUserDb, userById, userByName, userName } from '../libc/pwd';

const tool = coreutilsTool(
  'id',
  'Arnold Robbins and David MacKenzie',
  'Usage: id [OPTION]... [USER]...\nPrint user and group information for each specified USER,\n' +
    'or (when USER omitted) for the current process.\n\n' +
    '  -a             ignore, for compatibility with other versions\n' +
    '  -Z, --context  print only the security context of the process\n' +
    '  -g, --group    print only the effective group ID\n' +
    '  -G, --groups   print all group IDs\n' +
    '  -n, --name     print a name instead of a number, for -ugG\n' +
    '  -r, --real     print the real ID instead of the effective ID, with -ugG\n' +
    '  -u, --user     print only the effective user ID\n' +
    '  -z, --zero     delimit entries with NUL characters, not whitespace;\n' +
    '                   not permitted in default format\n' +
    HELP_OPTS +
    '\nWithout any OPTION, print some useful set of identified information.\n',
);

const SPECS = [
  { key: 'a', short: 'a' },
  { key: 'Z', short: 'Z', long: 'context' },
  { key: 'g', short: 'g', long: 'group' },
  { key: 'G', short: 'G', long: 'groups' },
  { key: 'n', short: 'n', long: 'name' },
  { key: 'r', short: 'r', long: 'real' },
  { key: 'u', short: 'u', long: 'user' },
  { key: 'z', short: 'z', long: 'zero' },
];

interface Ids {
  ruid: number;
  euid: number;
  rgid: number;
  egid: number;
  groups: number[];
  user?: string;
}

function* selfIds(sys: Sys): Gen<Ids> {
  const groups = yield* sys.getgroups();
  const egid = yield* sys.getegid();
  return {
    ruid: yield* sys.getuid(),
    euid: yield* sys.geteuid(),
    rgid: yield* sys.getgid(),
    egid,
    groups: [egid, ...groups.filter((g) => g !== egid)],
  };
}

/** The default `uid=0(root) gid=0(root) groups=0(root)` line. */
export function formatIds(db: UserDb, ids: Ids): string {
  const u = (id: number): string => (userById(db, id) ? `${id}(${userName(db, id)})` : `${id}`);
  const g = (id: number): string =>
    groupName(db, id) !== String(id) ? `${id}(${groupName(db, id)})` : `${id}`;
  let s = `uid=${u(ids.ruid)} gid=${g(ids.rgid)}`;
  if (ids.euid !== ids.ruid) s += ` euid=${u(ids.euid)}`;
  if (ids.egid !== ids.rgid) s += ` egid=${g(ids.egid)}`;
  return s + ` groups=${ids.groups.map(g).join(',')}`;
}

function* idMain(sys: Sys, argv: readonly string[]): Program {
  const args = yield* parseArgs(sys, tool, argv, SPECS);
  if (typeof args === 'number') return args;
  const o = args.options;
  const only = ['u', 'g', 'G'].filter((k) => has(o, k)).length;
  if (only > 1) return yield* usageError(sys, tool, 'id: cannot print "only" of more than one choice');
  if (has(o, 'Z')) {
    yield* warn(sys, 'id: --context (-Z) works only on an SELinux-enabled kernel');
    return 1;
  }
  if (only === 0 && (has(o, 'n') || has(o, 'r')))
    return yield* usageError(sys, tool, 'id: cannot print only names or real IDs in default format');
  if (only === 0 && has(o, 'z'))
    return yield* usageError(sys, tool, 'id: option --zero not permitted in default format');
  const db = yield* loadUserDb(sys);
  const targets: (Ids | null)[] = [];
  if (args.operands.length === 0) targets.push(yield* selfIds(sys));
  let status = 0;
  for (const name of args.operands) {
    const pw = userByName(db, name) ?? (/^\d+$/.test(name) ? userById(db, Number(name)) : undefined);
    if (!pw) {
      yield* warn(sys, `id: ‘${name}’: no such user`);
      status = 1;
      continue;
    }
    const gl = groupList(db, pw.name, pw.gid);
    targets.push({ ruid: pw.uid, euid: pw.uid, rgid: pw.gid, egid: pw.gid, groups: gl, user: pw.name });
  }
  const out = new Output(sys, STDOUT);
  const sep = has(o, 'z') ? '\0' : ' ';
  const end = has(o, 'z') ? '\0' : '\n';
  for (const ids of targets) {
    if (!ids) continue;
    const real = has(o, 'r');
    const names = has(o, 'n');
    if (has(o, 'u'))
      out.print(String(names ? userName(db, real ? ids.ruid : ids.euid) : real ? ids.ruid : ids.euid) + end);
    else if (has(o, 'g'))
      out.print(String(names ? groupName(db, real ? ids.rgid : ids.egid) : real ? ids.rgid : ids.egid) + end);
    else if (has(o, 'G'))
      out.print(ids.groups.map((g) => (names ? groupName(db, g) : String(g))).join(sep) + end);
    else out.print(formatIds(db, ids) + '\n');
  }
  yield* out.flush();
  return status;
}

export const id: Command = {
  summary: 'id - print real and effective user and group IDs',
  synopsis: 'id [OPTION]... [USER]...',
  description:
    'Print user and group information for each specified USER, or (when USER omitted) for the current process.',
  main: idMain,
};

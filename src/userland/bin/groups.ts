// groups(1): print the groups a user is in (coreutils 9.1).

import type { Command } from '../command';
import type { Program, Sys } from '../sys';
import { parseArgs } from '../libc/cmd';
import { HELP_OPTS, coreutilsTool } from '../libc/usage';
import { Output, STDOUT, warn } from '../libc/io';
import { groupList, groupName, loadUserDb, userByName } from '../libc/pwd';

const tool = coreutilsTool(
  'groups',
  'David MacKenzie and James Youngman',
  'Usage: groups [OPTION]... [USERNAME]...\n' +
    'Print group memberships for each USERNAME or, if no USERNAME is specified, for\n' +
    'the current process (which may differ if the groups database has changed).\n' +
    HELP_OPTS,
);

function* groupsMain(sys: Sys, argv: readonly string[]): Program {
  const args = yield* parseArgs(sys, tool, argv, []);
  if (typeof args === 'number') return args;
  const db = yield* loadUserDb(sys);
  const out = new Output(sys, STDOUT);
  let status = 0;
  if (args.operands.length === 0) {
    const egid = yield* sys.getegid();
    const rest = (yield* sys.getgroups()).filter((g) => g !== egid);
    out.print([egid, ...rest].map((g) => groupName(db, g)).join(' ') + '\n');
  }
  for (const name of args.operands) {
    const pw = userByName(db, name);
    if (!pw) {
      yield* out.flush();
      yield* warn(sys, `groups: ‘${name}’: no such user`);
      status = 1;
      continue;
    }
    out.print(
      `${name} : ${groupList(db, name, pw.gid)
        .map((g) => groupName(db, g))
        .join(' ')}\n`,
    );
  }
  yield* out.flush();
  return status;
}

export const groups: Command = {
  summary: 'groups - print the groups a user is in',
  synopsis: 'groups [OPTION]... [USERNAME]...',
  description:
    'Print group memberships for each USERNAME or, if no USERNAME is specified, for the current process.',
  main: groupsMain,
};

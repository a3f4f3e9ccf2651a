// uname(1): print system information from uname(2) (coreutils 9.1).

import type { Command } from '../command';
import type { Program, Sys } from '../sys';
import { parseArgs, usageError } from '../libc/cmd';
import { has } from '../libc/getopt';
import { HELP_OPTS, coreutilsTool, extraOperand } from '../libc/usage';
import { STDOUT, writeAll } from '../libc/io';

const tool = coreutilsTool(
  'uname',
  'David MacKenzie',
  'Usage: uname [OPTION]...\nPrint certain system information.  With no OPTION, same as -s.\n\n' +
    '  -a, --all                print all information, in the following order,\n' +
    '                             except omit -p and -i if unknown:\n' +
    '  -s, --kernel-name        print the kernel name\n' +
    '  -n, --nodename           print the network node hostname\n' +
    '  -r, --kernel-release     print the kernel release\n' +
    '  -v, --kernel-version     print the kernel version\n' +
    '  -m, --machine            print the machine hardware name\n' +
    '  -p, --processor          print the processor type (non-portable)\n' +
    '  -i, --hardware-platform  print the hardware platform (non-portable)\n' +
    '  -o, --operating-system   print the operating system\n' +
    HELP_OPTS,
);

const SPECS = [
  { key: 'a', short: 'a', long: 'all' },
  { key: 's', short: 's', long: 'kernel-name' },
  { key: 'n', short: 'n', long: 'nodename' },
  { key: 'r', short: 'r', long: 'kernel-release' },
  { key: 'v', short: 'v', long: 'kernel-version' },
  { key: 'm', short: 'm', long: 'machine' },
  { key: 'p', short: 'p', long: 'processor' },
  { key: 'i', short: 'i', long: 'hardware-platform' },
  { key: 'o', short: 'o', long: 'operating-system' },
];

function* unameMain(sys: Sys, argv: readonly string[]): Program {
  const args = yield* parseArgs(sys, tool, argv, SPECS);
  if (typeof args === 'number') return args;
  if (args.operands.length > 0) return yield* usageError(sys, tool, extraOperand('uname', args.operands[0]!));
  const u = yield* sys.uname();
  const o = args.options;
  const all = has(o, 'a');
  const want = (k: string): boolean => all || has(o, k);
  const none = o.length === 0;
  const parts: string[] = [];
  if (want('s') || none) parts.push(u.sysname);
  if (want('n')) parts.push(u.nodename);
  if (want('r')) parts.push(u.release);
  if (want('v')) parts.push(u.version);
  if (want('m')) parts.push(u.machine);
  if (has(o, 'p')) parts.push('unknown');
  if (has(o, 'i')) parts.push('unknown');
  if (want('o')) parts.push('GNU/Linux');
  const r = yield* writeAll(sys, STDOUT, parts.join(' ') + '\n');
  return r < 0 ? 1 : 0;
}

export const uname: Command = {
  summary: 'uname - print system information',
  synopsis: 'uname [OPTION]...',
  description:
    'Print certain system information.  With no OPTION, same as -s.  -a all, -s kernel name, -n node name, -r kernel release, -v kernel version, -m machine, -p processor, -i hardware platform, -o operating system.',
  main: unameMain,
};

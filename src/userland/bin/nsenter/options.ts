// nsenter(1)'s command line (util-linux 2.38.1): the --help text, the options, and the namespace
// files in the order nsenter enters them (user first, so a second pass can retry the others).

import {
  CLONE_NEWCGROUP,
  CLONE_NEWIPC,
  CLONE_NEWNET,
  CLONE_NEWNS,
  CLONE_NEWPID,
  CLONE_NEWTIME,
  CLONE_NEWUSER,
  CLONE_NEWUTS,
} from '../../../kernel/abi/sched';
import type { OptionSpec } from '../../libc/getopt';

export const NSENTER_HELP = `
Usage:
 nsenter [options] [<program> [<argument>...]]

Run a program with namespaces of other processes.

Options:
 -a, --all              enter all namespaces
 -t, --target <pid>     target process to get namespaces from
 -m, --mount[=<file>]   enter mount namespace
 -u, --uts[=<file>]     enter UTS namespace (hostname etc)
 -i, --ipc[=<file>]     enter System V IPC namespace
 -n, --net[=<file>]     enter network namespace
 -p, --pid[=<file>]     enter pid namespace
 -C, --cgroup[=<file>]  enter cgroup namespace
 -U, --user[=<file>]    enter user namespace
 -T, --time[=<file>]    enter time namespace
 -S, --setuid <uid>     set uid in entered namespace
 -G, --setgid <gid>     set gid in entered namespace
     --preserve-credentials do not touch uids or gids
 -r, --root[=<dir>]     set the root directory
 -w, --wd[=<dir>]       set the working directory
 -W. --wdns <dir>       set the working directory in namespace
 -F, --no-fork          do not fork before exec'ing <program>
 -Z, --follow-context   set SELinux context according to --target PID

 -h, --help             display this help
 -V, --version          display version

For more details see nsenter(1).
`;

/** [option key, CLONE_NEW* flag, /proc/PID file] in namespace_files order. */
export const NS_FILES: ReadonlyArray<readonly [key: string, flag: number, name: string, long: string]> = [
  ['U', CLONE_NEWUSER, 'ns/user', 'user'],
  ['C', CLONE_NEWCGROUP, 'ns/cgroup', 'cgroup'],
  ['i', CLONE_NEWIPC, 'ns/ipc', 'ipc'],
  ['u', CLONE_NEWUTS, 'ns/uts', 'uts'],
  ['n', CLONE_NEWNET, 'ns/net', 'net'],
  ['p', CLONE_NEWPID, 'ns/pid', 'pid'],
  ['m', CLONE_NEWNS, 'ns/mnt', 'mount'],
  ['T', CLONE_NEWTIME, 'ns/time', 'time'],
];

export const NSENTER_SPECS: OptionSpec[] = [
  { key: 'a', short: 'a', long: 'all' },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
  { key: 't', short: 't', long: 'target', arg: true },
  ...NS_FILES.map(([key, , , long]): OptionSpec => ({ key, short: key, long, arg: 'optional' })),
  { key: 'S', short: 'S', long: 'setuid', arg: true },
  { key: 'G', short: 'G', long: 'setgid', arg: true },
  { key: 'preserve-credentials', long: 'preserve-credentials' },
  { key: 'r', short: 'r', long: 'root', arg: 'optional' },
  { key: 'w', short: 'w', long: 'wd', arg: 'optional' },
  { key: 'W', short: 'W', long: 'wdns', arg: true },
  { key: 'F', short: 'F', long: 'no-fork' },
  { key: 'Z', short: 'Z', long: 'follow-context' },
];

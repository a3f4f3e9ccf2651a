// lsns(8)'s command line (util-linux 2.38.1): the --help text, options and output columns.

import type { OptionSpec } from '../../libc/getopt';

export const LSNS_COLUMNS = [
  'NS',
  'TYPE',
  'PATH',
  'NPROCS',
  'PID',
  'PPID',
  'COMMAND',
  'UID',
  'USER',
  'NETNSID',
  'NSFS',
  'PNS',
  'ONS',
] as const;

export type LsnsColumn = (typeof LSNS_COLUMNS)[number];

/** The namespace types in lsns's ns_names order. */
export const NS_TYPES: readonly string[] = ['mnt', 'net', 'pid', 'uts', 'ipc', 'user', 'cgroup', 'time'];

export const LSNS_HELP = `
Usage:
 lsns [options] [<namespace>]

List system namespaces.

Options:
 -J, --json             use JSON output format
 -l, --list             use list format output
 -n, --noheadings       don't print headings
 -o, --output <list>    define which output columns to use
     --output-all       output all columns
 -p, --task <pid>       print process namespaces
 -r, --raw              use the raw output format
 -u, --notruncate       don't truncate text in columns
 -W, --nowrap           don't use multi-line representation
 -t, --type <name>      namespace type (mnt, net, ipc, user, pid, uts, cgroup, time)
 -T, --tree <rel>       use tree format (parent, owner, or process)

 -h, --help             display this help
 -V, --version          display version

Available output columns:
          NS  namespace identifier (inode number)
        TYPE  kind of namespace
        PATH  path to the namespace
      NPROCS  number of processes in the namespace
         PID  lowest PID in the namespace
        PPID  PPID of the PID
     COMMAND  command line of the PID
         UID  UID of the PID
        USER  username of the PID
     NETNSID  namespace ID as used by network subsystem
        NSFS  nsfs mountpoint (usually used network subsystem)
         PNS  parent namespace identifier (inode number)
         ONS  owner namespace identifier (inode number)

For more details see lsns(8).
`;

export const LSNS_SPECS: OptionSpec[] = [
  { key: 'J', short: 'J', long: 'json' },
  { key: 'p', short: 'p', long: 'task', arg: true },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'o', short: 'o', long: 'output', arg: true },
  { key: 'output-all', long: 'output-all' },
  { key: 'u', short: 'u', long: 'notruncate' },
  { key: 'V', short: 'V', long: 'version' },
  { key: 'n', short: 'n', long: 'noheadings' },
  { key: 'W', short: 'W', long: 'nowrap' },
  { key: 'l', short: 'l', long: 'list' },
  { key: 'r', short: 'r', long: 'raw' },
  { key: 't', short: 't', long: 'type', arg: true },
  { key: 'T', short: 'T', long: 'tree', arg: 'optional' },
];

/** string_add_to_idarray(): "A,B" replaces the columns, "+A,B" appends; a string is the error. */
export function parseColumns(list: string, current: readonly LsnsColumn[]): LsnsColumn[] | string {
  const append = list.startsWith('+');
  const out = append ? [...current] : [];
  for (const name of (append ? list.slice(1) : list).split(',')) {
    const col = LSNS_COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (!col) return `unknown column: ${name}`;
    out.push(col);
  }
  return out;
}

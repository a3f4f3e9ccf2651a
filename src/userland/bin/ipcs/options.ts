// ipcs(1)'s --help text and options (util-linux 2.38.1).

import type { OptionSpec } from '../../libc/getopt';

export const IPCS_HELP = `
Usage:
 ipcs [resource-option...] [output-option]
 ipcs -m|-q|-s -i <id>

Show information on IPC facilities.

Options:
 -i, --id <id>  print details on resource identified by <id>
 -h, --help     display this help
 -V, --version  display version

Resource options:
 -m, --shmems      shared memory segments
 -q, --queues      message queues
 -s, --semaphores  semaphores
 -a, --all         all (default)

Output options:
 -t, --time        show attach, detach and change times
 -p, --pid         show PIDs of creator and last operator
 -c, --creator     show creator and owner
 -l, --limits      show resource limits
 -u, --summary     show status summary
     --human       show sizes in human-readable format
 -b, --bytes       show sizes in bytes

For more details see ipcs(1).
`;

export const IPCS_SPECS: OptionSpec[] = [
  { key: 'i', short: 'i', long: 'id', arg: true },
  { key: 'q', short: 'q', long: 'queues' },
  { key: 'm', short: 'm', long: 'shmems' },
  { key: 's', short: 's', long: 'semaphores' },
  { key: 'a', short: 'a', long: 'all' },
  { key: 't', short: 't', long: 'time' },
  { key: 'p', short: 'p', long: 'pid' },
  { key: 'c', short: 'c', long: 'creator' },
  { key: 'l', short: 'l', long: 'limits' },
  { key: 'u', short: 'u', long: 'summary' },
  { key: 'human', long: 'human' },
  { key: 'b', short: 'b', long: 'bytes' },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
];

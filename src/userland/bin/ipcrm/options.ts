// ipcrm(1)'s --help text and options (util-linux 2.38.1).

import type { OptionSpec } from '../../libc/getopt';

export const IPCRM_HELP = `
Usage:
 ipcrm [options]
 ipcrm shm|msg|sem <id>...

Remove certain IPC resources.

Options:
 -m, --shmem-id <id>        remove shared memory segment by id
 -M, --shmem-key <key>      remove shared memory segment by key
 -q, --queue-id <id>        remove message queue by id
 -Q, --queue-key <key>      remove message queue by key
 -s, --semaphore-id <id>    remove semaphore by id
 -S, --semaphore-key <key>  remove semaphore by key
 -a, --all[=shm|msg|sem]    remove all (in the specified category)
 -v, --verbose              explain what is being done

 -h, --help                 display this help
 -V, --version              display version

For more details see ipcrm(1).
`;

export const IPCRM_SPECS: OptionSpec[] = [
  { key: 'm', short: 'm', long: 'shmem-id', arg: true },
  { key: 'M', short: 'M', long: 'shmem-key', arg: true },
  { key: 'q', short: 'q', long: 'queue-id', arg: true },
  { key: 'Q', short: 'Q', long: 'queue-key', arg: true },
  { key: 's', short: 's', long: 'semaphore-id', arg: true },
  { key: 'S', short: 'S', long: 'semaphore-key', arg: true },
  { key: 'a', short: 'a', long: 'all', arg: 'optional' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'V', short: 'V', long: 'version' },
  { key: 'h', short: 'h', long: 'help' },
];

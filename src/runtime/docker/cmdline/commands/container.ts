// The container commands of docker 20.10 (`docker ps`, `docker exec`, … and their `docker container …`
// forms): usage lines, short descriptions, argument counts and flags, as `--help` shows them.

import type { CommandSpec, FlagSpec } from '../spec';
import { flag, FORMAT_TEMPLATE } from './flag';
import { CREATE_FLAGS, RUN_FLAGS } from './containeropts';
import { checkEnv } from '../validators';

const E = { engine: true } as const;
const detachKeys = flag('detach-keys', 'string', 'Override the key sequence for detaching a container');
const formatGo = flag('format', 'string', 'Format the output using the given Go template', 'f');

const PS_FLAGS: FlagSpec[] = [
  flag('all', 'bool', 'Show all containers (default shows just running)', { short: 'a', ...E }),
  flag('filter', 'filter', 'Filter output based on conditions provided', { short: 'f', ...E }),
  FORMAT_TEMPLATE('containers'),
  flag('last', 'int', 'Show n last created containers (includes all states)', { short: 'n', def: -1, ...E }),
  flag('latest', 'bool', 'Show the latest created container (includes all states)', { short: 'l', ...E }),
  flag('no-trunc', 'bool', "Don't truncate output", E),
  flag('quiet', 'bool', 'Only display container IDs', { short: 'q', ...E }),
  flag('size', 'bool', 'Display total file sizes', { short: 's', ...E }),
];

const UPDATE_FLAGS: FlagSpec[] = [
  flag(
    'blkio-weight',
    'uint16',
    'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)',
  ),
  flag('cpu-period', 'int64', 'Limit CPU CFS (Completely Fair Scheduler) period', E),
  flag('cpu-quota', 'int64', 'Limit CPU CFS (Completely Fair Scheduler) quota', E),
  flag('cpu-rt-period', 'int64', 'Limit the CPU real-time period in microseconds'),
  flag('cpu-rt-runtime', 'int64', 'Limit the CPU real-time runtime in microseconds'),
  flag('cpu-shares', 'int64', 'CPU shares (relative weight)', { short: 'c', ...E }),
  flag('cpus', 'decimal', 'Number of CPUs', E),
  flag('cpuset-cpus', 'string', 'CPUs in which to allow execution (0-3, 0,1)', E),
  flag('cpuset-mems', 'string', 'MEMs in which to allow execution (0-3, 0,1)'),
  flag('kernel-memory', 'bytes', 'Kernel memory limit'),
  flag('memory', 'bytes', 'Memory limit', { short: 'm', ...E }),
  flag('memory-reservation', 'bytes', 'Memory soft limit'),
  flag('memory-swap', 'swap', "Swap limit equal to memory plus swap: '-1' to enable unlimited swap", E),
  flag('pids-limit', 'int64', 'Tune container pids limit (set -1 for unlimited)', E),
  flag('restart', 'string', 'Restart policy to apply when a container exits', E),
];

const CP_LONG = `Copy files/folders between a container and the local filesystem

Use '-' as the source to read a tar archive from stdin
and extract it to a directory destination in a container.
Use '-' as the destination to stream a tar archive of a
container source to stdout.`;

const many = { kind: 'min', n: 1 } as const;
const one = { kind: 'exact', n: 1 } as const;

/** Commands shared by the top level and `docker container`. */
export const CONTAINER_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'attach',
    id: 'attach',
    use: '[OPTIONS] CONTAINER',
    short: 'Attach local standard input, output, and error streams to a running container',
    args: one,
    flags: [
      detachKeys,
      flag('no-stdin', 'bool', 'Do not attach STDIN'),
      flag('sig-proxy', 'bool', 'Proxy all received signals to the process', { def: true }),
    ],
  },
  {
    name: 'commit',
    id: 'commit',
    use: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
    short: "Create a new image from a container's changes",
    args: { kind: 'range', min: 1, max: 2 },
    flags: [
      flag('author', 'string', 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")', {
        short: 'a',
        ...E,
      }),
      flag('change', 'list', 'Apply Dockerfile instruction to the created image', { short: 'c', ...E }),
      flag('message', 'string', 'Commit message', { short: 'm', ...E }),
      flag('pause', 'bool', 'Pause container during commit', { short: 'p', def: true, ...E }),
    ],
  },
  {
    name: 'cp',
    id: 'cp',
    use: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    short: 'Copy files/folders between a container and the local filesystem',
    long: CP_LONG,
    args: { kind: 'exact', n: 2 },
    flags: [
      flag('archive', 'bool', 'Archive mode (copy all uid/gid information)', 'a'),
      flag('follow-link', 'bool', 'Always follow symbol link in SRC_PATH', 'L'),
    ],
  },
  {
    name: 'create',
    id: 'create',
    use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
    short: 'Create a new container',
    args: many,
    flags: CREATE_FLAGS,
    stopAtOperand: true,
  },
  {
    name: 'diff',
    id: 'diff',
    use: 'CONTAINER',
    short: "Inspect changes to files or directories on a container's filesystem",
    args: one,
    flags: [],
  },
  {
    name: 'exec',
    id: 'exec',
    use: '[OPTIONS] CONTAINER COMMAND [ARG...]',
    short: 'Run a command in a running container',
    args: { kind: 'min', n: 2 },
    stopAtOperand: true,
    flags: [
      flag('detach', 'bool', 'Detached mode: run command in the background', { short: 'd', ...E }),
      detachKeys,
      flag('env', 'list', 'Set environment variables', { short: 'e', check: checkEnv, ...E }),
      flag('env-file', 'list', 'Read in a file of environment variables', E),
      flag('interactive', 'bool', 'Keep STDIN open even if not attached', { short: 'i', ...E }),
      flag('privileged', 'bool', 'Give extended privileges to the command'),
      flag('tty', 'bool', 'Allocate a pseudo-TTY', { short: 't', ...E }),
      flag('user', 'string', 'Username or UID (format: <name|uid>[:<group|gid>])', { short: 'u', ...E }),
      flag('workdir', 'string', 'Working directory inside the container', { short: 'w', ...E }),
    ],
  },
  {
    name: 'export',
    id: 'export',
    use: '[OPTIONS] CONTAINER',
    short: "Export a container's filesystem as a tar archive",
    args: one,
    flags: [flag('output', 'string', 'Write to a file, instead of STDOUT', { short: 'o', ...E })],
  },
  {
    name: 'kill',
    id: 'kill',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Kill one or more running containers',
    args: many,
    flags: [flag('signal', 'string', 'Signal to send to the container', { short: 's', def: 'KILL', ...E })],
  },
  {
    name: 'logs',
    id: 'logs',
    use: '[OPTIONS] CONTAINER',
    short: 'Fetch the logs of a container',
    args: one,
    flags: [
      flag('details', 'bool', 'Show extra details provided to logs'),
      flag('follow', 'bool', 'Follow log output', { short: 'f', ...E }),
      flag(
        'since',
        'string',
        'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)',
        E,
      ),
      flag('tail', 'string', 'Number of lines to show from the end of the logs', {
        short: 'n',
        def: 'all',
        ...E,
      }),
      flag('timestamps', 'bool', 'Show timestamps', { short: 't', ...E }),
      flag(
        'until',
        'string',
        'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)',
        E,
      ),
    ],
  },
  {
    name: 'pause',
    id: 'pause',
    use: 'CONTAINER [CONTAINER...]',
    short: 'Pause all processes within one or more containers',
    args: many,
    flags: [],
  },
  {
    name: 'port',
    id: 'port',
    use: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
    short: 'List port mappings or a specific mapping for the container',
    args: { kind: 'range', min: 1, max: 2 },
    flags: [],
  },
  {
    name: 'rename',
    id: 'rename',
    use: 'CONTAINER NEW_NAME',
    short: 'Rename a container',
    args: { kind: 'exact', n: 2 },
    flags: [],
  },
  {
    name: 'restart',
    id: 'restart',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Restart one or more containers',
    args: many,
    flags: [
      flag('time', 'int', 'Seconds to wait for stop before killing the container', {
        short: 't',
        def: 10,
        ...E,
      }),
    ],
  },
  {
    name: 'rm',
    id: 'rm',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Remove one or more containers',
    args: many,
    flags: [
      flag('force', 'bool', 'Force the removal of a running container (uses SIGKILL)', { short: 'f', ...E }),
      flag('link', 'bool', 'Remove the specified link', 'l'),
      flag('volumes', 'bool', 'Remove anonymous volumes associated with the container', { short: 'v', ...E }),
    ],
  },
  {
    name: 'run',
    id: 'run',
    use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
    short: 'Run a command in a new container',
    args: many,
    flags: RUN_FLAGS,
    stopAtOperand: true,
  },
  {
    name: 'start',
    id: 'start',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Start one or more stopped containers',
    args: many,
    flags: [
      flag('attach', 'bool', 'Attach STDOUT/STDERR and forward signals', { short: 'a', ...E }),
      flag('checkpoint', 'string', 'Restore from this checkpoint', { hidden: true }),
      flag('checkpoint-dir', 'string', 'Use a custom checkpoint storage directory', { hidden: true }),
      detachKeys,
      flag('interactive', 'bool', "Attach container's STDIN", { short: 'i', ...E }),
    ],
  },
  {
    name: 'stats',
    id: 'stats',
    use: '[OPTIONS] [CONTAINER...]',
    short: 'Display a live stream of container(s) resource usage statistics',
    args: { kind: 'any' },
    flags: [
      flag('all', 'bool', 'Show all containers (default shows just running)', { short: 'a', ...E }),
      FORMAT_TEMPLATE('images'),
      flag('no-stream', 'bool', 'Disable streaming stats and only pull the first result', E),
      flag('no-trunc', 'bool', 'Do not truncate output', E),
    ],
  },
  {
    name: 'stop',
    id: 'stop',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Stop one or more running containers',
    args: many,
    flags: [flag('time', 'int', 'Seconds to wait for stop before killing it', { short: 't', def: 10, ...E })],
  },
  {
    name: 'top',
    id: 'top',
    use: 'CONTAINER [ps OPTIONS]',
    short: 'Display the running processes of a container',
    args: many,
    flags: [],
    stopAtOperand: true,
  },
  {
    name: 'unpause',
    id: 'unpause',
    use: 'CONTAINER [CONTAINER...]',
    short: 'Unpause all processes within one or more containers',
    args: many,
    flags: [],
  },
  {
    name: 'update',
    id: 'update',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Update configuration of one or more containers',
    args: many,
    flags: UPDATE_FLAGS,
  },
  {
    name: 'wait',
    id: 'wait',
    use: 'CONTAINER [CONTAINER...]',
    short: 'Block until one or more containers stop, then print their exit codes',
    args: many,
    flags: [],
  },
];

/** `docker ps` (top level). */
export const PS: CommandSpec = {
  name: 'ps',
  id: 'ps',
  use: '[OPTIONS]',
  short: 'List containers',
  args: { kind: 'none' },
  flags: PS_FLAGS,
};

/** `docker container …` only. */
export const CONTAINER_ONLY: readonly CommandSpec[] = [
  {
    name: 'inspect',
    id: 'container inspect',
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Display detailed information on one or more containers',
    args: many,
    flags: [formatGo, flag('size', 'bool', 'Display total file sizes', 's')],
  },
  {
    name: 'ls',
    id: 'ps',
    use: '[OPTIONS]',
    short: 'List containers',
    aliases: ['ps', 'list'],
    args: { kind: 'none' },
    flags: PS_FLAGS,
  },
  {
    name: 'prune',
    id: 'container prune',
    use: '[OPTIONS]',
    short: 'Remove all stopped containers',
    args: { kind: 'none' },
    flags: [
      flag('filter', 'filter', "Provide filter values (e.g. 'until=<timestamp>')", E),
      flag('force', 'bool', 'Do not prompt for confirmation', { short: 'f', ...E }),
    ],
  },
];

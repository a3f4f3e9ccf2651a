// The flags of `docker run` and `docker create` (cli/command/container/opts.go addFlags plus
// run.go/create.go), every one that 20.10 has, including the hidden ones (--net, --dns-opt,
// --net-alias and the Windows-only --cpu-count/--cpu-percent/--io-maxbandwidth/--io-maxiops).
// `engine: true` marks what the Glasshouse engine acts on; the rest parse, validate and are ignored.

import type { FlagSpec } from '../spec';
import { flag, HELP_LOCAL, PLATFORM, trustFlag } from './flag';
import * as v from '../validators';

const E = { engine: true } as const;

const general: FlagSpec[] = [
  flag('attach', 'list', 'Attach to STDIN, STDOUT or STDERR', { short: 'a', check: v.checkAttach, ...E }),
  flag('device-cgroup-rule', 'list', 'Add a rule to the cgroup allowed devices list', {
    check: v.checkCgroupRule,
  }),
  flag('device', 'list', 'Add a host device to the container'),
  flag('gpus', 'gpus', "GPU devices to add to the container ('all' to pass all GPUs)"),
  flag('env', 'list', 'Set environment variables', { short: 'e', check: v.checkEnv, ...E }),
  flag('env-file', 'list', 'Read in a file of environment variables', E),
  flag('entrypoint', 'string', 'Overwrite the default ENTRYPOINT of the image', E),
  flag('group-add', 'list', 'Add additional groups to join'),
  flag('hostname', 'string', 'Container host name', { short: 'h', ...E }),
  flag('domainname', 'string', 'Container NIS domain name'),
  flag('interactive', 'bool', 'Keep STDIN open even if not attached', { short: 'i', ...E }),
  flag('label', 'list', 'Set meta data on a container', { short: 'l', check: v.checkLabel, ...E }),
  flag('label-file', 'list', 'Read in a line delimited file of labels', E),
  flag('read-only', 'bool', "Mount the container's root filesystem as read only", E),
  flag('restart', 'string', 'Restart policy to apply when a container exits', { def: 'no', ...E }),
  flag('stop-signal', 'string', 'Signal to stop a container', { def: 'SIGTERM', ...E }),
  flag('stop-timeout', 'int', 'Timeout (in seconds) to stop a container', E),
  flag('sysctl', 'map', 'Sysctl options', { check: v.checkSysctl, defText: 'map[]' }),
  flag('tty', 'bool', 'Allocate a pseudo-TTY', { short: 't', ...E }),
  flag('ulimit', 'ulimit', 'Ulimit options', { defText: '[]' }),
  flag('user', 'string', 'Username or UID (format: <name|uid>[:<group|gid>])', { short: 'u', ...E }),
  flag('workdir', 'string', 'Working directory inside the container', { short: 'w', ...E }),
  flag('rm', 'bool', 'Automatically remove the container when it exits', E),
];

const security: FlagSpec[] = [
  flag('cap-add', 'list', 'Add Linux capabilities'),
  flag('cap-drop', 'list', 'Drop Linux capabilities'),
  flag('privileged', 'bool', 'Give extended privileges to this container'),
  flag('security-opt', 'list', 'Security Options'),
  flag('userns', 'string', 'User namespace to use'),
  flag(
    'cgroupns',
    'string',
    "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)",
  ),
];

const network: FlagSpec[] = [
  flag('add-host', 'list', 'Add a custom host-to-IP mapping (host:ip)', { check: v.checkExtraHost, ...E }),
  flag('dns', 'list', 'Set custom DNS servers', { check: v.checkIP }),
  flag('dns-opt', 'list', 'Set DNS options', { hidden: true, dest: 'dns-option' }),
  flag('dns-option', 'list', 'Set DNS options'),
  flag('dns-search', 'list', 'Set custom DNS search domains', { check: v.checkDnsSearch }),
  flag('expose', 'list', 'Expose a port or a range of ports', E),
  flag('ip', 'string', 'IPv4 address (e.g., 172.30.100.104)'),
  flag('ip6', 'string', 'IPv6 address (e.g., 2001:db8::33)'),
  flag('link', 'list', 'Add link to another container', { check: v.checkLink }),
  flag('link-local-ip', 'list', 'Container IPv4/IPv6 link-local addresses'),
  flag('mac-address', 'string', 'Container MAC address (e.g., 92:d0:c6:0a:29:33)'),
  flag('publish', 'list', "Publish a container's port(s) to the host", { short: 'p', ...E }),
  flag('publish-all', 'bool', 'Publish all exposed ports to random ports', { short: 'P', ...E }),
  flag('net', 'network', 'Connect a container to a network', { hidden: true, dest: 'network', ...E }),
  flag('network', 'network', 'Connect a container to a network', E),
  flag('net-alias', 'list', 'Add network-scoped alias for the container', {
    hidden: true,
    dest: 'network-alias',
  }),
  flag('network-alias', 'list', 'Add network-scoped alias for the container'),
];

const storage: FlagSpec[] = [
  flag('log-driver', 'string', 'Logging driver for the container'),
  flag('volume-driver', 'string', 'Optional volume driver for the container'),
  flag('log-opt', 'list', 'Log driver options'),
  flag('storage-opt', 'list', 'Storage driver options for the container'),
  flag('tmpfs', 'list', 'Mount a tmpfs directory', E),
  flag('volumes-from', 'list', 'Mount volumes from the specified container(s)'),
  flag('volume', 'list', 'Bind mount a volume', { short: 'v', ...E }),
  flag('mount', 'mount', 'Attach a filesystem mount to the container', E),
];

const health: FlagSpec[] = [
  flag('health-cmd', 'string', 'Command to run to check health', E),
  flag('health-interval', 'duration', 'Time between running the check (ms|s|m|h) (default 0s)', E),
  flag('health-retries', 'int', 'Consecutive failures needed to report unhealthy', E),
  flag('health-timeout', 'duration', 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)', E),
  flag(
    'health-start-period',
    'duration',
    'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)',
    E,
  ),
  flag('no-healthcheck', 'bool', 'Disable any container-specified HEALTHCHECK', E),
];

const win = { hidden: true } as const;

const resources: FlagSpec[] = [
  flag(
    'blkio-weight',
    'uint16',
    'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)',
  ),
  flag('blkio-weight-device', 'list', 'Block IO weight (relative device weight)', {
    check: v.checkWeightDevice,
    defText: '[]',
  }),
  flag('cidfile', 'string', 'Write the container ID to the file', E),
  flag('cpuset-cpus', 'string', 'CPUs in which to allow execution (0-3, 0,1)', E),
  flag('cpuset-mems', 'string', 'MEMs in which to allow execution (0-3, 0,1)'),
  flag('cpu-count', 'int64', 'CPU count (Windows only)', win),
  flag('cpu-percent', 'int64', 'CPU percent (Windows only)', win),
  flag('cpu-period', 'int64', 'Limit CPU CFS (Completely Fair Scheduler) period', E),
  flag('cpu-quota', 'int64', 'Limit CPU CFS (Completely Fair Scheduler) quota', E),
  flag('cpu-rt-period', 'int64', 'Limit CPU real-time period in microseconds'),
  flag('cpu-rt-runtime', 'int64', 'Limit CPU real-time runtime in microseconds'),
  flag('cpu-shares', 'int64', 'CPU shares (relative weight)', { short: 'c', ...E }),
  flag('cpus', 'decimal', 'Number of CPUs', E),
  flag('device-read-bps', 'list', 'Limit read rate (bytes per second) from a device', {
    check: v.checkThrottleBps,
    defText: '[]',
  }),
  flag('device-read-iops', 'list', 'Limit read rate (IO per second) from a device', {
    check: v.checkThrottleIops,
    defText: '[]',
  }),
  flag('device-write-bps', 'list', 'Limit write rate (bytes per second) to a device', {
    check: v.checkThrottleBps,
    defText: '[]',
  }),
  flag('device-write-iops', 'list', 'Limit write rate (IO per second) to a device', {
    check: v.checkThrottleIops,
    defText: '[]',
  }),
  flag('io-maxbandwidth', 'bytes', 'Maximum IO bandwidth limit for the system drive (Windows only)', win),
  flag('io-maxiops', 'uint64', 'Maximum IOps limit for the system drive (Windows only)', win),
  flag('kernel-memory', 'bytes', 'Kernel memory limit'),
  flag('memory', 'bytes', 'Memory limit', { short: 'm', ...E }),
  flag('memory-reservation', 'bytes', 'Memory soft limit'),
  flag('memory-swap', 'swap', "Swap limit equal to memory plus swap: '-1' to enable unlimited swap", E),
  flag('memory-swappiness', 'int64', 'Tune container memory swappiness (0 to 100)', { def: -1 }),
  flag('oom-kill-disable', 'bool', 'Disable OOM Killer'),
  flag('oom-score-adj', 'int', "Tune host's OOM preferences (-1000 to 1000)"),
  flag('pids-limit', 'int64', 'Tune container pids limit (set -1 for unlimited)', E),
];

const lowLevel: FlagSpec[] = [
  flag('cgroup-parent', 'string', 'Optional parent cgroup for the container'),
  flag('ipc', 'string', 'IPC mode to use'),
  flag('isolation', 'string', 'Container isolation technology'),
  flag('pid', 'string', 'PID namespace to use', E),
  flag('shm-size', 'bytes', 'Size of /dev/shm'),
  flag('uts', 'string', 'UTS namespace to use', E),
  flag('runtime', 'string', 'Runtime to use for this container'),
  flag('init', 'bool', 'Run an init inside the container that forwards signals and reaps processes', E),
];

const containerFlags = [
  ...general,
  ...security,
  ...network,
  ...storage,
  ...health,
  ...resources,
  ...lowLevel,
];

const pullUsage = (verb: string): string => `Pull image before ${verb} ("always"|"missing"|"never")`;

/** `docker run`'s flags. */
export const RUN_FLAGS: readonly FlagSpec[] = [
  flag('detach', 'bool', 'Run container in background and print container ID', { short: 'd', ...E }),
  flag('sig-proxy', 'bool', 'Proxy received signals to the process', { def: true }),
  flag('name', 'string', 'Assign a name to the container', E),
  flag('detach-keys', 'string', 'Override the key sequence for detaching a container'),
  flag('pull', 'string', pullUsage('running'), { def: 'missing', ...E }),
  HELP_LOCAL,
  PLATFORM,
  trustFlag(),
  ...containerFlags,
];

/** `docker create`'s flags. */
export const CREATE_FLAGS: readonly FlagSpec[] = [
  flag('name', 'string', 'Assign a name to the container', E),
  flag('pull', 'string', pullUsage('creating'), { def: 'missing', ...E }),
  HELP_LOCAL,
  PLATFORM,
  trustFlag(),
  ...containerFlags,
];

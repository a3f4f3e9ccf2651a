// The image commands of docker 20.10 (`docker images`, `pull`, `build`, … and `docker image …`).
// `docker build` lists the legacy builder's flags; the BuildKit-only ones (--output, --progress,
// --secret, --ssh) and the experimental --squash are accepted but hidden, as with a 20.10 daemon
// that has experimental features off.

import type { CommandSpec, FlagSpec } from '../spec';
import { flag, FORMAT_TEMPLATE, PLATFORM, trustFlag } from './flag';

const E = { engine: true } as const;
const quiet = (usage: string): FlagSpec => flag('quiet', 'bool', usage, { short: 'q', ...E });
const none = { kind: 'none' } as const;

const IMAGES_FLAGS: FlagSpec[] = [
  flag('all', 'bool', 'Show all images (default hides intermediate images)', { short: 'a', ...E }),
  flag('digests', 'bool', 'Show digests', E),
  flag('filter', 'filter', 'Filter output based on conditions provided', { short: 'f', ...E }),
  FORMAT_TEMPLATE('images'),
  flag('no-trunc', 'bool', "Don't truncate output", E),
  quiet('Only show image IDs'),
];

const RMI_FLAGS: FlagSpec[] = [
  flag('force', 'bool', 'Force removal of the image', { short: 'f', ...E }),
  flag('no-prune', 'bool', 'Do not delete untagged parents'),
];

const hidden = { hidden: true } as const;

const BUILD_FLAGS: FlagSpec[] = [
  flag('add-host', 'list', 'Add a custom host-to-IP mapping (host:ip)'),
  flag('build-arg', 'list', 'Set build-time variables', E),
  flag('cache-from', 'strings', 'Images to consider as cache sources'),
  flag('cgroup-parent', 'string', 'Optional parent cgroup for the container'),
  flag('compress', 'bool', 'Compress the build context using gzip'),
  flag('cpu-period', 'int64', 'Limit the CPU CFS (Completely Fair Scheduler) period'),
  flag('cpu-quota', 'int64', 'Limit the CPU CFS (Completely Fair Scheduler) quota'),
  flag('cpu-shares', 'int64', 'CPU shares (relative weight)', 'c'),
  flag('cpuset-cpus', 'string', 'CPUs in which to allow execution (0-3, 0,1)'),
  flag('cpuset-mems', 'string', 'MEMs in which to allow execution (0-3, 0,1)'),
  trustFlag(),
  flag('file', 'string', "Name of the Dockerfile (Default is 'PATH/Dockerfile')", { short: 'f', ...E }),
  flag('force-rm', 'bool', 'Always remove intermediate containers'),
  flag('iidfile', 'string', 'Write the image ID to the file', E),
  flag('isolation', 'string', 'Container isolation technology'),
  flag('label', 'list', 'Set metadata for an image', E),
  flag('memory', 'bytes', 'Memory limit', 'm'),
  flag('memory-swap', 'swap', "Swap limit equal to memory plus swap: '-1' to enable unlimited swap"),
  flag('network', 'string', 'Set the networking mode for the RUN instructions during build', {
    def: 'default',
  }),
  flag('no-cache', 'bool', 'Do not use cache when building the image', E),
  flag('pull', 'bool', 'Always attempt to pull a newer version of the image', E),
  quiet('Suppress the build output and print image ID on success'),
  flag('rm', 'bool', 'Remove intermediate containers after a successful build', { def: true, ...E }),
  flag('security-opt', 'strings', 'Security options'),
  flag('shm-size', 'bytes', 'Size of /dev/shm'),
  flag('tag', 'list', "Name and optionally a tag in the 'name:tag' format", { short: 't', ...E }),
  flag('target', 'string', 'Set the target build stage to build.', E),
  flag('ulimit', 'ulimit', 'Ulimit options', { defText: '[]' }),
  { ...PLATFORM, hidden: true },
  flag('squash', 'bool', 'Squash newly built layers into a single new layer', hidden),
  flag('stream', 'bool', 'Stream attaches to server to negotiate build context', hidden),
  flag('output', 'list', 'Output destination (format: type=local,dest=path)', { short: 'o', ...hidden }),
  flag(
    'progress',
    'string',
    'Set type of progress output (auto, plain, tty). Use plain to show container output',
    { def: 'auto', ...hidden },
  ),
  flag(
    'secret',
    'strings',
    'Secret file to expose to the build (only if BuildKit enabled): id=mysecret,src=/local/secret',
    hidden,
  ),
  flag(
    'ssh',
    'strings',
    'SSH agent socket or keys to expose to the build (only if BuildKit enabled) (format: default|<id>[=<socket>|<key>[,<key>]])',
    hidden,
  ),
];

/** Commands shared by the top level and `docker image` (the latter names some differently). */
export const IMAGE_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'build',
    id: 'build',
    use: '[OPTIONS] PATH | URL | -',
    short: 'Build an image from a Dockerfile',
    args: { kind: 'exact', n: 1 },
    flags: BUILD_FLAGS,
  },
  {
    name: 'history',
    id: 'history',
    use: '[OPTIONS] IMAGE',
    short: 'Show the history of an image',
    args: { kind: 'exact', n: 1 },
    flags: [
      FORMAT_TEMPLATE('images'),
      flag('human', 'bool', 'Print sizes and dates in human readable format', {
        short: 'H',
        def: true,
        ...E,
      }),
      flag('no-trunc', 'bool', "Don't truncate output", E),
      quiet('Only show image IDs'),
    ],
  },
  {
    name: 'import',
    id: 'import',
    use: '[OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
    short: 'Import the contents from a tarball to create a filesystem image',
    args: { kind: 'min', n: 1 },
    flags: [
      flag('change', 'list', 'Apply Dockerfile instruction to the created image', { short: 'c', ...E }),
      flag('message', 'string', 'Set commit message for imported image', { short: 'm', ...E }),
      PLATFORM,
    ],
  },
  {
    name: 'load',
    id: 'load',
    use: '[OPTIONS]',
    short: 'Load an image from a tar archive or STDIN',
    args: none,
    flags: [
      flag('input', 'string', 'Read from tar archive file, instead of STDIN', { short: 'i', ...E }),
      quiet('Suppress the load output'),
    ],
  },
  {
    name: 'pull',
    id: 'pull',
    use: '[OPTIONS] NAME[:TAG|@DIGEST]',
    short: 'Pull an image or a repository from a registry',
    args: { kind: 'exact', n: 1 },
    flags: [
      flag('all-tags', 'bool', 'Download all tagged images in the repository', { short: 'a', ...E }),
      trustFlag(),
      PLATFORM,
      quiet('Suppress verbose output'),
    ],
  },
  {
    name: 'push',
    id: 'push',
    use: '[OPTIONS] NAME[:TAG]',
    short: 'Push an image or a repository to a registry',
    args: { kind: 'exact', n: 1 },
    flags: [
      flag('all-tags', 'bool', 'Push all tagged images in the repository', { short: 'a', ...E }),
      trustFlag('Skip image signing'),
      quiet('Suppress verbose output'),
    ],
  },
  {
    name: 'save',
    id: 'save',
    use: '[OPTIONS] IMAGE [IMAGE...]',
    short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
    args: { kind: 'min', n: 1 },
    flags: [flag('output', 'string', 'Write to a file, instead of STDOUT', { short: 'o', ...E })],
  },
  {
    name: 'tag',
    id: 'tag',
    use: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    args: { kind: 'exact', n: 2 },
    flags: [],
  },
];

/** `docker images` and `docker rmi` (top level). */
export const IMAGES: CommandSpec = {
  name: 'images',
  id: 'images',
  use: '[OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  args: { kind: 'max', n: 1 },
  flags: IMAGES_FLAGS,
};
export const RMI: CommandSpec = {
  name: 'rmi',
  id: 'rmi',
  use: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  args: { kind: 'min', n: 1 },
  flags: RMI_FLAGS,
};

/** `docker image …` only. */
export const IMAGE_ONLY: readonly CommandSpec[] = [
  {
    name: 'inspect',
    id: 'image inspect',
    use: '[OPTIONS] IMAGE [IMAGE...]',
    short: 'Display detailed information on one or more images',
    args: { kind: 'min', n: 1 },
    flags: [flag('format', 'string', 'Format the output using the given Go template', { short: 'f', ...E })],
  },
  { ...IMAGES, name: 'ls', aliases: ['list'] },
  {
    name: 'prune',
    id: 'image prune',
    use: '[OPTIONS]',
    short: 'Remove unused images',
    args: none,
    flags: [
      flag('all', 'bool', 'Remove all unused images, not just dangling ones', { short: 'a', ...E }),
      flag('filter', 'filter', "Provide filter values (e.g. 'until=<timestamp>')", E),
      flag('force', 'bool', 'Do not prompt for confirmation', { short: 'f', ...E }),
    ],
  },
  { ...RMI, name: 'rm', aliases: ['rmi', 'remove'] },
];

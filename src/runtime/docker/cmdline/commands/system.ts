// The remaining top-level commands of docker 20.10 (version, info, inspect, events, login, logout,
// search) and `docker system …`.

import type { CommandSpec, FlagSpec } from '../spec';
import { flag, FORMAT_TEMPLATE } from './flag';

const E = { engine: true } as const;
const none = { kind: 'none' } as const;
const format = flag('format', 'string', 'Format the output using the given Go template', {
  short: 'f',
  ...E,
});

const EVENTS_FLAGS: FlagSpec[] = [
  flag('filter', 'filter', 'Filter output based on conditions provided', 'f'),
  flag('format', 'string', 'Format the output using the given Go template'),
  flag('since', 'string', 'Show all events created since timestamp'),
  flag('until', 'string', 'Stream events until this timestamp'),
];

export const INFO: CommandSpec = {
  name: 'info',
  id: 'info',
  use: '[OPTIONS]',
  short: 'Display system-wide information',
  args: none,
  flags: [format],
};
export const EVENTS: CommandSpec = {
  name: 'events',
  id: 'events',
  use: '[OPTIONS]',
  short: 'Get real time events from the server',
  args: none,
  flags: EVENTS_FLAGS,
};

const registryLong = (what: string): string =>
  `${what} a Docker registry.\nIf no server is specified, the default is defined by the daemon.`;

export const SYSTEM_TOP: readonly CommandSpec[] = [
  EVENTS,
  INFO,
  {
    name: 'inspect',
    id: 'inspect',
    use: '[OPTIONS] NAME|ID [NAME|ID...]',
    short: 'Return low-level information on Docker objects',
    args: { kind: 'min', n: 1 },
    flags: [
      format,
      flag('size', 'bool', 'Display total file sizes if the type is container', { short: 's', ...E }),
      flag('type', 'string', 'Return JSON for specified type', E),
    ],
  },
  {
    name: 'login',
    id: 'login',
    use: '[OPTIONS] [SERVER]',
    short: 'Log in to a Docker registry',
    long: registryLong('Log in to'),
    args: { kind: 'max', n: 1 },
    flags: [
      flag('password', 'string', 'Password', 'p'),
      flag('password-stdin', 'bool', 'Take the password from stdin'),
      flag('username', 'string', 'Username', 'u'),
    ],
  },
  {
    name: 'logout',
    id: 'logout',
    use: '[SERVER]',
    short: 'Log out from a Docker registry',
    long: registryLong('Log out from'),
    args: { kind: 'max', n: 1 },
    flags: [],
  },
  {
    name: 'search',
    id: 'search',
    use: '[OPTIONS] TERM',
    short: 'Search the Docker Hub for images',
    args: { kind: 'exact', n: 1 },
    flags: [
      flag('filter', 'filter', 'Filter output based on conditions provided', 'f'),
      FORMAT_TEMPLATE('search'),
      flag('limit', 'int', 'Max number of search results', { def: 25 }),
      flag('no-trunc', 'bool', "Don't truncate output"),
      flag('automated', 'bool', 'Only show automated builds', { hidden: true }),
      flag('stars', 'uint64', 'Only displays with at least x stars', { short: 's', hidden: true }),
    ],
  },
  {
    name: 'version',
    id: 'version',
    use: '[OPTIONS]',
    short: 'Show the Docker version information',
    args: none,
    flags: [format, flag('kubeconfig', 'string', 'Kubernetes config file')],
  },
];

export const SYSTEM_ONLY: readonly CommandSpec[] = [
  {
    name: 'df',
    id: 'system df',
    use: '[OPTIONS]',
    short: 'Show docker disk usage',
    args: none,
    flags: [
      FORMAT_TEMPLATE('images'),
      flag('verbose', 'bool', 'Show detailed information on space usage', { short: 'v', ...E }),
    ],
  },
  {
    name: 'prune',
    id: 'system prune',
    use: '[OPTIONS]',
    short: 'Remove unused data',
    args: none,
    flags: [
      flag('all', 'bool', 'Remove all unused images not just dangling ones', { short: 'a', ...E }),
      flag('filter', 'filter', "Provide filter values (e.g. 'label=<key>=<value>')", E),
      flag('force', 'bool', 'Do not prompt for confirmation', { short: 'f', ...E }),
      flag('volumes', 'bool', 'Prune volumes', E),
    ],
  },
];

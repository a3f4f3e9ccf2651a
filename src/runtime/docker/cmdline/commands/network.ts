// `docker network …` and `docker volume …` of docker 20.10: parsed and checked like the rest so that
// their help, usage errors and flag errors are exact, for an engine that may or may not model them.

import type { CommandSpec } from '../spec';
import { flag } from './flag';

const format = flag('format', 'string', 'Format the output using the given Go template', 'f');
const force = flag('force', 'bool', 'Do not prompt for confirmation', 'f');
const mapOpt = (name: string, usage: string, short?: string) =>
  flag(name, 'map', usage, { defText: 'map[]', ...(short === undefined ? {} : { short }) });
const none = { kind: 'none' } as const;
const atLeastOne = { kind: 'min', n: 1 } as const;

export const NETWORK_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'connect',
    id: 'network connect',
    use: '[OPTIONS] NETWORK CONTAINER',
    short: 'Connect a container to a network',
    args: { kind: 'exact', n: 2 },
    flags: [
      flag('alias', 'strings', 'Add network-scoped alias for the container'),
      flag('driver-opt', 'strings', 'driver options for the network'),
      flag('ip', 'string', 'IPv4 address (e.g., 172.30.100.104)'),
      flag('ip6', 'string', 'IPv6 address (e.g., 2001:db8::33)'),
      flag('link', 'list', 'Add link to another container'),
      flag('link-local-ip', 'strings', 'Add a link-local address for the container'),
    ],
  },
  {
    name: 'create',
    id: 'network create',
    use: '[OPTIONS] NETWORK',
    short: 'Create a network',
    args: { kind: 'exact', n: 1 },
    flags: [
      flag('attachable', 'bool', 'Enable manual container attachment'),
      mapOpt('aux-address', 'Auxiliary IPv4 or IPv6 addresses used by Network driver'),
      flag('config-from', 'string', 'The network from which to copy the configuration'),
      flag('config-only', 'bool', 'Create a configuration only network'),
      flag('driver', 'string', 'Driver to manage the Network', { short: 'd', def: 'bridge' }),
      flag('gateway', 'strings', 'IPv4 or IPv6 Gateway for the master subnet'),
      flag('ingress', 'bool', 'Create swarm routing-mesh network'),
      flag('internal', 'bool', 'Restrict external access to the network'),
      flag('ip-range', 'strings', 'Allocate container ip from a sub-range'),
      flag('ipam-driver', 'string', 'IP Address Management Driver', { def: 'default' }),
      mapOpt('ipam-opt', 'Set IPAM driver specific options'),
      flag('ipv6', 'bool', 'Enable IPv6 networking'),
      flag('label', 'list', 'Set metadata on a network'),
      mapOpt('opt', 'Set driver specific options', 'o'),
      flag('scope', 'string', "Control the network's scope"),
      flag('subnet', 'strings', 'Subnet in CIDR format that represents a network segment'),
    ],
  },
  {
    name: 'disconnect',
    id: 'network disconnect',
    use: '[OPTIONS] NETWORK CONTAINER',
    short: 'Disconnect a container from a network',
    args: { kind: 'exact', n: 2 },
    flags: [flag('force', 'bool', 'Force the container to disconnect from a network', 'f')],
  },
  {
    name: 'inspect',
    id: 'network inspect',
    use: '[OPTIONS] NETWORK [NETWORK...]',
    short: 'Display detailed information on one or more networks',
    args: atLeastOne,
    flags: [format, flag('verbose', 'bool', 'Verbose output for diagnostics', 'v')],
  },
  {
    name: 'ls',
    id: 'network ls',
    use: '[OPTIONS]',
    short: 'List networks',
    aliases: ['list'],
    args: none,
    flags: [
      flag('filter', 'filter', "Provide filter values (e.g. 'driver=bridge')", 'f'),
      flag('format', 'string', 'Pretty-print networks using a Go template'),
      flag('no-trunc', 'bool', 'Do not truncate the output'),
      flag('quiet', 'bool', 'Only display network IDs', 'q'),
    ],
  },
  {
    name: 'prune',
    id: 'network prune',
    use: '[OPTIONS]',
    short: 'Remove all unused networks',
    args: none,
    flags: [flag('filter', 'filter', "Provide filter values (e.g. 'until=<timestamp>')"), force],
  },
  {
    name: 'rm',
    id: 'network rm',
    use: 'NETWORK [NETWORK...]',
    short: 'Remove one or more networks',
    aliases: ['remove'],
    args: atLeastOne,
    flags: [],
  },
];

export const VOLUME_COMMANDS: readonly CommandSpec[] = [
  {
    name: 'create',
    id: 'volume create',
    use: '[OPTIONS] [VOLUME]',
    short: 'Create a volume',
    args: { kind: 'max', n: 1 },
    flags: [
      flag('driver', 'string', 'Specify volume driver name', { short: 'd', def: 'local' }),
      flag('label', 'list', 'Set metadata for a volume'),
      mapOpt('opt', 'Set driver specific options', 'o'),
      flag('name', 'string', 'Specify volume name', { hidden: true }),
    ],
  },
  {
    name: 'inspect',
    id: 'volume inspect',
    use: '[OPTIONS] VOLUME [VOLUME...]',
    short: 'Display detailed information on one or more volumes',
    args: atLeastOne,
    flags: [format],
  },
  {
    name: 'ls',
    id: 'volume ls',
    use: '[OPTIONS]',
    short: 'List volumes',
    aliases: ['list'],
    args: none,
    flags: [
      flag('filter', 'filter', "Provide filter values (e.g. 'dangling=true')", 'f'),
      flag('format', 'string', 'Pretty-print volumes using a Go template'),
      flag('quiet', 'bool', 'Only display volume names', 'q'),
    ],
  },
  {
    name: 'prune',
    id: 'volume prune',
    use: '[OPTIONS]',
    short: 'Remove all unused local volumes',
    args: none,
    flags: [flag('filter', 'filter', "Provide filter values (e.g. 'label=<label>')"), force],
  },
  {
    name: 'rm',
    id: 'volume rm',
    use: '[OPTIONS] VOLUME [VOLUME...]',
    short: 'Remove one or more volumes',
    long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
    example: '\n$ docker volume rm hello\nhello\n',
    aliases: ['remove'],
    args: atLeastOne,
    flags: [flag('force', 'bool', 'Force the removal of one or more volumes', 'f')],
  },
];

// The `docker` root command: global options, the management commands (image, container, system,
// network, volume, and the ones Glasshouse only lists: swarm, plugin, …) and the top-level commands.

import type { CommandSpec, FlagSpec } from '../spec';
import { flag } from './flag';
import { CONTAINER_COMMANDS, CONTAINER_ONLY, PS } from './container';
import { IMAGE_COMMANDS, IMAGE_ONLY, IMAGES, RMI } from './image';
import { EVENTS, INFO, SYSTEM_ONLY, SYSTEM_TOP } from './system';
import { NETWORK_COMMANDS, VOLUME_COMMANDS } from './network';

/** The client version line `docker --version` prints (Debian 12's docker.io). */
export const DOCKER_VERSION_LINE = 'Docker version 20.10.24+dfsg1, build 297e128';

/** Global options; the defaults under the client config directory (`~/.docker`). */
export function globalFlags(configDir: string): FlagSpec[] {
  return [
    flag('config', 'string', 'Location of client config files', { def: configDir }),
    flag(
      'context',
      'string',
      'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")',
      'c',
    ),
    flag('debug', 'bool', 'Enable debug mode', 'D'),
    flag('host', 'list', 'Daemon socket(s) to connect to', 'H'),
    flag('log-level', 'string', 'Set the logging level ("debug"|"info"|"warn"|"error"|"fatal")', {
      short: 'l',
      def: 'info',
    }),
    flag('tls', 'bool', 'Use TLS; implied by --tlsverify'),
    flag('tlscacert', 'string', 'Trust certs signed only by this CA', { def: `${configDir}/ca.pem` }),
    flag('tlscert', 'string', 'Path to TLS certificate file', { def: `${configDir}/cert.pem` }),
    flag('tlskey', 'string', 'Path to TLS key file', { def: `${configDir}/key.pem` }),
    flag('tlsverify', 'bool', 'Use TLS and verify the remote'),
    flag('version', 'bool', 'Print version information and quit', 'v'),
  ];
}

function managed(name: string, short: string, subs: readonly CommandSpec[]): CommandSpec {
  return { name, id: name, use: 'COMMAND', short, args: { kind: 'none' }, flags: [], subcommands: subs };
}

function stub(name: string, short: string): CommandSpec {
  return {
    name,
    id: name,
    use: 'COMMAND',
    short,
    args: { kind: 'any' },
    flags: [],
    subcommands: [],
    stub: true,
  };
}

const IMAGE_GROUP = managed('image', 'Manage images', [...IMAGE_COMMANDS, ...IMAGE_ONLY]);

const CONTAINER_GROUP = managed('container', 'Manage containers', [...CONTAINER_COMMANDS, ...CONTAINER_ONLY]);

const SYSTEM_GROUP = managed('system', 'Manage Docker', [...SYSTEM_ONLY, EVENTS, INFO]);

const NETWORK_GROUP = managed('network', 'Manage networks', NETWORK_COMMANDS);

const VOLUME_GROUP = managed('volume', 'Manage volumes', VOLUME_COMMANDS);

const STUBS: CommandSpec[] = [
  stub('builder', 'Manage builds'),
  stub('completion', 'Generate the autocompletion script for the specified shell'),
  stub('config', 'Manage Docker configs'),
  stub('context', 'Manage contexts'),
  stub('manifest', 'Manage Docker image manifests and manifest lists'),
  stub('node', 'Manage Swarm nodes'),
  stub('plugin', 'Manage plugins'),
  stub('secret', 'Manage Docker secrets'),
  stub('service', 'Manage services'),
  stub('stack', 'Manage Docker stacks'),
  stub('swarm', 'Manage Swarm'),
  stub('trust', 'Manage trust on Docker images'),
];

/** The help command (docker's replacement for cobra's). */
export const HELP_COMMAND: CommandSpec = {
  name: 'help',
  id: 'help',
  use: '[command]',
  short: 'Help about the command',
  args: { kind: 'any' },
  flags: [],
};

/** The whole command tree under `docker`. */
export function rootSpec(configDir: string): CommandSpec {
  const top = [...CONTAINER_COMMANDS, ...IMAGE_COMMANDS, ...SYSTEM_TOP, PS, IMAGES, RMI];
  return {
    name: 'docker',
    id: 'docker',
    use: '[OPTIONS] COMMAND [ARG...]',
    short: 'A self-sufficient runtime for containers',
    args: { kind: 'any' },
    flags: globalFlags(configDir),
    subcommands: [IMAGE_GROUP, CONTAINER_GROUP, SYSTEM_GROUP, NETWORK_GROUP, VOLUME_GROUP, ...STUBS, ...top],
  };
}

// runtime/docker/cmdline: the command-line layer of Glasshouse's `docker` program, modelled on the
// docker 20.10.24 client (Debian 12's docker.io): spf13/pflag + cobra parsing, every command's flag
// table, usage line and --help text, the CLI-side validations and conversions of `run`/`create`
// (ports, env, env-files, labels, restart policies, networks, mounts…) and the exact error texts
// and exit statuses. Pure: no Sys; the engine gets a typed DockerInvocation or a DockerOutput.
//   spec.ts         flag and command table types
//   gostrconv.ts    strconv.ParseInt/ParseUint/ParseBool with Go's errors
//   units.ts        go-units RAMInBytes, NanoCPUs (big.Rat)
//   gonet.ts        net.ParseIP, encoding/csv records
//   validators.ts   opts.Validate* for list flags
//   optvalues.ts    --ulimit, --network, --mount, --filter values
//   kinds.ts        pflag Value.Set/Type/DefValue per flag kind
//   flagset.ts      pflag's parser
//   usage.ts        cobra usage/help templates, pflag FlagUsagesWrapped, argument-count errors
//   commands/       the command tables (container, image, system, root)
//   parse.ts        the front door: parseDockerArgs
//   ports.ts, env.ts, hostopts.ts, netconfig.ts, containerconfig.ts, hostconfig.ts, createbody.ts:
//                   `run`/`create` options → the POST /containers/create body, CLI-side errors
//   runopts.ts      what `run` adds (-d detaches, the TTY check, the OOM warning)
//   output.ts       writeUsage: print a DockerOutput through Sys
//
// Simplification: management commands Glasshouse does not model (swarm, plugin, context, …) are
// listed and accepted but parsed no further (DockerInvocation.stub); plugins do not exist; the
// client's random -e order (a Go map) is made first-occurrence order.

export type * from './spec';
export type { DockerInvocation, DockerOutput, DockerParse, GlobalOptions, ParseOptions } from './parse';
export { parseDockerArgs } from './parse';
export { DOCKER_VERSION_LINE } from './commands/root';
export type { FileText } from './env';
export type { CreateBody, CreateRequest, HostConfigBody, HealthConfig } from './createbody';
export type { PortBinding } from './ports';
export { containerCreateRequest, filesToRead, reportError } from './containerconfig';
export { applyRunOptions, oomWarning } from './runopts';
export { Flags } from './flagread';
export { parsePortSpecs, convertPublish } from './ports';
export { writeUsage } from './output';
export type { ExecBody } from './execconfig';
export { execRequest } from './execconfig';
export type { ServerComponent, ServerVersion } from './version';
export { clientVersionText, versionText } from './version';

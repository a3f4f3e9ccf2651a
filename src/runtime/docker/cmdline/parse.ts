// The docker 20.10 CLI's front door: global options (HandleGlobalFlags), cobra's Traverse down to a
// command, the command's own flags, `--help`/`-h`, `--version`, `docker help …`, argument counts, and
// every error as the real binary prints it (text, stream, exit status 125 for flag errors, 1 otherwise).

import type { CommandSpec, EnvLookup, FlagValue } from './spec';
import type { CommandNode } from './usage';
import { arityError, helpText, usageString } from './usage';
import { parseFlagSet } from './flagset';
import { DOCKER_VERSION_LINE, HELP_COMMAND, rootSpec } from './commands/root';
import { HELP_PERSISTENT } from './commands/flag';

export interface GlobalOptions {
  readonly config: string;
  readonly context: string;
  readonly debug: boolean;
  readonly hosts: readonly string[];
  readonly logLevel: string;
  readonly tls: boolean;
  readonly tlsverify: boolean;
}

/** A command to run: what the parser hands to the engine. */
export interface DockerInvocation {
  readonly kind: 'command';
  /** Canonical command: 'run', 'ps' (also for `container ls`), 'image inspect', 'network' (stub)… */
  readonly id: string;
  /** The words that named it, for messages: 'docker container run'. */
  readonly path: string;
  readonly flags: Readonly<Record<string, FlagValue>>;
  readonly changed: ReadonlySet<string>;
  readonly args: readonly string[];
  /** Operands before `--` (-1 without `--`). */
  readonly argsLenAtDash: number;
  readonly global: GlobalOptions;
  /** Listed by docker but not implemented by the Glasshouse engine (network, volume, swarm, …). */
  readonly stub: boolean;
  /** Text to print before running (pflag deprecation notices). */
  readonly stdout: string;
  readonly stderr: string;
}

/** Something the CLI prints and exits with, without running a command. */
export interface DockerOutput {
  readonly kind: 'output';
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

export type DockerParse = DockerInvocation | DockerOutput;

export interface ParseOptions {
  /** The CLI's environment (for `-e NAME`); none by default. */
  readonly env?: EnvLookup;
  /** Terminal columns of standard input (TIOCGWINSZ), or undefined when it is not a terminal (80). */
  readonly columns?: number;
  /** $HOME, for the `~/.docker` defaults (default /root). */
  readonly home?: string;
}

interface Ctx {
  readonly env: EnvLookup;
  readonly width: number;
  readonly root: CommandNode;
}

/** What the global options already decided before cobra runs the command. */
interface Preset {
  readonly global: GlobalOptions;
  readonly stderr: string;
  readonly help: boolean;
  readonly version: boolean;
}

const LOG_LEVELS = new Set(['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace']);

const out = (stdout: string, stderr: string, status: number): DockerOutput => ({
  kind: 'output',
  stdout,
  stderr,
  status,
});

function child(node: CommandNode, spec: CommandSpec): CommandNode {
  return { spec, path: `${node.path} ${spec.name}`, parent: node, inherited: [HELP_PERSISTENT] };
}

function findSub(node: CommandNode, word: string): CommandNode | undefined {
  const spec = (node.spec.subcommands ?? []).find((c) => c.name === word || (c.aliases ?? []).includes(word));
  if (spec !== undefined) return child(node, spec);
  if (node.parent === undefined && word === 'help') return child(node, HELP_COMMAND);
  return undefined;
}

/**
 * cobra's FlagErrorFunc as docker sets it: the error, the --help hint, the usage for groups. Errors
 * in the global options come before cobra's Execute has added its `completion` command.
 */
function flagError(ctx: Ctx, node: CommandNode, err: string, beforeExecute = false): DockerOutput {
  const subs = node.spec.subcommands?.filter((c) => !beforeExecute || c.name !== 'completion');
  const shown: CommandNode =
    subs === undefined ? node : { ...node, spec: { ...node.spec, subcommands: subs } };
  const usage = node.spec.subcommands !== undefined ? '\n\n' + usageString(shown, ctx.width) : '';
  return out('', `${err}\nSee '${node.path} --help'.${usage}\n`, 125);
}

/** cobra Traverse: flags before each subcommand word belong to the command above it. */
interface Found {
  readonly node: CommandNode;
  readonly rest: string[];
  /** --help/-h given to a command group before the subcommand (`docker image --help ls`). */
  readonly help: boolean;
}

/** Whether the flags given to a group before its subcommand word set the shared --help. */
function groupHelp(node: CommandNode, words: readonly string[], env: EnvLookup): boolean {
  if (words.length === 0) return false;
  const r = parseFlagSet([...node.spec.flags, ...node.inherited], words, false, env);
  return r.values['help'] === true;
}

/** cobra Traverse: flags before each subcommand word belong to the command above it. */
function traverse(node: CommandNode, args: readonly string[], env: EnvLookup, help = false): Found {
  let inFlag = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const isBool = (name: string, short: boolean): boolean =>
      [...node.spec.flags, ...node.inherited].some(
        (f) => (short ? f.short : f.name) === name && f.kind === 'bool',
      );
    if (arg.startsWith('--') && !arg.includes('=')) inFlag = !isBool(arg.slice(2), false);
    else if (arg.startsWith('-') && !arg.includes('=') && arg.length === 2 && !isBool(arg.slice(1), true))
      inFlag = true;
    else if (inFlag) inFlag = false;
    else if (!(arg.startsWith('-') && arg.length > 1)) {
      const next = node.spec.subcommands === undefined ? undefined : findSub(node, arg);
      if (next === undefined) return { node, rest: [...args], help };
      const h = help || (node.parent !== undefined && groupHelp(node, args.slice(0, i), env));
      if (next.spec.stub === true) return { node: next, rest: args.slice(i + 1), help: h };
      return traverse(next, args.slice(i + 1), env, h);
    }
  }
  return { node, rest: [...args], help };
}

function helpCommand(ctx: Ctx, args: readonly string[]): DockerOutput {
  let node = ctx.root;
  let i = 0;
  for (; i < args.length; i++) {
    const next = node.spec.subcommands === undefined ? undefined : findSub(node, args[i] ?? '');
    if (next === undefined) break;
    node = next;
  }
  if (i < args.length)
    return out('', `unknown help topic: ${args.slice(node === ctx.root ? 0 : i).join(' ')}\n`, 1);
  return out(helpText(node, ctx.width), '', 0);
}

function runNode(ctx: Ctx, node: CommandNode, args: readonly string[], pre: Preset): DockerParse {
  const { spec } = node;
  const flags = [...spec.flags, ...node.inherited.filter((f) => !spec.flags.some((g) => g.name === f.name))];
  const r = parseFlagSet(flags, args, spec.stopAtOperand === true, ctx.env);
  if (r.error !== undefined) return flagError(ctx, node, r.error);
  const notices = r.notices.map((n) => n + '\n').join('');
  const inheritsHelp = !spec.flags.some((f) => f.name === 'help');
  if (r.values['help'] === true || (pre.help && inheritsHelp))
    return out(notices + helpText(node, ctx.width), pre.stderr, 0);
  if (node === ctx.root)
    return rootRun(ctx, r.args, pre.version || r.values['version'] === true, notices, pre.stderr);
  if (spec === HELP_COMMAND) return helpCommand(ctx, r.args);
  if (spec.subcommands !== undefined && spec.stub !== true && r.args.length === 0) {
    return out(notices, pre.stderr + helpText(node, ctx.width), 0);
  }
  const bad = arityError(node, spec.args, r.args.length, ctx.width);
  if (bad !== undefined) return out(notices, pre.stderr + bad + '\n', 1);
  return {
    kind: 'command',
    id: spec.id,
    path: node.path,
    flags: r.values,
    changed: r.changed,
    args: r.args,
    argsLenAtDash: r.argsLenAtDash,
    global: pre.global,
    stub: spec.stub === true,
    stdout: notices,
    stderr: pre.stderr,
  };
}

function rootRun(
  ctx: Ctx,
  args: readonly string[],
  version: boolean,
  notices: string,
  pre: string,
): DockerOutput {
  if (version) return out(notices + DOCKER_VERSION_LINE + '\n', pre, 0);
  if (args.length === 0) return out(notices, pre + helpText(ctx.root, ctx.width), 0);
  return out(notices, `${pre}docker: '${args[0] ?? ''}' is not a docker command.\nSee 'docker --help'\n`, 1);
}

/** Parse the words after `docker` the way docker 20.10 does. */
export function parseDockerArgs(argv: readonly string[], options: ParseOptions = {}): DockerParse {
  const configDir = `${options.home ?? '/root'}/.docker`;
  const root: CommandNode = { spec: rootSpec(configDir), path: 'docker', inherited: [HELP_PERSISTENT] };
  const ctx: Ctx = { env: options.env ?? (() => undefined), width: options.columns ?? 80, root };
  const g = parseFlagSet([...root.spec.flags, HELP_PERSISTENT], argv, true, ctx.env);
  if (g.error !== undefined) return flagError(ctx, root, g.error, true);
  const stderr = g.notices.map((n) => n + '\n').join('');
  const str = (k: string): string => {
    const v = g.values[k];
    return typeof v === 'string' ? v : '';
  };
  if (!LOG_LEVELS.has(str('log-level').toLowerCase())) {
    return out('', `${stderr}Unable to parse logging level: ${str('log-level')}\n`, 1);
  }
  const global: GlobalOptions = {
    config: str('config'),
    context: str('context'),
    debug: g.values['debug'] === true,
    hosts: Array.isArray(g.values['host']) ? (g.values['host'] as string[]) : [],
    logLevel: str('log-level'),
    tls: g.values['tls'] === true,
    tlsverify: g.values['tlsverify'] === true,
  };
  const preset: Preset = {
    global,
    stderr,
    help: g.values['help'] === true,
    version: g.values['version'] === true,
  };
  const found = traverse(root, g.args, ctx.env);
  return runNode(ctx, found.node, found.rest, { ...preset, help: preset.help || found.help });
}

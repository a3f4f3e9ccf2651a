// The headless entry: `npm run -s sim -- [--profile default|hybrid] [--seed N] (-c 'CMDS' | FILE.sh | -)`.
// Boots a fresh world, runs the script as root, writes what the terminal would show (stdout and stderr
// interleaved, in order) to our stdout and exits with the script's status.

import { fstatSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isatty } from 'node:tty';
import { createWorld } from '../world';
import type { ExecOptions, WorldOptions } from '../world/types';
import { USAGE, parseArgs } from './args';
import type { SimArgs } from './args';

const EX_USAGE = 2;
const EX_SOFTWARE = 70;

interface Script {
  readonly text: string;
  readonly scriptName?: string;
  readonly stdin?: string;
}

/** bash's message and status when it cannot read a script file. */
function fileError(path: string, error: unknown): { message: string; status: number } {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return { message: `sim: ${path}: No such file or directory\n`, status: 127 };
  if (code === 'EISDIR') return { message: `sim: ${path}: Is a directory\n`, status: 126 };
  if (code === 'EACCES') return { message: `sim: ${path}: Permission denied\n`, status: 126 };
  return {
    message: `sim: ${path}: ${error instanceof Error ? error.message : String(error)}\n`,
    status: 126,
  };
}

/**
 * Our stdin, for the script to read, when it is a pipe, a socket (Node's child_process pipes are
 * socket pairs) or a file; never a terminal or /dev/null. The world needs all its input before the
 * script starts, so a writer that never closes our stdin makes us wait, as `cat` would.
 */
function pipedStdin(): string | undefined {
  try {
    const st = fstatSync(0);
    return st.isFIFO() || st.isSocket() || st.isFile() ? readFileSync(0, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Loads the script; returns an exit status instead when that is impossible. */
function loadScript(args: SimArgs): Script | number {
  const { source } = args;
  if (source.kind === 'command') {
    const stdin = pipedStdin();
    return stdin === undefined ? { text: source.text } : { text: source.text, stdin };
  }
  if (source.kind === 'file') {
    let text: string;
    try {
      text = readFileSync(source.path, 'utf8');
    } catch (error) {
      const { message, status } = fileError(source.path, error);
      process.stderr.write(message);
      return status;
    }
    const stdin = pipedStdin();
    const scriptName = basename(source.path);
    return stdin === undefined ? { text, scriptName } : { text, scriptName, stdin };
  }
  if (source.implicit && isatty(0)) {
    process.stderr.write(`sim: no script given\n${USAGE}`);
    return EX_USAGE;
  }
  return { text: readFileSync(0, 'utf8') };
}

function run(script: Script, args: SimArgs): number {
  const worldOptions: WorldOptions =
    args.seed === undefined ? { profile: args.profile } : { profile: args.profile, seed: args.seed };
  const world = createWorld(worldOptions);
  const execOptions: ExecOptions = {
    ...(script.scriptName === undefined ? {} : { scriptName: script.scriptName }),
    ...(script.stdin === undefined ? {} : { stdin: script.stdin }),
  };
  const result = world.exec(script.text, execOptions);
  process.stdout.write(result.output);
  return result.status;
}

function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.help === true) {
      process.stdout.write(USAGE);
      return 0;
    }
    process.stderr.write(`sim: ${parsed.error}\n${USAGE}`);
    return EX_USAGE;
  }
  const script = loadScript(parsed.args);
  if (typeof script === 'number') return script;
  try {
    return run(script, parsed.args);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`sim: internal error: ${detail}\n`);
    return EX_SOFTWARE;
  }
}

process.exitCode = main(process.argv.slice(2));

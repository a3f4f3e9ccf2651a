// src/cli: the headless entry (`npm run -s sim`), Node only. It boots a world, runs one script in it
// and mirrors the script's output and exit status, like `bash -c` or `bash FILE.sh` would.
// Simplification: the script gets no positional parameters ($1...), and the world reports output only
// once the script has finished (no streaming).
//
// This file parses the command line; it is pure so it can be unit-tested.

import type { Profile } from '../world/types';

export const USAGE = `usage: sim [--profile default|hybrid] [--seed N] (-c 'COMMANDS' | FILE.sh | -)
  -c COMMANDS      run COMMANDS like bash -c
  FILE.sh          run the host file FILE.sh (errors read "FILE.sh: line N: ...")
  -                read the script from standard input (also the default when stdin is not a terminal)
  --profile NAME   boot profile: default (cgroup v2) or hybrid (the reference host); default: default
  --seed N         seed of the simulated machine (a non-negative integer)
`;

/** Where the script comes from. */
export type ScriptSource =
  | { readonly kind: 'command'; readonly text: string }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin'; readonly implicit: boolean };

export interface SimArgs {
  readonly profile: Profile;
  /** Undefined: the world's default seed. */
  readonly seed: number | undefined;
  readonly source: ScriptSource;
}

export type ParseResult =
  | { readonly ok: true; readonly args: SimArgs }
  | { readonly ok: false; readonly error: string; readonly help?: boolean };

const PROFILES: readonly Profile[] = ['default', 'hybrid'];

function fail(error: string): ParseResult {
  return { ok: false, error };
}

/** Splits `--name=value` or takes the value from the next argument. */
function optionValue(argv: readonly string[], i: number, name: string): { value?: string; next: number } {
  const arg = argv[i] ?? '';
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), next: i + 1 };
  const value = argv[i + 1];
  return value === undefined ? { next: i + 1 } : { value, next: i + 2 };
}

function parseSeed(text: string): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Parses the arguments after `sim` (process.argv.slice(2)). */
export function parseArgs(argv: readonly string[]): ParseResult {
  let profile: Profile = 'default';
  let seed: number | undefined;
  let source: ScriptSource | undefined;
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return { ok: false, error: '', help: true };
    if (arg === '--profile' || arg.startsWith('--profile=')) {
      const { value, next } = optionValue(argv, i, '--profile');
      if (value === undefined) return fail('option --profile needs a value');
      const found = PROFILES.find((p) => p === value);
      if (found === undefined) return fail(`unknown profile '${value}' (expected default or hybrid)`);
      profile = found;
      i = next;
    } else if (arg === '--seed' || arg.startsWith('--seed=')) {
      const { value, next } = optionValue(argv, i, '--seed');
      if (value === undefined) return fail('option --seed needs a value');
      const n = parseSeed(value);
      if (n === undefined) return fail(`invalid seed '${value}' (expected a non-negative integer)`);
      seed = n;
      i = next;
    } else if (arg === '-c') {
      const text = argv[i + 1];
      if (text === undefined) return fail('option -c needs an argument');
      if (source !== undefined) return fail('only one script may be given');
      source = { kind: 'command', text };
      i += 2;
    } else if (arg === '-' || !arg.startsWith('-')) {
      if (source !== undefined) return fail(`unexpected argument '${arg}'`);
      source = arg === '-' ? { kind: 'stdin', implicit: false } : { kind: 'file', path: arg };
      i += 1;
    } else {
      return fail(`unknown option '${arg}'`);
    }
  }
  return { ok: true, args: { profile, seed, source: source ?? { kind: 'stdin', implicit: true } } };
}

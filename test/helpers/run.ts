// runSh: boot a fresh simulated machine and run a script in it like `bash -c`, for end-to-end tests.
// One world per call, with a fixed seed, so results are repeatable and tests cannot leak state.
import { createWorld } from '../../src/world';
import type { ExecOptions, ExecResult, Profile } from '../../src/world/types';

export const TEST_SEED = 1;

export interface RunOptions {
  /** Bytes fed to the script's standard input (default: none, like </dev/null). */
  readonly stdin?: string;
  /** Boot profile (default: 'default', cgroup v2). */
  readonly profile?: Profile;
  /** Script name for $0 and error prefixes ("NAME.sh: line N: "); default: like `bash -c`. */
  readonly scriptName?: string;
}

export type RunResult = ExecResult;

export function runSh(script: string, options: RunOptions = {}): RunResult {
  const world = createWorld({ seed: TEST_SEED, profile: options.profile ?? 'default' });
  const exec: ExecOptions = {
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    ...(options.scriptName === undefined ? {} : { scriptName: options.scriptName }),
  };
  return world.exec(script, exec);
}

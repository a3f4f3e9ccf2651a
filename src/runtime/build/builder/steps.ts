// Helpers shared by the dispatchers: the cache probe (` ---> Using cache`), a build container for
// a metadata step (` ---> Running in <id>`, whose creation makes a missing working directory,
// as Docker's container create does), and the commit of a metadata instruction.

import { shortId } from '../../image';
import { encodeLayer } from '../../image/changeset';
import type { Gen } from '../../../userland/sys';
import { commitStep } from './images';
import type { MutableRunConfig } from './runconfig';
import { copyRunConfig, shellOf } from './runconfig';
import { resolveInScope } from './scope';
import type { BuildEnv, DispatchState } from './state';
import { BuildFailure } from './types';
import { Upper } from './upper';
import { mergedDir } from './values';

export function* probeCache(env: BuildEnv, state: DispatchState, config: MutableRunConfig): Gen<boolean> {
  const hit = env.prober.probe(state.imageId, config);
  if (!hit) return false;
  yield* env.sink.write(' ---> Using cache\n');
  state.setImage(hit);
  return true;
}

/** SetupWorkingDirectory at container create: the layer that makes WorkingDir, if it is missing. */
function* workdirLayer(
  env: BuildEnv,
  state: DispatchState,
  containerId: string,
): Gen<Uint8Array | undefined> {
  const wd = state.runConfig.WorkingDir;
  if (!wd) return undefined;
  const now = Number((yield* env.backend.now()) / 1_000_000_000n);
  const upper = new Upper(env.trees.tree(state.image), now);
  const resolved = resolveInScope(upper.lookup, wd, mergedDir(containerId));
  if (typeof resolved !== 'string') throw new BuildFailure(resolved.error);
  const node = upper.lookup(resolved);
  if (node !== 'missing' && node !== 'notdir') {
    if (node.kind === 'dir') return undefined;
    throw new BuildFailure(`Cannot mkdir: ${wd} is not a directory`);
  }
  const made = upper.dir(resolved);
  if ('error' in made) throw new BuildFailure(made.error);
  return encodeLayer(upper.root);
}

/** probeAndCreate + commitContainer for a step whose container runs nothing. */
export function* commitWithCmd(env: BuildEnv, state: DispatchState, cmd: string[]): Gen<void> {
  const config = copyRunConfig(state.runConfig, { Cmd: cmd });
  if (yield* probeCache(env, state, config)) return;
  const id = yield* env.backend.newContainerId();
  const layer = yield* workdirLayer(env, state, id);
  env.containers.push(id);
  yield* env.sink.write(` ---> Running in ${shortId(id)}\n`);
  // The daemon filled in the config it created the container with, and that is what is committed.
  const created = { ...config, Hostname: shortId(id), Labels: config.Labels ?? {} };
  yield* commitStep(env, state, { containerConfig: created, containerId: id, ...(layer ? { layer } : {}) });
}

/** builder.commit: the instruction recorded as `<shell> #(nop)  <comment>`. */
export function commitComment(env: BuildEnv, state: DispatchState, comment: string): Gen<void> {
  return commitWithCmd(env, state, [...shellOf(state.runConfig), '#(nop) ', comment]);
}

// FROM (moby initializeStage): the base is an earlier stage, `scratch`, or an image (pulled if
// missing); the stage starts from the base's config with PATH defaulted, and runs the base's
// ONBUILD triggers (`# Executing N build trigger(s)`) before its own instructions.

import type { Gen } from '../../../userland/sys';
import { expandFrom } from '../expand';
import { parseInstructionLine } from '../parse';
import type { FromInstruction } from '../types';
import { dispatch } from './dispatch';
import { copyRunConfig, withDefaultPath } from './runconfig';
import type { BuildEnv, DispatchState } from './state';
import { BuildFailure } from './types';

function* baseImage(env: BuildEnv, state: DispatchState, from: FromInstruction): Gen<void> {
  const meta = state.buildArgs.allMeta();
  const x = expandFrom(from, (n) => meta.get(n), env.escape);
  if ('error' in x) throw new BuildFailure(x.error);
  const stage = env.stages.byName.get(x.image.toLowerCase());
  if (stage !== undefined) {
    const image = stage === '' ? undefined : env.store.image(stage);
    state.setImage(image);
    return;
  }
  if (x.image === 'scratch') {
    state.setImage(undefined);
    return;
  }
  const image = yield* env.backend.resolve(x.image, env.sink);
  if (typeof image === 'string') throw new BuildFailure(image);
  state.setImage(image);
}

function* runTriggers(env: BuildEnv, state: DispatchState, triggers: readonly string[]): Gen<void> {
  yield* env.sink.write(`# Executing ${triggers.length} build trigger${triggers.length > 1 ? 's' : ''}\n`);
  for (const trigger of triggers) {
    state.updateRunConfig();
    const instr = parseInstructionLine(trigger, env.escape);
    if ('error' in instr) throw new BuildFailure(instr.error);
    yield* dispatch(env, state, instr);
  }
}

/** Begin a stage: resolve its base and run the base's triggers. */
export function* initializeStage(env: BuildEnv, state: DispatchState, from: FromInstruction): Gen<void> {
  env.prober.reset();
  yield* baseImage(env, state, from);
  state.stageName = from.stageName;
  state.runConfig = copyRunConfig(state.image?.config.config ?? {});
  withDefaultPath(state.runConfig);
  state.runConfig.OpenStdin = false;
  state.runConfig.StdinOnce = false;
  const triggers = state.runConfig.OnBuild ?? [];
  if (triggers.length > 0) {
    state.runConfig.OnBuild = null;
    yield* runTriggers(env, state, triggers);
  }
}

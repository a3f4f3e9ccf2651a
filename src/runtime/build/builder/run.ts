// RUN (moby dispatchRun): the command is probed against the cache with the build args in front
// (`|1 V=2 /bin/sh -c …`, sorted), run in a container of the current image with the build args
// added to its environment, and its changes committed. A non-zero exit ends the build with
// `The command '…' returned a non-zero code: N` and the CLI exits N.

import { shortId } from '../../image';
import type { Gen } from '../../../userland/sys';
import type { ShellFormInstruction } from '../types';
import { commitStep } from './images';
import { copyRunConfig, shellOf } from './runconfig';
import type { BuildEnv, DispatchState } from './state';
import { probeCache } from './steps';
import { BuildFailure } from './types';

/** prependEnvOnCmd: `|N k=v …` before the command (proxy args only when declared). */
function withBuildArgs(state: DispatchState, args: readonly string[], cmd: readonly string[]): string[] {
  const kept = args
    .filter((kv) => state.buildArgs.isReferencedOrNotBuiltin(kv.split('=', 1)[0] ?? ''))
    .sort();
  return [`|${kept.length}`, ...kept, ...cmd];
}

export function* dispatchRun(env: BuildEnv, state: DispatchState, instr: ShellFormInstruction): Gen<void> {
  const rc = state.runConfig;
  const cmd =
    instr.cmd.length === 0 ? [] : instr.prependShell ? [...shellOf(rc), ...instr.cmd] : [...instr.cmd];
  const buildArgs = state.buildArgs.filterAllowed(rc.Env);
  const saveCmd = buildArgs.length > 0 ? withBuildArgs(state, buildArgs, cmd) : cmd;
  const entrypoint = saveCmd.length > 0 ? { Entrypoint: null } : {};
  const probeConfig = copyRunConfig(rc, { Cmd: saveCmd, ArgsEscaped: false, ...entrypoint });
  if (yield* probeCache(env, state, probeConfig)) return;
  const runConfig = copyRunConfig(rc, {
    Cmd: cmd,
    ArgsEscaped: false,
    Env: [...(rc.Env ?? []), ...buildArgs],
    ...(cmd.length > 0 ? { Entrypoint: null } : {}),
  });
  let containerId = '';
  const started = function* (id: string): Gen<void> {
    containerId = id;
    env.containers.push(id);
    yield* env.sink.write(` ---> Running in ${shortId(id)}\n`);
  };
  const outcome = yield* env.backend.run(state.image, runConfig, started, env.sink.runStreams());
  if ('error' in outcome) throw new BuildFailure(outcome.error);
  if (outcome.status !== 0) {
    throw new BuildFailure(
      `The command '${cmd.join(' ')}' returned a non-zero code: ${outcome.status}`,
      outcome.status,
    );
  }
  yield* commitStep(env, state, { containerConfig: probeConfig, containerId, layer: outcome.layer });
}

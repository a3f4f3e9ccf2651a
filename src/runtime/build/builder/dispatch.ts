// One instruction of a stage (moby evaluator.go dispatch and dispatchers.go): variables are
// substituted from the stage's ENV and declared build args, the run config is changed, and
// the step is committed (metadata instructions as `#(nop)` containers, RUN by running it,
// COPY/ADD as a computed layer). After a successful step its containers are removed.

import { shortId } from '../../image';
import type { Gen } from '../../../userland/sys';
import { expandInstruction } from '../expand';
import { nopText } from '../history';
import type { Instruction } from '../types';
import { dispatchCopy } from './copy';
import { dispatchRun } from './run';
import type { MutableRunConfig } from './runconfig';
import { envLookup, setEnv, shellOf } from './runconfig';
import type { BuildEnv, DispatchState } from './state';
import { commitComment, commitWithCmd } from './steps';
import { BuildFailure } from './types';
import { parsePortSpecs, validSignal } from './values';

/** normalizeWorkdir: relative to the current directory, cleaned. */
export function normalizeWorkdir(current: string | undefined, requested: string): string {
  if (requested === '') throw new BuildFailure('cannot normalize nothing');
  const parts = (requested.startsWith('/') ? requested : `/${current ?? ''}/${requested}`).split('/');
  const out: string[] = [];
  for (const c of parts) {
    if (c === '' || c === '.') continue;
    if (c === '..') out.pop();
    else out.push(c);
  }
  return '/' + out.join('/');
}

const union = (a: readonly string[] | null | undefined, b: readonly string[]): string[] => [
  ...new Set([...(a ?? []), ...b]),
];

/** The run config change of a metadata instruction; false for the others. */
function applyMetadata(state: DispatchState, x: Instruction): boolean {
  const rc: MutableRunConfig = state.runConfig;
  switch (x.kind) {
    case 'ENV':
      for (const p of x.pairs) setEnv(rc, p.key, p.value);
      return true;
    case 'LABEL':
      rc.Labels = { ...(rc.Labels ?? {}), ...Object.fromEntries(x.pairs.map((p) => [p.key, p.value])) };
      return true;
    case 'MAINTAINER':
      state.maintainer = x.value;
      return true;
    case 'EXPOSE': {
      const ports = parsePortSpecs(x.values);
      if (!Array.isArray(ports)) throw new BuildFailure(ports.error);
      rc.ExposedPorts = union(rc.ExposedPorts, ports);
      return true;
    }
    case 'USER':
      rc.User = x.value;
      return true;
    case 'VOLUME':
      if (x.values.some((v) => v === ''))
        throw new BuildFailure('VOLUME specified can not be an empty string');
      rc.Volumes = union(rc.Volumes, x.values);
      return true;
    case 'STOPSIGNAL':
      if (!validSignal(x.value)) throw new BuildFailure(`Invalid signal: ${x.value}`);
      rc.StopSignal = x.value;
      return true;
    case 'ARG':
      state.buildArgs.addArg(x.name, x.defaultValue);
      return true;
    case 'SHELL':
      rc.Shell = [...x.values];
      return true;
    case 'ONBUILD':
      rc.OnBuild = [...(rc.OnBuild ?? []), x.expression];
      return true;
    case 'HEALTHCHECK':
      return true;
    default:
      return false;
  }
}

function* dispatchCommand(env: BuildEnv, state: DispatchState, x: Instruction): Gen<void> {
  const rc = state.runConfig;
  if (x.kind === 'RUN') return yield* dispatchRun(env, state, x);
  if (x.kind === 'COPY' || x.kind === 'ADD') return yield* dispatchCopy(env, state, x);
  if (x.kind === 'WORKDIR') {
    rc.WorkingDir = normalizeWorkdir(rc.WorkingDir, x.value);
    return yield* commitWithCmd(env, state, [...shellOf(rc), `#(nop) WORKDIR ${rc.WorkingDir}`]);
  }
  if (x.kind === 'CMD' || x.kind === 'ENTRYPOINT') {
    const cmd = x.cmd.length === 0 ? [] : x.prependShell ? [...shellOf(rc), ...x.cmd] : [...x.cmd];
    delete rc.ArgsEscaped;
    if (x.kind === 'CMD') {
      rc.Cmd = cmd;
      if (x.cmd.length > 0) state.cmdSet = true;
    } else {
      rc.Entrypoint = cmd;
      if (!state.cmdSet) rc.Cmd = null;
    }
    return yield* commitComment(env, state, nopText(x, shellOf(rc)) ?? '');
  }
  if (!applyMetadata(state, x)) throw new BuildFailure(`unsupported command type: ${x.kind}`);
  return yield* commitComment(env, state, nopText(x, shellOf(rc)) ?? '');
}

/** Dispatch one instruction; on success (or with --force-rm) its containers are removed. */
export function* dispatch(env: BuildEnv, state: DispatchState, instr: Instruction): Gen<void> {
  const rc = state.runConfig;
  const envs = [...(rc.Env ?? []), ...state.buildArgs.filterAllowed(rc.Env)];
  const x = expandInstruction(instr, envLookup(envs), env.escape);
  if ('error' in x) throw new BuildFailure(x.error);
  let failed = true;
  try {
    yield* dispatchCommand(env, state, x);
    failed = false;
  } finally {
    const made = env.containers.splice(0);
    if (env.options.forceRm || (!failed && env.options.rm !== false)) {
      for (const id of made) {
        yield* env.backend.removeContainer(id);
        yield* env.sink.write(`Removing intermediate container ${shortId(id)}\n`);
      }
    }
  }
}

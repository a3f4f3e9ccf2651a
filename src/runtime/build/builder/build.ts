// `docker build` on the daemon side with the legacy builder (moby builder/dockerfile builder.go
// and api/server/backend/build): parse the Dockerfile, run the stages step by step printing
// `Step N/M : <instruction>` and ` ---> <image>` after each, then `Successfully built` and
// `Successfully tagged`. Errors before any output reach the CLI as `Error response from daemon:`.

import type { Digest, ImageRef } from '../../image';
import { familiarString, parseNormalizedNamed, shortId, withDefaultTag } from '../../image';
import type { Gen } from '../../../userland/sys';
import type { BuildContext } from '../context';
import { expandInstruction } from '../expand';
import { parseDockerfile } from '../parse';
import type { ArgInstruction, Dockerfile, Stage } from '../types';
import type { BuildBackend, BuildOutput } from './backend';
import { BuildArgs } from './buildargs';
import { dispatch } from './dispatch';
import { Prober, TreeCache } from './images';
import { Sink } from './sink';
import { initializeStage } from './stage';
import type { BuildEnv } from './state';
import { DispatchState } from './state';
import type { BuildOptions, BuildResult } from './types';
import { BuildFailure } from './types';

/** A daemon error before the build starts streaming. */
class DaemonError extends Error {}

function parse(context: BuildContext): Dockerfile {
  if (context.dockerfile === '')
    throw new DaemonError(`the Dockerfile (${context.dockerfileName}) cannot be empty`);
  const r = parseDockerfile(context.dockerfile);
  if (r.ok) return r.dockerfile;
  // BuildKit 0.8 (Docker 20.10) spelled the typed pass's prefix in lower case; those errors are
  // reported as they are, the AST pass's are wrapped.
  const m = r.error.message.replace(/^Dockerfile parse error line /, 'dockerfile parse error line ');
  const typed = m.startsWith('dockerfile parse error line ') || m === 'no build stage in current context';
  throw new DaemonError(typed ? m : `failed to parse ${context.dockerfileName}: ${m}`);
}

function selectStages(df: Dockerfile, target: string | undefined): Stage[] {
  if (!target) return df.stages;
  const i = df.stages.findIndex((s) => s.name === target.toLowerCase());
  if (i < 0) throw new DaemonError(`failed to reach build target ${target} in Dockerfile`);
  return df.stages.slice(0, i + 1);
}

function* runStages(env: BuildEnv, df: Dockerfile, stages: Stage[], args: BuildArgs): Gen<DispatchState> {
  const total = df.metaArgs.length + stages.reduce((n, s) => n + 1 + s.instructions.length, 0);
  let step = 1;
  const print = (text: string) => env.sink.write(`Step ${step++}/${total} : ${text}\n`);
  for (const meta of df.metaArgs) {
    yield* print(meta.original);
    const allowed = args.allAllowed();
    const x = expandMeta(meta, (n) => allowed.get(n), env.escape);
    args.addArg(x.name, x.defaultValue);
    args.addMetaArg(x.name, x.defaultValue);
  }
  let state = new DispatchState(args.clone());
  for (const stage of stages) {
    if (stage.name !== '' && env.stages.byName.has(stage.name))
      throw new BuildFailure(`${stage.name} stage name already used`);
    const stageArgs = args.clone();
    stageArgs.resetAllowed();
    state = new DispatchState(stageArgs);
    yield* print(stage.from.original);
    yield* initializeStage(env, state, stage.from);
    state.updateRunConfig();
    yield* env.sink.write(` ---> ${shortId(state.imageId)}\n`);
    for (const instr of stage.instructions) {
      yield* print(instr.original);
      yield* dispatch(env, state, instr);
      state.updateRunConfig();
      yield* env.sink.write(` ---> ${shortId(state.imageId)}\n`);
    }
    args.mergeReferenced(state.buildArgs);
    if (stage.name !== '') env.stages.byName.set(stage.name, state.imageId);
    env.stages.flat.push(state.imageId);
  }
  const warning = args.unusedWarning();
  if (warning) yield* env.sink.write(warning);
  return state;
}

function expandMeta(
  meta: ArgInstruction,
  lookup: (n: string) => string | undefined,
  escape: string,
): ArgInstruction {
  const x = expandInstruction(meta, lookup, escape);
  if ('error' in x) throw new BuildFailure(x.error);
  return x.kind === 'ARG' ? x : meta;
}

/** The -t references (NewTagger): tagged with `latest` when no tag is given; no digests. */
function tagRefs(tags: readonly string[]): ImageRef[] {
  const out: ImageRef[] = [];
  for (const t of tags) {
    if (t === '') continue;
    const r = parseNormalizedNamed(t);
    if (!r.ok) throw new DaemonError(r.error);
    if (r.ref.digest !== undefined) throw new DaemonError('build tag cannot contain a digest');
    const ref = withDefaultTag(r.ref);
    if (!out.some((o) => familiarString(o) === familiarString(ref))) out.push(ref);
  }
  return out;
}

function newEnv(
  backend: BuildBackend,
  context: BuildContext,
  options: BuildOptions,
  sink: Sink,
  escape: '\\' | '`',
): BuildEnv {
  return {
    backend,
    store: backend.store,
    sink,
    context,
    options,
    prober: new Prober(backend.store, !!options.noCache),
    trees: new TreeCache(backend.store),
    escape,
    stages: { byName: new Map(), flat: [] },
    containers: [],
  };
}

/**
 * Build an image from a prepared context. The stream goes to `out` (held back with -q, which
 * prints `sha256:<id>` alone); the result says what the CLI prints on failure.
 */
export function* build(
  backend: BuildBackend,
  context: BuildContext,
  options: BuildOptions,
  out: BuildOutput,
): Gen<BuildResult> {
  const sink = new Sink(out, !!options.quiet);
  try {
    const tags = tagRefs(options.tags ?? []);
    const df = parse(context);
    const stages = selectStages(df, options.target);
    const env = newEnv(backend, context, options, sink, df.escapeToken);
    if (df.warnings.length > 0) yield* sink.stderr(df.warnings.join('\n') + '\n');
    const args = new BuildArgs(new Map(Object.entries(options.buildArgs ?? {})));
    const state = yield* runStages(env, df, stages, args);
    if (state.imageId === '') throw new BuildFailure('No image was generated. Is your Dockerfile empty?');
    const id: Digest = state.imageId;
    yield* sink.write(`Successfully built ${shortId(id)}\n`);
    for (const ref of tags) {
      backend.store.tag(ref, id);
      yield* sink.write(`Successfully tagged ${familiarString(ref)}\n`);
    }
    if (options.quiet) yield* sink.final(`${id}\n`);
    return { ok: true, imageId: id };
  } catch (e) {
    if (!(e instanceof DaemonError || e instanceof BuildFailure)) throw e;
    const streamed = sink.streamed && e instanceof BuildFailure;
    const error = streamed ? e.message : `Error response from daemon: ${e.message}`;
    return { ok: false, error, status: e instanceof BuildFailure && streamed ? e.status : 1, log: sink.log };
  }
}

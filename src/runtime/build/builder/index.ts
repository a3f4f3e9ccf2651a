// The image builder of `docker build` as Docker 20.10's legacy builder (DOCKER_BUILDKIT=0) ran
// it: Step lines, the local image cache (a child image of the same parent with the same container
// config), one image per step with its history entry, RUN in containers of the engine, COPY/ADD
// layers computed here, multi-stage builds, build args and ONBUILD triggers.
//   build.ts      build(): parse, stages, Successfully built/tagged, how errors surface
//   stage.ts      FROM and ONBUILD triggers
//   dispatch.ts   one instruction: variable substitution, metadata instructions
//   run.ts        RUN;  copy.ts, copytree.ts, sources.ts, chown.ts, url.ts: COPY and ADD
//   images.ts     cache probe, flattened image trees, the commit of a step
//   steps.ts      Using cache / Running in / #(nop) commits
//   upper.ts      a step's changes as an overlay-style upper tree; scope.ts: symlinks in a root
//   buildargs.ts  ARG and --build-arg;  runconfig.ts: the run config;  values.ts: ports, signals
//   backend.ts    what the engine provides (containers, image resolution, clock)
//
// Simplification: HEALTHCHECK is recorded in history but not in the image config (the config
// model has no Healthcheck); ADD does not unpack compressed archives (only plain tar); FROM
// --platform is ignored; errors naming the daemon's overlay directories show
// /var/lib/docker/overlay2/<id>/merged with a made-up id.

export type { BuildBackend, BuildOutput, RunOutcome, RunStreams } from './backend';
export { build } from './build';
export { BuildArgs } from './buildargs';
export { DOCKER_VERSION, isEmptyLayer } from './images';
export { DEFAULT_PATH, sameConfig } from './runconfig';
export type { BuildOptions, BuildResult } from './types';
export { BuildFailure } from './types';

// The engine side of `docker build` (the legacy builder's daemon calls): FROM resolves or pulls
// an image, RUN runs a real container of the step's image and returns its upper directory as a
// layer, intermediate containers are removed afterwards.

import type { Gen, Sys } from '../../userland/sys';
import type { ImageRecord, RunConfig } from '../image';
import { encodeLayer, familiarString, pullImage, withDefaultTag } from '../image';
import type { BuildBackend, BuildOutput, RunOutcome, RunStreams } from '../build/builder/backend';
import { createContainer } from './create';
import { readTree } from './fsio';
import { registerImage } from './layers';
import { rmContainer, waitExit } from './lifecycle';
import { startContainer } from './start';
import { OVERLAY_ROOT, nowNs, randomHex } from './state';
import type { Engine, HostConfig } from './state';
import { dropInit } from './api/changes';

const BUILD_HOST: HostConfig = {
  networkMode: 'bridge',
  autoRemove: false,
  portBindings: [],
  binds: [],
  resources: { memory: 0, nanoCpus: 0, cpuPeriod: 0, cpuQuota: 0, cpuShares: 0, pidsLimit: 0 },
};

/** Copy a pipe into the build's output stream until every writer has closed it. */
function* drain(sys: Sys, fd: number, streams: RunStreams): Gen<void> {
  for (;;) {
    const chunk = yield* sys.read(fd, 65536);
    if (typeof chunk === 'number' || chunk.length === 0) break;
    yield* streams.stdout(chunk);
  }
  yield* sys.close(fd);
}

export function engineBackend(sys: Sys, eng: Engine): BuildBackend {
  return {
    store: eng.store,
    *resolve(ref: string, out: BuildOutput): Gen<ImageRecord | string> {
      const local = eng.store.resolve(ref);
      if (local.ok) return local.image;
      const r = pullImage(eng.store, eng.registry, ref);
      if (!r.ok) return r.error;
      if (!r.upToDate) {
        yield* out.write(`${r.ref.tag ?? 'latest'}: Pulling from ${r.ref.path}\n`);
        for (const l of r.layers) yield* out.write(`${l.digest.slice(7, 19)}: Pull complete\n`);
        yield* out.write(
          `Digest: ${r.digest}\nStatus: Downloaded newer image for ${familiarString(withDefaultTag(r.ref))}\n`,
        );
      }
      const reg = yield* registerImage(sys, eng, r.image);
      return reg ?? r.image;
    },
    *run(image: ImageRecord | undefined, config: RunConfig, started, streams): Gen<RunOutcome> {
      if (!image) return { error: 'FROM scratch has no shell to RUN with' };
      const c = yield* createContainer(sys, eng, {
        image: image.id,
        cmd: config.Cmd ?? [],
        entrypoint: [],
        env: config.Env ?? [],
        workdir: config.WorkingDir ?? '',
        user: config.User ?? '',
        tty: false,
        openStdin: false,
        hostConfig: BUILD_HOST,
      });
      if ('error' in c) return { error: c.error };
      yield* started(c.id);
      const p = yield* sys.pipe2(0);
      if (typeof p === 'number') return { error: 'pipe failed' };
      const self = yield* sys.getpid();
      const path = `/proc/${self}/fd/${p[1]}`;
      const r = yield* startContainer(sys, eng, c, { stdout: path, stderr: path });
      yield* sys.close(p[1]);
      if (!('ok' in r)) {
        yield* sys.close(p[0]);
        return { error: r.error };
      }
      yield* drain(sys, p[0], streams);
      yield* waitExit(sys, c);
      const upper = yield* readTree(sys, `${OVERLAY_ROOT}/${c.mountId}/diff`);
      if (typeof upper === 'number') return { error: `error getting container changes: errno ${-upper}` };
      return { status: c.exitCode, layer: encodeLayer(dropInit(upper)) };
    },
    *newContainerId(): Gen<string> {
      return yield* randomHex(sys, 32);
    },
    *removeContainer(id: string): Gen<void> {
      const c = eng.find(id);
      if (c) yield* rmContainer(sys, eng, c, true);
    },
    *now(): Gen<bigint> {
      return yield* nowNs(sys);
    },
  };
}

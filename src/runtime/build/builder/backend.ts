// What the builder needs from the daemon. The builder itself is pure orchestration (Dockerfile
// steps, cache, image configs, COPY/ADD layers); containers for RUN, image resolution and the
// clock come from the engine through this interface, so the builder runs against a fake in tests.

import type { Gen } from '../../../userland/sys';
import type { ImageRecord, ImageStore, RunConfig } from '../../image';

/** The build stream: what `docker build` prints on its standard output. */
export interface BuildOutput {
  write(text: string): Gen<void>;
}

/** Where a RUN container's output goes (the builder marks stderr red, as Docker's formatter does). */
export interface RunStreams {
  stdout(data: Uint8Array): Gen<void>;
  stderr(data: Uint8Array): Gen<void>;
}

export type RunOutcome =
  /** The command ran: its exit status and the container's changes (a layer tar with .wh. whiteouts). */
  | { readonly status: number; readonly layer: Uint8Array }
  /** The container could not be created or started: the daemon's error text. */
  | { readonly error: string };

export interface BuildBackend {
  /** Images and layers; the builder adds each step's image (with its parent) and the tags. */
  readonly store: ImageStore;
  /**
   * FROM and COPY --from: the local image (name, ID or ID prefix), else pulled; pull progress
   * lines (`latest: Pulling from library/busybox` …) go to `out`. An error is Docker's text,
   * e.g. `pull access denied for nosuch, repository does not exist or may require 'docker login'…`.
   */
  resolve(ref: string, out: BuildOutput): Gen<ImageRecord | string>;
  /**
   * RUN: create a container of `image` (undefined for FROM scratch) with `config` (Cmd is the
   * argv; Env includes the build args; Entrypoint null; User, WorkingDir, Image as given) and
   * call `started` with its 64-hex ID right after creating it (the builder prints
   * ` ---> Running in <12 hex>`), then run it to completion with its stdout/stderr streamed.
   * Creating the container makes WorkingDir if it is missing, as Docker's create does.
   * The container is kept (stopped) until `removeContainer`.
   */
  run(
    image: ImageRecord | undefined,
    config: RunConfig,
    started: (id: string) => Gen<void>,
    streams: RunStreams,
  ): Gen<RunOutcome>;
  /** A new 64-hex container ID for a step that commits only metadata (it prints Running in too). */
  newContainerId(): Gen<string>;
  /** `Removing intermediate container`: drop a container made by run or newContainerId. */
  removeContainer(id: string): Gen<void>;
  /** Realtime clock, nanoseconds since the epoch (image `created`, new directories' mtime). */
  now(): Gen<bigint>;
  /** ADD <url>: the body and Last-Modified (seconds), or Go's error text; absent means no network. */
  download?(
    url: string,
    out: BuildOutput,
  ): Gen<{ readonly data: Uint8Array; readonly mtime?: number } | string>;
}

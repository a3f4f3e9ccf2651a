// The state of a build: what is shared by all steps (backend, output, cache, stage results) and
// what one stage carries from step to step (moby's dispatchState).

import type { Digest, ImageRecord, ImageStore } from '../../image';
import type { BuildContext } from '../context';
import type { BuildBackend } from './backend';
import type { BuildArgs } from './buildargs';
import type { Prober, TreeCache } from './images';
import type { MutableRunConfig } from './runconfig';
import type { Sink } from './sink';
import type { BuildOptions } from './types';

export class DispatchState {
  runConfig: MutableRunConfig = {};
  maintainer = '';
  cmdSet = false;
  /** The current image ('' before FROM and for FROM scratch). */
  imageId: Digest | '' = '';
  image: ImageRecord | undefined;
  stageName = '';

  constructor(public buildArgs: BuildArgs) {}

  /** updateRunConfig: the config's Image follows the current image. */
  updateRunConfig(): void {
    this.runConfig.Image = this.imageId;
  }

  setImage(image: ImageRecord | undefined): void {
    this.image = image;
    this.imageId = image ? image.id : '';
  }
}

export interface BuildEnv {
  readonly backend: BuildBackend;
  readonly store: ImageStore;
  readonly sink: Sink;
  readonly context: BuildContext;
  readonly options: BuildOptions;
  readonly prober: Prober;
  readonly trees: TreeCache;
  readonly escape: '\\' | '`';
  /** Finished stages: name (lower case) and index → their final image ID. */
  readonly stages: { readonly byName: Map<string, Digest | ''>; readonly flat: (Digest | '')[] };
  /** Containers made during the current step (removed once it succeeds). */
  readonly containers: string[];
}

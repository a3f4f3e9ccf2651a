// Subcommands added by later parts (build, save, load, exec, top, stats, system df, …).

import type { Gen } from '../../../userland/sys';
import type { Ctx } from './common';
import { exportMain, loadMain, saveMain } from './archive';
import { buildMain } from './build';
import { containerPruneMain, imagePruneMain, pauseMain, portMain, renameMain, unpauseMain } from './manage';
import { execMain, statsMain, systemDfMain, topMain } from './process';
import { updateMain } from './update';

export const extraCommands: Record<string, (ctx: Ctx, argv: readonly string[]) => Gen<number>> = {
  build: buildMain,
  save: saveMain,
  load: loadMain,
  export: exportMain,
  exec: execMain,
  top: topMain,
  stats: statsMain,
  'system-df': systemDfMain,
  pause: pauseMain,
  unpause: unpauseMain,
  rename: renameMain,
  port: portMain,
  'container-prune': containerPruneMain,
  'image-prune': imagePruneMain,
  update: updateMain,
};

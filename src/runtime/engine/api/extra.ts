// Endpoints added by later parts of the engine (build, save/load, exec, top, stats).

import type { Handler } from './context';
import { archiveHandlers } from './archive';
import { processHandlers } from './process';
import { buildHandlers } from './build';

export const extraHandlers: Record<string, Handler> = {
  ...archiveHandlers,
  ...processHandlers,
  ...buildHandlers,
};

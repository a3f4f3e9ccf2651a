// Endpoints beyond images, containers and changes: build, save/load/export, exec/top/stats,
// push and logs -f.

import type { Handler } from './context';
import { archiveHandlers } from './archive';
import { processHandlers } from './process';
import { buildHandlers } from './build';
import { pushHandlers } from './push';
import { manageHandlers } from './manage';
import { updateHandlers } from './update';

export const extraHandlers: Record<string, Handler> = {
  ...archiveHandlers,
  ...processHandlers,
  ...buildHandlers,
  ...pushHandlers,
  ...manageHandlers,
  ...updateHandlers,
};

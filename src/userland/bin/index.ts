// src/userland/bin: the installed commands, one file per command, named after it. Each program sees
// only Sys. The world installs every entry here as an executable file in the root filesystem.

import type { Command } from '../command';
import { init } from './init';

export const commands: Record<string, Command> = {
  init,
};

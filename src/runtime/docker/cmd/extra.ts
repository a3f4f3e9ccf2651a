// Subcommands added by later parts (build, save, load, exec, top, stats, system df, …).

import type { Gen } from '../../../userland/sys';
import type { Ctx } from './common';

export const extraCommands: Record<string, (ctx: Ctx, argv: readonly string[]) => Gen<number>> = {};

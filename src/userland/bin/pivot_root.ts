// pivot_root(8) from util-linux 2.38.1: make NEW_ROOT the root mount of the caller's mount namespace
// and move the old root to PUT_OLD, with pivot_root(2). Exactly two operands, else "bad usage".

import type { Command } from '../command';
import { strerror } from '../../kernel/abi/errno';
import type { Program, Sys } from '../sys';
import { getopt, tryHelp } from '../libc/getopt';
import { STDOUT, warn, writeAll } from '../libc/io';
import { ulVersion } from '../libc/ulutil';

const HELP = `
Usage:
 pivot_root [options] new_root put_old

Change the root filesystem.

Options:
 -h, --help     display this help
 -V, --version  display version

For more details see pivot_root(8).
`;

const SPECS = [
  { key: 'h', short: 'h', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
];

function* pivotRootMain(sys: Sys, argv: readonly string[]): Program {
  const p = getopt('pivot_root', argv.slice(1), SPECS);
  if (!p.ok) {
    yield* warn(sys, p.message);
    yield* warn(sys, tryHelp('pivot_root'));
    return 1;
  }
  const first = p.options[0];
  if (first)
    return (yield* writeAll(sys, STDOUT, first.key === 'h' ? HELP : ulVersion('pivot_root'))) < 0 ? 1 : 0;
  if (p.operands.length !== 2) {
    yield* warn(sys, 'pivot_root: bad usage');
    yield* warn(sys, tryHelp('pivot_root'));
    return 1;
  }
  const [newRoot, putOld] = p.operands as [string, string];
  const r = yield* sys.pivot_root(newRoot, putOld);
  if (r < 0) {
    yield* warn(sys, `pivot_root: failed to change root from \`${newRoot}' to \`${putOld}': ${strerror(r)}`);
    return 1;
  }
  return 0;
}

export const pivot_root: Command = {
  summary: 'pivot_root - change the root filesystem',
  synopsis: 'pivot_root new_root put_old',
  description:
    'Move the root filesystem of the current mount namespace to the directory put_old and make new_root the new root filesystem.  new_root must be a mount point, and put_old must be at or under new_root.',
  main: pivotRootMain,
};

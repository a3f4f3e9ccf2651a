// nproc(1): print the number of processing units available (coreutils 9.1). The count comes from
// /sys/devices/system/cpu/online ("0-1"), or the "processor" lines of /proc/cpuinfo.
//
// Simplification: no sched_getaffinity, so the count is the online CPUs, not the affinity mask.

import type { Command } from '../command';
import type { Gen, Program, Sys } from '../sys';
import { parseArgs, usageError } from '../libc/cmd';
import { HELP_OPTS, coreutilsTool, extraOperand } from '../libc/usage';
import { STDOUT, warn, writeAll } from '../libc/io';
import { readSmall } from '../libc/proc';

const tool = coreutilsTool(
  'nproc',
  'Giuseppe Scrivano',
  'Usage: nproc [OPTION]...\nPrint the number of processing units available to the current process,\n' +
    'which may be less than the number of online processors\n\n' +
    '      --all      print the number of installed processors\n' +
    '      --ignore=N  if possible, exclude N processing units\n' +
    HELP_OPTS,
);

/** Count the CPUs in a cpulist such as "0-3,5". */
export function countCpuList(text: string): number {
  let n = 0;
  for (const part of text.trim().split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (m) n += m[2] === undefined ? 1 : Number(m[2]) - Number(m[1]) + 1;
  }
  return n;
}

/** The number of online CPUs (at least 1). */
export function* onlineCpus(sys: Sys): Gen<number> {
  const online = countCpuList(yield* readSmall(sys, '/sys/devices/system/cpu/online'));
  if (online > 0) return online;
  const info = yield* readSmall(sys, '/proc/cpuinfo');
  const n = info.split('\n').filter((l) => /^processor\s*:/.test(l)).length;
  return Math.max(n, 1);
}

function* nprocMain(sys: Sys, argv: readonly string[]): Program {
  const specs = [
    { key: 'all', long: 'all' },
    { key: 'ignore', long: 'ignore', arg: true },
  ];
  const args = yield* parseArgs(sys, tool, argv, specs);
  if (typeof args === 'number') return args;
  let ignore = 0;
  for (const o of args.options) {
    if (o.key !== 'ignore') continue;
    const v = o.value ?? '';
    if (!/^\s*\+?\d+$/.test(v)) {
      yield* warn(sys, `nproc: invalid number: ‘${v}’`);
      return 1;
    }
    ignore = Number(v.trim());
  }
  if (args.operands.length > 0) return yield* usageError(sys, tool, extraOperand('nproc', args.operands[0]!));
  const n = yield* onlineCpus(sys);
  yield* writeAll(sys, STDOUT, `${Math.max(1, n - ignore)}\n`);
  return 0;
}

export const nproc: Command = {
  summary: 'nproc - print the number of processing units available',
  synopsis: 'nproc [OPTION]...',
  description:
    'Print the number of processing units available to the current process.  --all prints the number of installed processors; --ignore=N excludes N processing units if possible.',
  main: nprocMain,
};

// free(1) from procps-ng 4.0.2: the amount of free and used memory, from /proc/meminfo.
//
// Simplification: -l, -v, -s and -c are not supported.

import type { Command } from '../command';
import type { Program, Sys } from '../sys';
import { isErr } from '../sys';
import { getopt } from '../libc/getopt';
import { Output, STDERR, STDOUT, readText, warn, writeAll } from '../libc/io';
import { parseMeminfo } from '../libc/proc';
import type { MemFigures, ScaleOptions } from '../libc/meminfo';
import { memFigures, scaleSize } from '../libc/meminfo';

const USAGE =
  '\nUsage:\n free [options]\n\nOptions:\n' +
  ' -b, --bytes         show output in bytes\n' +
  '     --kilo          show output in kilobytes\n' +
  '     --mega          show output in megabytes\n' +
  '     --giga          show output in gigabytes\n' +
  '     --tera          show output in terabytes\n' +
  '     --peta          show output in petabytes\n' +
  ' -k, --kibi          show output in kibibytes\n' +
  ' -m, --mebi          show output in mebibytes\n' +
  ' -g, --gibi          show output in gibibytes\n' +
  '     --tebi          show output in tebibytes\n' +
  '     --pebi          show output in pebibytes\n' +
  ' -h, --human         show human-readable output\n' +
  '     --si            use powers of 1000 not 1024\n' +
  ' -l, --lohi          show detailed low and high memory statistics\n' +
  ' -t, --total         show total for RAM + swap\n' +
  ' -v, --committed     show committed memory and commit limit\n' +
  ' -s N, --seconds N   repeat printing every N seconds\n' +
  ' -c N, --count N     repeat printing N times, then exit\n' +
  ' -w, --wide          wide output\n\n' +
  '     --help     display this help and exit\n' +
  ' -V, --version  output version information and exit\n\n' +
  'For more details see free(1).\n';

/** Unit options: key → [exponent, si]. */
const UNIT_OPTS: Record<string, [number, boolean]> = {
  b: [1, false],
  kilo: [2, true],
  mega: [3, true],
  giga: [4, true],
  tera: [5, true],
  peta: [6, true],
  k: [2, false],
  m: [3, false],
  g: [4, false],
  tebi: [5, false],
  pebi: [6, false],
};

const SPECS = [
  { key: 'b', short: 'b', long: 'bytes' },
  ...['kilo', 'mega', 'giga', 'tera', 'peta', 'tebi', 'pebi'].map((k) => ({ key: k, long: k })),
  { key: 'k', short: 'k', long: 'kibi' },
  { key: 'm', short: 'm', long: 'mebi' },
  { key: 'g', short: 'g', long: 'gibi' },
  { key: 'h', short: 'h', long: 'human' },
  { key: 'si', long: 'si' },
  { key: 't', short: 't', long: 'total' },
  { key: 'w', short: 'w', long: 'wide' },
  { key: 'help', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
];

/** The table free prints for these figures. */
export function formatFree(f: MemFigures, o: ScaleOptions, wide: boolean, total: boolean): string {
  const s = (kb: number): string => scaleSize(kb, o).padStart(11);
  let out = wide
    ? '               total        used        free      shared     buffers       cache   available\n'
    : '               total        used        free      shared  buff/cache   available\n';
  const cache = wide ? `${s(f.buffers)} ${s(f.cached)}` : s(f.buffers + f.cached);
  out += `Mem:     ${s(f.total)} ${s(f.used)} ${s(f.free)} ${s(f.shared)} ${cache} ${s(f.available)}\n`;
  out += `Swap:    ${s(f.swapTotal)} ${s(f.swapUsed)} ${s(f.swapFree)}\n`;
  if (total)
    out += `Total:   ${s(f.total + f.swapTotal)} ${s(f.used + f.swapUsed)} ${s(f.free + f.swapFree)}\n`;
  return out;
}

function* freeMain(sys: Sys, argv: readonly string[]): Program {
  const r = getopt('free', argv.slice(1), SPECS);
  if (!r.ok || r.operands.length > 0) {
    if (!r.ok) yield* warn(sys, r.message);
    yield* writeAll(sys, STDERR, USAGE);
    return 1;
  }
  const keys = r.options.map((o) => o.key);
  if (keys.includes('help')) return (yield* writeAll(sys, STDOUT, USAGE)) < 0 ? 1 : 0;
  if (keys.includes('V')) return (yield* writeAll(sys, STDOUT, 'free from procps-ng 4.0.2\n')) < 0 ? 1 : 0;
  let exponent = 0;
  let si = false;
  for (const k of keys) {
    const unit = UNIT_OPTS[k];
    if (!unit) continue;
    if (exponent !== 0) {
      yield* warn(sys, "free: Multiple unit options don't make sense.");
      return 1;
    }
    [exponent, si] = unit;
  }
  if (keys.includes('si')) si = true;
  const text = yield* readText(sys, '/proc/meminfo');
  if (isErr(text)) {
    yield* warn(sys, 'free: Memory information file /proc/meminfo does not exist');
    return 1;
  }
  const figures = memFigures(parseMeminfo(text as string));
  const out = new Output(sys, STDOUT);
  out.print(
    formatFree(figures, { exponent, si, human: keys.includes('h') }, keys.includes('w'), keys.includes('t')),
  );
  return (yield* out.flush()) < 0 ? 1 : 0;
}

export const free: Command = {
  summary: 'free - Display amount of free and used memory in the system',
  synopsis: 'free [options]',
  description:
    'Display the total, used and free memory and swap, with shared memory, buffers and caches, from /proc/meminfo.  -b, -k, -m, -g choose the unit, -h a human-readable one, --si powers of 1000, -w a wide layout, -t a total line.',
  main: freeMain,
};

// seq(1): print a sequence of numbers: FIRST, INCREMENT and LAST, -s SEP, -w equal width,
// -f FORMAT; the output precision follows the operands as in GNU (seq 0.5 0.25 1 → 0.50 ...).
// Simplification: computes with doubles (GNU uses long double); -f skips %a rounding details.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { fixed } from '../libc/fmtnum';
import { printfFormat } from '../libc/printf';

const HELP = `Usage: seq [OPTION]... LAST
  or:  seq [OPTION]... FIRST LAST
  or:  seq [OPTION]... FIRST INCREMENT LAST
Print numbers from FIRST to LAST, in steps of INCREMENT.

Mandatory arguments to long options are mandatory for short options too.
  -f, --format=FORMAT      use printf style floating-point FORMAT
  -s, --separator=STRING   use STRING to separate numbers (default: \\n)
  -w, --equal-width        equalize width by padding with leading zeroes
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = { name: 'seq', help: HELP, version: coreutilsVersion('seq', 'Ulrich Drepper') };
const SPECS = [
  { key: 'f', short: 'f', long: 'format', arg: true },
  { key: 's', short: 's', long: 'separator', arg: true },
  { key: 'w', short: 'w', long: 'equal-width' },
];

const NUM = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^\s*[+-]?(inf|infinity|nan)$/i;

/** Digits after the point that an operand asks for (1.50 → 2, 1e2 → 0). */
export function precisionOf(text: string): number {
  const m = /^\s*[+-]?\d*(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return 0;
  return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

/** Put `--` before the first negative-number operand so getopt leaves it alone. */
function protectNegatives(argv: readonly string[]): string[] {
  const out = [...argv];
  for (let i = 1; i < out.length; i++) {
    const a = out[i]!;
    if (a === '--') break;
    if (a === '-s' || a === '-f') i++;
    else if (/^-\.?\d/.test(a)) {
      out.splice(i, 0, '--');
      break;
    }
  }
  return out;
}

/** What is wrong with a -f format, as GNU words it, or null. */
function formatProblem(fmt: string): string | null {
  const m = fmt.replace(/%%/g, '').match(/%[-+ #0']*\d*(\.\d*)?[a-zA-Z]?/g) ?? [];
  if (m.length === 0) return 'no % directive';
  if (m.length > 1) return 'too many % directives';
  if (!/[feEgGaA]$/.test(m[0]!)) return `unknown %${m[0]!.slice(-1)} directive`;
  return null;
}

function* main(sys: Sys, argv0: readonly string[]): Gen<number> {
  const argv = protectNegatives(argv0);
  const prog = progName(argv, 'seq');
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const ops = args.operands;
  if (ops.length === 0) return yield* usageError(sys, TOOL, `${prog}: missing operand`, prog);
  if (ops.length > 3) return yield* usageError(sys, TOOL, `${prog}: extra operand ‘${ops[3]}’`, prog);
  for (const o of ops) {
    if (!NUM.test(o))
      return yield* usageError(sys, TOOL, `${prog}: invalid floating point argument: ‘${o}’`, prog);
  }
  const [firstS, incS, lastS] =
    ops.length === 1
      ? ['1', '1', ops[0]!]
      : ops.length === 2
        ? [ops[0]!, '1', ops[1]!]
        : [ops[0]!, ops[1]!, ops[2]!];
  const first = Number(firstS);
  const inc = Number(incS);
  const end = Number(lastS);
  if (inc === 0)
    return yield* usageError(sys, TOOL, `${prog}: invalid Zero increment value: ‘${incS}’`, prog);
  const fmt = last(args.options, 'f');
  const problem = fmt === undefined ? null : formatProblem(fmt);
  if (problem !== null) {
    yield* warn(sys, `${prog}: format ‘${fmt}’ has ${problem}`);
    return 1;
  }
  const prec = Math.max(precisionOf(firstS), precisionOf(incS));
  const show = (x: number): string => {
    if (fmt !== undefined) return printfFormat(fmt, [String(x)]).text;
    const s = prec === 0 && Number.isInteger(x) ? String(x) : (x < 0 ? '-' : '') + fixed(x, prec);
    return s;
  };
  const width =
    has(args.options, 'w') && fmt === undefined ? Math.max(show(first).length, show(end).length) : 0;
  const sep = last(args.options, 's') ?? '\n';
  const out = new Output(sys, STDOUT);
  let n = 0;
  for (let i = 0; ; i++) {
    const x = first + i * inc;
    if (inc > 0 ? x > end : x < end) break;
    let s = show(x);
    if (s.length < width)
      s = s.startsWith('-') ? '-' + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0');
    if ((yield* out.write((n++ > 0 ? sep : '') + s)) < 0) return 1;
    if (i % 1000 === 999) yield* sys.compute(100_000);
  }
  if (n > 0) out.print('\n');
  return (yield* out.flush()) < 0 ? 1 : 0;
}

export const seq: Command = {
  summary: 'seq - print a sequence of numbers',
  synopsis: 'seq [OPTION]... LAST\nseq [OPTION]... FIRST LAST\nseq [OPTION]... FIRST INCREMENT LAST',
  description: HELP,
  main,
};

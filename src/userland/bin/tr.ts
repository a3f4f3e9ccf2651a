// tr(1): translate, squeeze (-s) and/or delete (-d) bytes from standard input; -c complements
// SET1, -t truncates SET1 to SET2's length. Works byte by byte like GNU tr.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { has } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName, usageError } from '../libc/cmd';
import { STDIN, STDOUT, warn, writeAll } from '../libc/io';
import { bytesToLatin1, latin1ToBytes, utf8ToLatin1 } from '../libc/bytes';
import { complement, parseTrSet, stretch } from '../libc/trset';
import { strerror } from '../../kernel/abi/errno';

const HELP = `Usage: tr [OPTION]... STRING1 [STRING2]
Translate, squeeze, and/or delete characters from standard input,
writing to standard output.  STRING1 and STRING2 specify arrays of
characters ARRAY1 and ARRAY2 that control the action.

  -c, -C, --complement    use the complement of ARRAY1
  -d, --delete            delete characters in ARRAY1, do not translate
  -s, --squeeze-repeats   replace each sequence of a repeated character
                            that is listed in the last specified ARRAY,
                            with a single occurrence of that character
  -t, --truncate-set1     first truncate ARRAY1 to length of ARRAY2
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = { name: 'tr', help: HELP, version: coreutilsVersion('tr', 'Jim Meyering') };
const SPECS = [
  { key: 'c', short: 'c', long: 'complement' },
  { key: 'c', short: 'C' },
  { key: 'd', short: 'd', long: 'delete' },
  { key: 's', short: 's', long: 'squeeze-repeats' },
  { key: 't', short: 't', long: 'truncate-set1' },
];

export interface TrPlan {
  map: Map<string, string> | null;
  del: Set<string> | null;
  squeeze: Set<string> | null;
}

/** Build the translation plan from operands (latin1) and flags, or an error message. */
export function trPlan(
  ops: string[],
  f: { c: boolean; d: boolean; s: boolean; t: boolean },
): TrPlan | { error: string } {
  const s1 = parseTrSet(ops[0]!, false);
  if ('error' in s1) return s1;
  let set1 = f.c ? complement(s1.chars) : s1.chars;
  const plan: TrPlan = { map: null, del: null, squeeze: null };
  if (f.d) plan.del = new Set(set1);
  const translating = !f.d && ops.length === 2;
  if (ops.length === 2) {
    const s2 = parseTrSet(ops[1]!, true);
    if ('error' in s2) return s2;
    if (translating) {
      if (f.t) set1 = set1.slice(0, s2.chars.length);
      const classPair = s1.classes.includes('upper') && s2.classes.includes('lower');
      const lowerUpper = s1.classes.includes('lower') && s2.classes.includes('upper');
      const set2 = classPair || lowerUpper ? s2.chars : stretch(s2, set1.length);
      if (set2.length === 0 && set1.length > 0)
        return { error: 'when not truncating set1, string2 must be non-empty' };
      plan.map = new Map();
      set1.forEach((c, i) => plan.map!.set(c, set2[i] ?? set2[set2.length - 1]!));
    }
    if (f.s) plan.squeeze = new Set(s2.chars);
  } else if (f.s) plan.squeeze = new Set(set1);
  return plan;
}

/** Apply a plan to a chunk; `last` carries the previous output byte for squeezing. */
export function trApply(plan: TrPlan, text: string, st: { last: string }): string {
  let out = '';
  for (const ch of text) {
    if (plan.del?.has(ch)) continue;
    const c = plan.map?.get(ch) ?? ch;
    if (plan.squeeze?.has(c) && st.last === c) continue;
    out += c;
    st.last = c;
  }
  return out;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'tr');
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const f = {
    c: has(args.options, 'c'),
    d: has(args.options, 'd'),
    s: has(args.options, 's'),
    t: has(args.options, 't'),
  };
  const ops = args.operands.map(utf8ToLatin1);
  const max = f.d && f.s ? 2 : f.d || (f.s && ops.length < 2) ? 1 : 2;
  if (ops.length === 0) return yield* usageError(sys, TOOL, `${prog}: missing operand`, prog);
  if (ops.length === 1 && !f.d && !f.s) {
    return yield* usageError(
      sys,
      TOOL,
      `${prog}: missing operand after ‘${args.operands[0]}’\nTwo strings must be given when translating.`,
      prog,
    );
  }
  if (f.d && f.s && ops.length === 1) {
    return yield* usageError(
      sys,
      TOOL,
      `${prog}: missing operand after ‘${args.operands[0]}’\nTwo strings must be given when both deleting and squeezing repeats.`,
      prog,
    );
  }
  if (ops.length > max) {
    const why = f.d ? '\nOnly one string may be given when deleting without squeezing repeats.' : '';
    return yield* usageError(sys, TOOL, `${prog}: extra operand ‘${args.operands[max]}’${why}`, prog);
  }
  const plan = trPlan(ops, f);
  if ('error' in plan) {
    yield* warn(sys, `${prog}: ${plan.error}`);
    return 1;
  }
  const st = { last: '' };
  for (;;) {
    const chunk = yield* sys.read(STDIN, 65536);
    if (typeof chunk === 'number') {
      yield* warn(sys, `${prog}: read error: ${strerror(chunk)}`);
      return 1;
    }
    if (chunk.length === 0) return 0;
    const out = trApply(plan, bytesToLatin1(chunk), st);
    if ((yield* writeAll(sys, STDOUT, latin1ToBytes(out))) < 0) return 1;
    yield* sys.compute(chunk.length * 2);
  }
}

export const tr: Command = {
  summary: 'tr - translate or delete characters',
  synopsis: 'tr [OPTION]... SET1 [SET2]',
  description: HELP,
  main,
};

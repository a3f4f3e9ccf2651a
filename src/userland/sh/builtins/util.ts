// What builtins share: the Builtin type, writing to stdout with bash's "write error" message,
// and the usage-error texts (`bash: cd: -z: invalid option` + `cd: usage: ...`).

import { strerror } from '../../../kernel/abi/errno';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { writeAll } from '../../libc/io';

export type Builtin = (sh: Shell, argv: readonly string[]) => Gen<number>;

/** Write to stdout; on failure print `NAME: write error: ...` and return false. */
export function* out(sh: Shell, name: string, text: string): Gen<boolean> {
  if (text === '') return true;
  const r = yield* writeAll(sh.sys, 1, text);
  if (r < 0) {
    yield* sh.error(`${name}: write error: ${strerror(r)}`);
    return false;
  }
  return true;
}

export function* invalidOption(sh: Shell, name: string, opt: string, usage: string): Gen<number> {
  yield* sh.error(`${name}: ${opt}: invalid option`);
  yield* writeAll(sh.sys, 2, `${name}: usage: ${usage}\n`);
  return 2;
}

/**
 * Split leading single-letter options (bash's internal_getopt): returns the set flags, option
 * arguments for letters in `withArg`, and the operands; or a bad option string.
 */
export function parseFlags(
  argv: readonly string[],
  letters: string,
  withArg = '',
): { flags: Set<string>; args: Map<string, string>; rest: string[]; plus: Set<string> } | { bad: string } {
  const flags = new Set<string>();
  const plus = new Set<string>();
  const args = new Map<string, string>();
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a.length < 2 || (a[0] !== '-' && a[0] !== '+')) break;
    const target = a[0] === '-' ? flags : plus;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (withArg.includes(c)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (v === undefined) return { bad: `-${c}` };
        args.set(c, v);
        target.add(c);
        break;
      }
      if (!letters.includes(c)) return { bad: `${a[0]}${c}` };
      target.add(c);
    }
  }
  return { flags, args, rest: argv.slice(i), plus };
}

/** bash's `printf %q`-free quoting for `declare -p`, `alias`, `trap -p`: '...' when needed. */
export function singleQuote(s: string): string {
  return "'" + s.replace(/'/g, "'\\''") + "'";
}

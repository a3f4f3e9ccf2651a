// What util-linux 2.38.1 programs share (its lib/ and include/): the --version line, err()/errx()
// message shapes, strtoul_or_err(), err_exclusive_options(), errexec() and exec_shell().

import { ENOENT, ERANGE, strerror } from '../../kernel/abi/errno';
import type { Gen, Sys } from '../sys';
import type { ParsedOption } from './getopt';
import { execvp, getenv } from './execvp';
import { warn } from './io';

/** `NAME from util-linux 2.38.1` (print_version). */
export function ulVersion(name: string): string {
  return `${name} from util-linux 2.38.1\n`;
}

/** The tail of every util-linux --help text (USAGE_HELP_OPTIONS + USAGE_MAN_TAIL). */
export function ulHelpTail(width: number, man: string): string {
  const pad = (s: string): string => s.padEnd(width);
  return `\n${pad(' -h, --help')}display this help\n${pad(' -V, --version')}display version\n\nFor more details see ${man}.\n`;
}

/** A util-linux failure: the message err()/errx() prints (without the program name) and the status. */
export class UlError {
  constructor(
    readonly message: string,
    readonly status = 1,
  ) {}
}

/** err(3): `message: strerror(errno)`. */
export function errMsg(message: string, errno: number): string {
  return `${message}: ${strerror(errno)}`;
}

/**
 * strtoul_or_err(): a decimal unsigned long as strtoumax(3) reads it (leading blanks, a sign, and
 * "-N" wrapping around), or the UlError util-linux exits with.
 */
export function strtoulOrErr(text: string, what: string): bigint | UlError {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(text);
  if (!m) return new UlError(`${what}: '${text}'`);
  const v = BigInt(m[2]!);
  if (v > 0xffffffffffffffffn) return new UlError(errMsg(`${what}: '${text}'`, -ERANGE));
  return m[1] === '-' ? (0x10000000000000000n - v) & 0xffffffffffffffffn : v;
}

/** strtoul_or_err() narrowed to a 32-bit id (uid_t, gid_t, pid_t as unsigned). */
export function parseU32OrErr(text: string, what: string): number | UlError {
  const v = strtoulOrErr(text, what);
  return v instanceof UlError ? v : Number(v & 0xffffffffn);
}

/** strtos32_or_err(): a signed 32-bit decimal, or the UlError. */
export function parseS32OrErr(text: string, what: string): number | UlError {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(text);
  if (!m) return new UlError(`${what}: '${text}'`);
  const v = Number(m[1]);
  if (v > 2147483647 || v < -2147483648) return new UlError(errMsg(`${what}: '${text}'`, -ERANGE));
  return v;
}

/**
 * err_exclusive_options(): each group lists option keys in ASCII order with their long names; the
 * first option that joins a different member of a group already seen is an error.
 */
export function exclusiveOptions(
  prog: string,
  options: readonly ParsedOption[],
  groups: ReadonlyArray<ReadonlyArray<readonly [key: string, long: string]>>,
): string | undefined {
  const seen: Array<string | undefined> = groups.map(() => undefined);
  for (const o of options) {
    groups.forEach((g, i) => {
      if (!g.some(([k]) => k === o.key)) return;
      if (seen[i] === undefined) seen[i] = o.key;
    });
    const clash = groups.findIndex((g, i) => g.some(([k]) => k === o.key) && seen[i] !== o.key);
    if (clash >= 0) {
      const names = groups[clash]!.map(([, long]) => ` --${long}`).join('');
      return `${prog}: mutually exclusive arguments:${names}`;
    }
  }
  return undefined;
}

/** errexec(): report a failed exec and return the status (127 for ENOENT, else 126). */
export function* errexec(sys: Sys, prog: string, name: string, errno: number): Gen<number> {
  yield* warn(sys, `${prog}: ${errMsg(`failed to execute ${name}`, errno)}`);
  return errno === -ENOENT ? 127 : 126;
}

/** execvp() the operands, or exec_shell(): $SHELL (default /bin/sh) as a login shell "-NAME". */
export function* execCommandOrShell(
  sys: Sys,
  prog: string,
  command: readonly string[],
  envp: readonly string[],
): Gen<number> {
  if (command.length > 0) {
    const r = yield* execvp(sys, command[0]!, command, envp);
    return yield* errexec(sys, prog, command[0]!, r);
  }
  const shell = getenv(envp, 'SHELL') ?? '/bin/sh';
  const base = shell.replace(/\/+$/, '').split('/').pop() ?? '';
  const r = yield* sys.execve(shell, [`-${base}`], envp);
  return yield* errexec(sys, prog, shell, r);
}

/** size_to_human_string(SIZE_SUFFIX_1LETTER): "0B", "4K", "1.5M" (binary units, one decimal). */
export function ulHumanSize(bytes: number): string {
  let exp = 0;
  while (exp < 60 && bytes >= 2 ** (exp + 10)) exp += 10;
  const letter = 'BKMGTPE'[exp / 10]!;
  let dec = Math.floor(bytes / 2 ** exp);
  let frac = exp ? bytes % 2 ** exp : 0;
  if (frac) {
    frac = Math.floor((frac * 1000) / 2 ** exp);
    frac = Math.floor((frac + 50) / 100) * 10;
    if (frac === 100) {
      dec++;
      frac = 0;
    }
  }
  if (!frac) return `${dec}${letter}`;
  return `${dec}.${String(frac).padStart(2, '0').replace(/0$/, '')}${letter}`;
}

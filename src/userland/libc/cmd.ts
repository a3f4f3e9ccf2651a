// The boilerplate every GNU-style program shares: parse options with getopt, answer --help and
// --version, and report usage errors as `prog: invalid option -- 'z'` + the "Try" hint.

import type { Gen, Sys } from '../sys';
import { getopt, tryHelp } from './getopt';
import type { OptionSpec, ParseConfig, ParsedOption } from './getopt';
import { STDOUT, warn, writeAll } from './io';

export interface ToolInfo {
  readonly name: string;
  /** The full --version text (see gnuVersion). */
  readonly version: string;
  /** The full --help text. */
  readonly help: string;
  /** Exit status for usage errors (1 for coreutils, 2 for grep and sort). */
  readonly usageStatus?: number;
  /** Extra line printed after the error, before the Try hint (grep prints its Usage line). */
  readonly usageLine?: string;
}

export interface Args {
  readonly options: ParsedOption[];
  readonly operands: string[];
}

const GPL =
  'License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n' +
  'This is free software: you are free to change and redistribute it.\n' +
  'There is NO WARRANTY, to the extent permitted by law.\n';

/** The --version text of a GNU program, e.g. gnuVersion('cat', 'GNU coreutils', '9.1', 'Torbjorn Granlund and Richard M. Stallman'). */
export function gnuVersion(name: string, pkg: string, version: string, authors: string): string {
  return `${name} (${pkg}) ${version}\nCopyright (C) 2022 Free Software Foundation, Inc.\n${GPL}\nWritten by ${authors}.\n`;
}

/** coreutils 9.1 --version text. */
export function coreutilsVersion(name: string, authors: string): string {
  return gnuVersion(name, 'GNU coreutils', '9.1', authors);
}

const HELP_SPECS: readonly OptionSpec[] = [
  { key: '--help', long: 'help' },
  { key: '--version', long: 'version' },
];

/** The name GNU programs report themselves as: argv[0] as invoked. */
export function progName(argv: readonly string[], fallback: string): string {
  return argv[0] || fallback;
}

/** Report a usage error the GNU way and return the status to exit with. */
export function* usageError(sys: Sys, tool: ToolInfo, message: string, prog = tool.name): Gen<number> {
  yield* warn(sys, message);
  if (tool.usageLine) yield* warn(sys, tool.usageLine);
  yield* warn(sys, tryHelp(prog));
  return tool.usageStatus ?? 1;
}

/**
 * Parse argv (argv[0] is skipped). Returns the parsed arguments, or an exit status when the
 * program should stop (after --help, --version or a usage error).
 */
export function* parseArgs(
  sys: Sys,
  tool: ToolInfo,
  argv: readonly string[],
  specs: readonly OptionSpec[],
  config: ParseConfig = {},
): Gen<Args | number> {
  const prog = progName(argv, tool.name);
  const r = getopt(prog, argv.slice(1), [...specs, ...HELP_SPECS], config);
  if (!r.ok) return yield* usageError(sys, tool, r.message, prog);
  for (const o of r.options) {
    if (o.key === '--help' || o.key === '--version') {
      const w = yield* writeAll(sys, STDOUT, o.key === '--help' ? tool.help : tool.version);
      return w < 0 ? 1 : 0;
    }
  }
  return { options: r.options, operands: r.operands };
}

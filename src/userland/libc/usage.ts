// The --help and --version texts of GNU coreutils programs: each ends with the same footer, and
// ToolInfo (libc/cmd.ts) bundles them for parseArgs.

import type { ToolInfo } from './cmd';
import { coreutilsVersion } from './cmd';

/** The two option lines every coreutils --help lists. */
export const HELP_OPTS =
  '      --help        display this help and exit\n' +
  '      --version     output version information and exit\n';

/** A coreutils --help text: the body, then the online-help footer. */
export function coreutilsHelp(name: string, body: string): string {
  return (
    body +
    '\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\n' +
    'Report any translation bugs to <https://translationproject.org/team/>\n' +
    `Full documentation <https://www.gnu.org/software/coreutils/${name}>\n` +
    `or available locally via: info '(coreutils) ${name} invocation'\n`
  );
}

/** The ToolInfo of a coreutils program. */
export function coreutilsTool(name: string, authors: string, helpBody: string): ToolInfo {
  return {
    name,
    version: coreutilsVersion(name, authors),
    help: coreutilsHelp(name, helpBody),
    usageStatus: 1,
  };
}

/** `prog: extra operand ‘x’` + Try hint, GNU wording. */
export function extraOperand(prog: string, operand: string): string {
  return `${prog}: extra operand ‘${operand}’`;
}

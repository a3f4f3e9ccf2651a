// echo(1), the /bin/echo program (not the shell builtin): -n, -e, -E and their combinations; an
// argument is an option only if it consists solely of those letters. --help and --version count
// only as the single argument.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { coreutilsVersion } from '../libc/cmd';
import { STDOUT, writeAll } from '../libc/io';
import { expandEscapes } from '../libc/printf';
import { latin1ToBytes, utf8ToLatin1 } from '../libc/bytes';

const HELP = `Usage: echo [SHORT-OPTION]... [STRING]...
  or:  echo LONG-OPTION
Echo the STRING(s) to standard output.

  -n             do not output the trailing newline
  -e             enable interpretation of backslash escapes
  -E             disable interpretation of backslash escapes (default)
      --help     display this help and exit
      --version  output version information and exit

If -e is in effect, the following sequences are recognized:

  \\\\      backslash
  \\a      alert (BEL)
  \\b      backspace
  \\c      produce no further output
  \\e      escape
  \\f      form feed
  \\n      new line
  \\r      carriage return
  \\t      horizontal tab
  \\v      vertical tab
  \\0NNN   byte with octal value NNN (1 to 3 digits)
  \\xHH    byte with hexadecimal value HH (1 to 2 digits)
`;

/** The bytes (as a latin1 string) /bin/echo prints for these arguments (argv without argv[0]). */
export function echoText(args: readonly string[]): string {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (!/^-[neE]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === 'n') newline = false;
      else escapes = c === 'e';
    }
  }
  const body = utf8ToLatin1(args.slice(i).join(' '));
  if (!escapes) return body + (newline ? '\n' : '');
  const r = expandEscapes(body, true);
  return r.text + (newline && !r.stop ? '\n' : '');
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = argv.slice(1);
  let text: string;
  if (args.length === 1 && args[0] === '--help') text = utf8ToLatin1(HELP);
  else if (args.length === 1 && args[0] === '--version')
    text = coreutilsVersion('echo', 'Brian Fox and Chet Ramey');
  else text = echoText(args);
  const r = yield* writeAll(sys, STDOUT, latin1ToBytes(text));
  return r < 0 ? 1 : 0;
}

export const echo: Command = {
  summary: 'echo - display a line of text',
  synopsis: 'echo [SHORT-OPTION]... [STRING]...',
  description: HELP,
  main,
};

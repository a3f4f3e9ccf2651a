// printf(1), the /usr/bin/printf program: the format engine lives in libc/printf.ts and is shared
// with the shell's builtin.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { tryHelp } from '../libc/getopt';
import { coreutilsVersion, progName } from '../libc/cmd';
import { STDOUT, warn, writeAll } from '../libc/io';
import { printfFormat } from '../libc/printf';
import { latin1ToBytes } from '../libc/bytes';

const HELP = `Usage: printf FORMAT [ARGUMENT]...
  or:  printf OPTION
Print ARGUMENT(s) according to FORMAT, or execute according to OPTION:

      --help     display this help and exit
      --version  output version information and exit

FORMAT controls the output as in C printf.  Interpreted sequences are:

  \\"      double quote
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
  \\NNN    byte with octal value NNN (1 to 3 digits)
  \\xHH    byte with hexadecimal value HH (1 to 2 digits)
  \\uHHHH  Unicode (ISO/IEC 10646) character with hex value HHHH (4 digits)
  \\UHHHHHHHH  Unicode character with hex value HHHHHHHH (8 digits)
  %%      a single %
  %b      ARGUMENT as a string with '\\' escapes interpreted,
          except that octal escapes are of the form \\0 or \\0NNN
  %q      ARGUMENT is printed in a format that can be reused as shell input,
          escaping non-printable characters with the proposed POSIX $'' syntax.

and all C format specifications ending with one of diouxXfeEgGcs, with
ARGUMENTs converted to proper type first.  Variable widths are handled.
`;

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'printf');
  let args = argv.slice(1);
  if (args.length === 1 && args[0] === '--help') return (yield* writeAll(sys, STDOUT, HELP)) < 0 ? 1 : 0;
  if (args.length === 1 && args[0] === '--version') {
    return (yield* writeAll(sys, STDOUT, coreutilsVersion('printf', 'David MacKenzie'))) < 0 ? 1 : 0;
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    yield* warn(sys, `${prog}: missing operand`);
    yield* warn(sys, tryHelp(prog));
    return 1;
  }
  const r = printfFormat(args[0]!, args.slice(1), 'coreutils');
  const w = yield* writeAll(sys, STDOUT, latin1ToBytes(r.output));
  for (const e of r.errors) yield* warn(sys, `${prog}: ${e}`);
  return w < 0 ? 1 : r.status;
}

export const printf: Command = {
  summary: 'printf - format and print data',
  synopsis: 'printf FORMAT [ARGUMENT]...',
  description: HELP,
  main,
};

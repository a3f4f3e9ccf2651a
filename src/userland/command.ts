// What an installed command is: its entry point plus the text `help`/`man` show for it.

import type { Main } from './sys';

export interface Command {
  readonly main: Main;
  /** One line, as in the NAME section of a man page: "cat - concatenate files and print on the standard output". */
  readonly summary: string;
  /** The SYNOPSIS line(s), e.g. "cat [OPTION]... [FILE]...". */
  readonly synopsis: string;
  /** A few paragraphs for `man` (and `--help`): the options supported here. */
  readonly description: string;
}

// true(1): do nothing, successfully. Only a lone --help or --version is looked at.

import type { Command } from '../command';
import type { Program, Sys } from '../sys';
import { STDOUT, writeAll } from '../libc/io';
import { coreutilsVersion } from '../libc/cmd';
import { HELP_OPTS, coreutilsHelp } from '../libc/usage';

/** The shared body of true and false: `status` is what they exit with, even after --help. */
export function* trueOrFalse(sys: Sys, argv: readonly string[], status: number): Program {
  if (argv.length !== 2) return status;
  const name = argv[0] ?? 'true';
  const word = status === 0 ? 'success' : 'failure';
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (argv[1] === '--help') {
    const body =
      `Usage: ${name} [ignored command line arguments]\n  or:  ${name} OPTION\n` +
      `Exit with a status code indicating ${word}.\n\n${HELP_OPTS}\n` +
      `NOTE: your shell may have its own version of ${base}, which usually supersedes\n` +
      "the version described here.  Please refer to your shell's documentation\nfor details about the options it supports.\n";
    yield* writeAll(sys, STDOUT, coreutilsHelp(base, body));
  } else if (argv[1] === '--version') {
    yield* writeAll(sys, STDOUT, coreutilsVersion(base, 'Jim Meyering'));
  }
  return status;
}

export const true_: Command = {
  summary: 'true - do nothing, successfully',
  synopsis: 'true [ignored command line arguments]',
  description: 'Exit with a status code indicating success.',
  main: (sys, argv) => trueOrFalse(sys, argv, 0),
};

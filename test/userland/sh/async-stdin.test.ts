// Without job control (bash -c, a subshell), an asynchronous command reads /dev/null instead of
// the shell's standard input unless it, or a compound command or subshell around it, redirects
// standard input, or it is part of a pipeline (bash 5.2's CMD_STDIN_REDIR / stdin_redir). Expected
// stdout from `bash -c SCRIPT` on Debian 12 with "piped\n" on standard input.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

const CASES: ReadonlyArray<readonly [string, string]> = [
  ['cat & wait', ''],
  ['(cat) & wait', ''],
  ['f() { cat; }; f & wait', ''],
  ['{ cat; } & wait', ''],
  ['true && cat & wait', ''],
  ['(cat & wait)', ''],
  ['echo H > f; exec 0<f; cat & wait', ''],
  ['echo HOSTFILE > f; f() { cat & wait; }; f < f', ''],
  ['cat | cat & wait', 'piped\n'],
  ['cat < /dev/stdin & wait', 'piped\n'],
  ['echo HOSTFILE > f; cat 0<f & wait', 'HOSTFILE\n'],
  ['cat <<< here & wait', 'here\n'],
  ['echo HOSTFILE > f; cat 3<f & wait', 'piped\n'],
  ['echo HOSTFILE > f; { cat & wait; } < f', 'HOSTFILE\n'],
  ['echo HOSTFILE > f; ( cat & wait ) < f', 'HOSTFILE\n'],
  ['echo HOSTFILE > f; { cat & wait; } 3<f', 'piped\n'],
  ['printf \'a\\nb\\n\' > g; while read x; do echo "[$x]"; cat & wait; done < g', '[a]\nb\n'],
  ['echo x | { cat & wait; }', 'x\n'],
  ['echo x | (cat & wait)', 'x\n'],
];

describe('standard input of asynchronous commands without job control', () => {
  for (const [script, stdout] of CASES) {
    it(script, () => {
      expect(runSh(script, { stdin: 'piped\n' }).stdout).toBe(stdout);
    });
  }
});

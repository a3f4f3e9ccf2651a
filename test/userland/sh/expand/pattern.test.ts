// Patterns with a '-' outside brackets (globs, case, ${x%-*}): bash 5.2 on Debian 12 printed
// the expected lines for the same script in a directory holding x-json.log and a-b.txt.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../../helpers/run';

describe('shell patterns with a hyphen', () => {
  it('globs, case and ${x%-*} treat - as an ordinary character', () => {
    const r = runSh(
      'mkdir /tmp/gt && cd /tmp/gt && touch x-json.log a-b.txt && echo *-json.log; echo a-*; case a-b in *-b) echo m;; esac; x=ab-cd; echo ${x%-*} ${x#*-}',
    );
    expect(r.output).toBe('x-json.log\na-b.txt\nm\nab cd\n');
  });
});

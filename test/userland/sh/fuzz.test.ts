// Random command lines must never make the shell (or a subshell) throw a JavaScript exception:
// the kernel would report that as a segfault (status 139, "Segmentation fault").
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { runSh } from '../../helpers/run';

const WORDS = [
  'echo',
  'x=1',
  '$x',
  '"$@"',
  '${x:-d}',
  '${#x}',
  '${x%%*}',
  '${x/a/b}',
  '$((1+2))',
  '$((x/0))',
  '$(echo a)',
  '`echo b`',
  '{a,b}',
  '{1..3}',
  '*',
  '~',
  "'q'",
  '"d $x"',
  '[',
  ']',
  '[[',
  ']]',
  '-n',
  '=',
  'true',
  'false',
  'read',
  'set',
  '-e',
  'local',
  'f',
  'cd',
  'printf',
  '%d',
  'test',
  'shift',
  'export',
  'unset',
  'eval',
  'trap',
  'kill',
  'wait',
  'exit',
  'return',
  'break',
  'declare',
  '-a',
  'a=(1 2)',
  '${a[1]}',
  'let',
  '((',
  '))',
];
const OPS = [' ', ' ', ' ', '; ', ' | ', ' && ', ' || ', ' > /tmp/o ', ' 2>&1 ', ' <<< x ', '\n', ' & '];

const script = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...OPS)), { minLength: 1, maxLength: 12 })
  .map((parts) => 'f() { echo in f; }\n' + parts.map(([w, o]) => w + o).join(''));

describe('shell fuzz', () => {
  it('never crashes with a JavaScript exception', () => {
    fc.assert(
      fc.property(script, (s) => {
        const r = runSh(s);
        expect(r.status).not.toBe(139);
        expect(r.output).not.toContain('Segmentation fault');
      }),
      { numRuns: 60, seed: 42 },
    );
  }, 120000);
});

// Shell arithmetic, evaluated purely; expected values and messages printed by bash 5.2
// (`bash -c 'echo $(( EXPR ))'`).
import { describe, it, expect } from 'vitest';
import { ArithError, evalArith } from '../../../../src/userland/sh/expand/arith';
import type { ArithEnv } from '../../../../src/userland/sh/expand/arith';

function env(vars: Record<string, string> = {}): ArithEnv {
  return {
    get: (name) => vars[name],
    set: (name, value) => {
      vars[name] = String(value);
    },
  };
}

const CASES: Array<[string, string]> = [
  ['1+2*3', '7'],
  ['(1+2)*3', '9'],
  ['-5/2', '-2'],
  ['-5%3', '-2'],
  ['2**62', '4611686018427387904'],
  ['2**63', '-9223372036854775808'],
  ['2**64', '0'],
  ['9223372036854775807+1', '-9223372036854775808'],
  ['1<<63', '-9223372036854775808'],
  ['-1>>1', '-1'],
  ['~5', '-6'],
  ['!5', '0'],
  ['5>3&&2', '1'],
  ['0||0', '0'],
  ['1?2:3', '2'],
  ['0?2:3', '3'],
  ['x=4,x*x', '16'],
  ['0x10+010+2#11', '27'],
  ['64#z', '35'],
  ['36#Z', '35'],
  ['16#ff', '255'],
  ['a=3, a+=2, a*=3', '15'],
  ['b=5, b++ + ++b', '12'],
  ['c=1, c<<=4', '16'],
  ['7 & 3 | 8 ^ 1', '11'],
  ['1 == 1 != 0', '1'],
  ['3 <= 2', '0'],
  ['-2**2', '4'],
  ['- -3', '3'],
  ['1,2,3', '3'],
  ['y', '0'],
  ['010 + 0x', '8'],
  ['1 ? 2 : 0 ? 3 : 4', '2'],
];

const ERRORS: Array<[string, string]> = [
  ['1/0', '1/0: division by 0 (error token is "0")'],
  ['2**-1', '2**-1: exponent less than 0 (error token is "1")'],
  ['1+', '1+: syntax error: operand expected (error token is "+")'],
  ['2#3', '2#3: value too great for base (error token is "2#3")'],
  ['1 ? ', '1 ? : expression expected (error token is "? ")'],
  ['a b', 'a b: syntax error in expression (error token is "b")'],
  ['x=', 'x=: syntax error: operand expected (error token is "=")'],
  ['08', '08: value too great for base (error token is "08")'],
];

describe('evalArith', () => {
  for (const [expr, want] of CASES) {
    it(expr, () => expect(String(evalArith(expr, env()))).toBe(want));
  }
  for (const [expr, msg] of ERRORS) {
    it(`error: ${expr}`, () => {
      expect(() => evalArith(expr, env())).toThrow(ArithError);
      expect(() => evalArith(expr, env())).toThrow(msg);
    });
  }
  it('evaluates variables holding expressions and skips side effects in untaken branches', () => {
    const vars: Record<string, string> = { e: '2+3', n: '1' };
    expect(evalArith('e*2', env(vars))).toBe(10n);
    expect(evalArith('0 && (n=5)', env(vars))).toBe(0n);
    expect(vars.n).toBe('1');
    expect(evalArith('1 ? n++ : n--', env(vars))).toBe(1n);
    expect(vars.n).toBe('2');
  });
  it('reports runaway self-reference instead of overflowing the stack', () => {
    expect(() => evalArith('r', env({ r: 'r+1' }))).toThrow(
      'r+1: expression recursion level exceeded (error token is "r+1")',
    );
  });
});

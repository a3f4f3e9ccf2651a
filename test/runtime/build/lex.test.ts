// Expected values: BuildKit/moby's shell lexer test vectors (builder/dockerfile/shell/envVarTest),
// environment PWD=/home SHELL=bash KOREAN=한국어; "error" = the lexer refuses the word.
import { describe, it, expect } from 'vitest';
import { processWord, processWords } from '../../../src/runtime/build';

const env: Record<string, string> = { PWD: '/home', SHELL: 'bash', KOREAN: '한국어' };
const lookup = (name: string) => env[name];

const vectors: [string, string][] = [
  ['hello', 'hello'],
  ["he'll'o", 'hello'],
  ["he'llo", 'error'],
  ["he\\'llo", "he'llo"],
  ["he\\\\'llo", 'error'],
  ['abc\\tdef', 'abctdef'],
  ['"abc\\tdef"', 'abc\\tdef'],
  ['"abc\\\\tdef"', 'abc\\tdef'],
  ["'abc\\tdef'", 'abc\\tdef'],
  ['hello\\', 'hello'],
  ['hello\\\\', 'hello\\'],
  ['"hello', 'error'],
  ['"hello\\"', 'error'],
  ['"hel\'lo"', "hel'lo"],
  ["'hello", 'error'],
  ["'hello\\'", 'hello\\'],
  ['"\'\'"', "''"],
  ['$.', '$.'],
  ['$1', ''],
  ['he$1x', 'hex'],
  ['he$.x', 'he$.x'],
  ['he$pwd.', 'he.'],
  ['he$PWD', 'he/home'],
  ['he\\$PWD', 'he$PWD'],
  ['he\\\\$PWD', 'he\\/home'],
  ['"he\\$PWD"', 'he$PWD'],
  ['"he\\\\$PWD"', 'he\\/home'],
  ['\\${}', '${}'],
  ['${}', 'error'],
  ['he${}xx', 'error'],
  ['he${hi}xx', 'hexx'],
  ['he${PWD}', 'he/home'],
  ['he${.}', 'error'],
  ['he${XXX:-000}xx', 'he000xx'],
  ['he${PWD:-000}xx', 'he/homexx'],
  ['he${XXX:-$PWD}xx', 'he/homexx'],
  ['he${XXX:-${PWD:-yyy}}xx', 'he/homexx'],
  ['he${XXX:-${YYY:-yyy}}xx', 'heyyyxx'],
  ['he${XXX:YYY}', 'error'],
  ['he${XXX:+${PWD}}xx', 'hexx'],
  ['he${PWD:+${SHELL}}xx', 'hebashxx'],
  ['he${PWD:+000}xx', 'he000xx'],
  ["'he${XX}'", 'he${XX}'],
  ['"he\'$PWD\'"', "he'/home'"],
  ["'\\$PWD'", '\\$PWD'],
  ['he${PWD', 'error'],
  ['he${PWD:=000}xx', 'error'],
  ['he${PWD:+${PWD}:}xx', 'he/home:xx'],
  ['he${XXX:-\\$PWD:}xx', 'he$PWD:xx'],
  ['he${XXX:-\\${PWD}z}xx', 'he${PWDz}xx'],
  ["안'녕'하세요", '안녕하세요'],
  ['안녕$KOREAN', '안녕한국어'],
  ['${{aaa}', 'error'],
  ['${aaa}}', '}'],
  ['${aaa:-bbb}}', 'bbb}'],
  ['${aaa:-bbb ${foo}', 'error'],
  ['${aaa:-bbb {foo}', 'bbb {foo'],
  ['${:}', 'error'],
  ['${:-bbb}', 'error'],
];

describe('processWord (envVarTest vectors)', () => {
  it.each(vectors)('%s → %s', (word, want) => {
    const r = processWord(word, lookup);
    if (want === 'error') expect('error' in r).toBe(true);
    else expect(r).toEqual({ value: want });
  });

  it('uses the backtick escape when the Dockerfile sets it', () => {
    expect(processWord('he`$PWD', lookup, '`')).toEqual({ value: 'he$PWD' });
    expect(processWord('C:\\dir', lookup, '`')).toEqual({ value: 'C:\\dir' });
  });

  it('reports the BuildKit error texts', () => {
    expect(processWord('${}', lookup)).toEqual({ error: 'syntax error: bad substitution' });
    expect(processWord('${a', lookup)).toEqual({ error: "missing ':' in substitution" });
    expect(processWord('${a:-b', lookup)).toEqual({ error: "syntax error: missing '}'" });
    expect(processWord('$12', lookup)).toEqual({ value: '2' });
    expect(processWord('${a:=b}', lookup)).toEqual({ error: 'unsupported modifier (=) in substitution' });
    expect(processWord('"abc', lookup)).toEqual({
      error: 'unexpected end of statement while looking for matching double-quote',
    });
  });

  it('stops runaway nesting with an error instead of a stack overflow', () => {
    const deep = '${a:-'.repeat(50_000) + 'x' + '}'.repeat(50_000);
    expect('error' in processWord(deep, lookup)).toBe(true);
  });
});

describe('processWords (EXPOSE word splitting)', () => {
  it('splits unquoted variable values, keeps quoted ones whole', () => {
    const ports = (name: string) => (name === 'PORTS' ? '80 443/tcp' : undefined);
    expect(processWords('$PORTS 8080', ports)).toEqual({ values: ['80', '443/tcp', '8080'] });
    expect(processWords('"$PORTS"', ports)).toEqual({ values: ['80 443/tcp'] });
  });
});

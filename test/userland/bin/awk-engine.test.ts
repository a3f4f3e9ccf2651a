import { describe, it, expect } from 'vitest';
import { Lexer } from '../../../src/userland/bin/awk/lexer';
import { parseProgram } from '../../../src/userland/bin/awk/parser';
import { AwkArray } from '../../../src/userland/bin/awk/array';
import { GlibcRandom } from '../../../src/userland/bin/awk/random';
import { inputVal, StrNum, strtod } from '../../../src/userland/bin/awk/value';
import { awkFormat } from '../../../src/userland/bin/awk/format';
import { substitute, substr } from '../../../src/userland/bin/awk/strfuncs';
import { awkRegexGlobal } from '../../../src/userland/bin/awk/re';

function tokens(src: string): string[] {
  const lx = new Lexer(src);
  const out: string[] = [];
  for (;;) {
    const t = lx.next();
    out.push(`${t.kind}:${t.text}`);
    if (t.kind === 'eof') return out;
  }
}

describe('awk lexer', () => {
  it('tells regex from division by the previous token', () => {
    expect(tokens('a / b / c')).toEqual([
      'name:a',
      'op:/',
      'name:b',
      'op:/',
      'name:c',
      'nl:end of line',
      'eof:end of file',
    ]);
    expect(tokens('/a[/]b/')).toEqual(['ere:a[/]b', 'nl:end of line', 'eof:end of file']);
  });
  it('processes string escapes and marks function calls', () => {
    expect(tokens('f("a\\tb\\q") g (1)').slice(0, 3)).toEqual(['func:f', 'op:(', 'str:a\tb\\q']);
    expect(tokens('g (1)')[0]).toBe('name:g');
  });
  it('skips newlines after { && || , do else and continuation lines', () => {
    expect(tokens('a &&\n b\\\n c')).toEqual([
      'name:a',
      'op:&&',
      'name:b',
      'name:c',
      'nl:end of line',
      'eof:end of file',
    ]);
  });
});

describe('awk parser', () => {
  it('parses precedence like mawk', () => {
    const p = parseProgram('BEGIN { x = !1 + 1; y = -2^2; z = 1 " " -1 }');
    expect('program' in p).toBe(true);
    if (!('program' in p)) return;
    const [x, y, z] = p.program.begin;
    expect(JSON.stringify(x)).toContain('"k":"bin","op":"+","l":{"k":"unary","op":"!"');
    expect(JSON.stringify(y)).toContain('"k":"unary","op":"-","e":{"k":"bin","op":"^"');
    expect(JSON.stringify(z)).toContain('"k":"cat","l":{"k":"num","v":1},"r":{"k":"bin","op":"-"');
  });
  it('takes > in print as a redirection and (a,b) as an argument list', () => {
    const p = parseProgram('{ print (1,2) > "f" }');
    if (!('program' in p)) throw new Error('parse failed');
    const s = p.program.rules[0]!.action![0]!;
    expect(s.k === 'print' && s.args.length === 2 && s.redir?.mode === '>').toBe(true);
  });
  it('reports mawk messages', () => {
    expect(parseProgram('BEGIN { f(1 }')).toEqual({ errors: ['line 1: missing ) near }'] });
    expect(parseProgram('BEGIN{x[1]=1; x=2}')).toEqual({ errors: ['line 1: illegal reference to array x'] });
    expect(parseProgram('{print }}')).toEqual({
      errors: ["line 1: extra '}'", 'line 1: syntax error at or near end of line'],
    });
  });
  it('infers array parameters through calls', () => {
    const p = parseProgram('function f(a) { g(a) } function g(b) { b[1] = 1 } BEGIN { f(x) }');
    if (!('program' in p)) throw new Error('parse failed');
    expect(p.program.funcs.get('f')!.arrays).toEqual([true]);
  });
});

describe('awk values and helpers', () => {
  it('recognizes numeric input like mawk', () => {
    expect(inputVal(' 12 ')).toBeInstanceOf(StrNum);
    expect(inputVal('0x10')).toBeInstanceOf(StrNum);
    expect(inputVal('0x1A')).toBe('0x1A');
    expect(inputVal('inf')).toBe('inf');
    expect(strtod('0x1A')).toBe(26);
    expect(strtod('3abc')).toBe(3);
  });
  it('iterates arrays in mawk hash order', () => {
    const a = new AwkArray();
    for (const k of ['a', 'b', 'c']) a.find(k, true, String);
    expect(a.keys()).toEqual(['c', 'b', 'a']);
    const b = new AwkArray();
    for (let i = 1; i <= 5; i++) b.find(i, true, String);
    expect(b.keys()).toEqual(['3', '5', '2', '1', '4']);
  });
  it('reproduces glibc random()', () => {
    const r = new GlibcRandom(1);
    expect(r.next()).toBe(1804289383);
    expect(r.next()).toBe(846930886);
  });
  it('formats like mawk printf', () => {
    expect(awkFormat('%d|%5.2f|%c', [3e9, 3.14159, 65], String, 'printf').out).toBe('2147483647| 3.14|A');
    expect(awkFormat('%d %d', [1], String, 'printf').error).toBe(
      'not enough arguments passed to printf("%d %d")',
    );
  });
  it('substitutes with & and empty matches', () => {
    expect(substitute('abc', awkRegexGlobal('b*'), '-', true)).toEqual({ text: '-a-c-', count: 3 });
    expect(substitute('hello', awkRegexGlobal('l'), '[\\&&]', false).text).toBe('he[&l]lo');
    expect(substr('hello', -1e10, 1e10 + 3)).toBe('');
  });
});

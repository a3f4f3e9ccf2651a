import { describe, it, expect } from 'vitest';
import { printfFormat } from '../../../src/userland/libc/printf';
import { latin1ToUtf8 } from '../../../src/userland/libc/bytes';
import cases from './printf.cases.json';

// Cases recorded from /usr/bin/printf (GNU coreutils 9.1) on Debian 12 (C.UTF-8).
describe('printfFormat (coreutils dialect)', () => {
  for (const c of cases) {
    it(JSON.stringify(c.args), () => {
      const [format, ...args] = c.args;
      const r = printfFormat(format ?? '', args);
      expect(r.output).toBe(c.output);
      expect(r.text).toBe(latin1ToUtf8(c.output));
      expect(r.errors).toEqual(c.errors);
      expect(r.status).toBe(c.status);
    });
  }
});

describe('printfFormat (bash dialect)', () => {
  it('reports invalid numbers the bash way', () => {
    // bash -c 'printf "%d\n" abc 12abc'
    const r = printfFormat('%d\n', ['abc', '12abc'], 'bash');
    expect(r.output).toBe('0\n12\n');
    expect(r.errors).toEqual(['abc: invalid number', '12abc: invalid number']);
  });
  it('quotes %q with backslashes', () => {
    // bash -c "printf '%q %q %q\n' \"it's\" '' 'a b'"
    expect(printfFormat('%q %q %q\n', ["it's", '', 'a b'], 'bash').text).toBe("it\\'s '' a\\ b\n");
  });
});

describe('printfFormat bytes', () => {
  it('makes raw bytes from octal escapes', () => {
    // /usr/bin/printf '\303\251|%.1s|\n' é | od -An -tx1  →  c3 a9 7c c3 7c 0a
    const r = printfFormat('\\303\\251|%.1s|\\n', ['é']);
    expect([...r.output].map((c) => c.charCodeAt(0))).toEqual([0xc3, 0xa9, 0x7c, 0xc3, 0x7c, 0x0a]);
  });
});

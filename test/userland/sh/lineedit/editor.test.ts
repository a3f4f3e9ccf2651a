import { describe, expect, it } from 'vitest';
import { edit, Session } from './harness';
import { Screen } from './vt';

const LEFT = '\x1b[D';
const UP = '\x1b[A';
const DOWN = '\x1b[B';

describe('typing and Enter', () => {
  it('echoes typed text once and returns the line on Enter (CR or LF)', () => {
    expect(edit('ls -l\r')).toMatchObject({ line: 'ls -l', output: '$ ls -l\r\n' });
    expect(edit('pwd\n')).toMatchObject({ line: 'pwd', output: '$ pwd\r\n' });
  });

  it('writes only the new character when typing at the end', () => {
    const s = new Session();
    expect(s.initial).toBe('$ ');
    expect(s.feed('a')).toBe('a');
    expect(s.feed('b')).toBe('b');
  });

  it('inserts in the middle by rewriting the tail and moving back', () => {
    const s = new Session();
    s.feed('abcd' + LEFT + LEFT);
    expect(s.feed('X')).toBe('Xcd\b\b');
    expect(s.buffer).toBe('abXcd');
  });

  it('deletes with Backspace (DEL and ^H) and Delete, ringing the bell at the edges', () => {
    expect(edit('abc\x7f\x08')).toMatchObject({ buffer: 'a', output: '$ abc\b\x1b[K\b\x1b[K' });
    expect(edit('\x7f')).toMatchObject({ buffer: '', output: '$ \x07' });
    expect(edit('abc\x01\x1b[3~')).toMatchObject({ buffer: 'bc', point: 0 });
    expect(edit('abc\x1b[3~').output).toBe('$ abc\x07');
  });

  it('keeps the rest of a pasted block for the next call', () => {
    expect(edit('echo a\necho b\n')).toMatchObject({ line: 'echo a', rest: 'echo b\n' });
  });
});

describe('motion and kill/yank', () => {
  it('moves with ^A ^E ^B ^F, Home/End and word keys', () => {
    expect(edit('hello world\x01').point).toBe(0);
    expect(edit('hello world\x01\x05').point).toBe(11);
    expect(edit('hello world\x02\x02\x06').point).toBe(10);
    expect(edit('hello world\x1b[H').point).toBe(0);
    expect(edit('hello world\x1b[1~\x1b[4~').point).toBe(11);
    expect(edit('hello world\x1bb').point).toBe(6);
    expect(edit('hello world\x01\x1bf').point).toBe(5);
    expect(edit('hello world\x1b[1;5D').point).toBe(6);
  });

  it('kills to the kill ring and yanks back; consecutive kills accumulate', () => {
    const r = edit('one two three\x17\x17');
    expect(r.buffer).toBe('one ');
    expect(r.state.killRing).toEqual(['two three']);
    expect(edit('one two three\x01\x1bf\x0b\x01\x19').buffer).toBe(' two threeone');
    expect(edit('abc def\x02\x02\x15').state.killRing).toEqual(['abc d']);
    expect(edit('\x19').output).toBe('$ \x07');
  });

  it('transposes (^T) and changes case (M-u M-l M-c)', () => {
    expect(edit('sl\x14').buffer).toBe('ls');
    expect(edit('hello world\x01\x1bu').buffer).toBe('HELLO world');
    expect(edit('HELLO world\x01\x1bl').buffer).toBe('hello world');
    expect(edit('hello world\x01\x1bc\x1bc').buffer).toBe('Hello World');
  });

  it('inserts a control character literally after ^V and shows it as ^X', () => {
    const r = edit('a\x16\x01b');
    expect(r.buffer).toBe('a\x01b');
    expect(r.output).toBe('$ a^Ab');
  });
});

describe('^C, ^D, ^L', () => {
  it('^C prints ^C, marks the state interrupted and returns an empty line', () => {
    const r = edit('abc\x02\x03');
    expect(r).toMatchObject({ line: '', output: '$ abc\b\x1b[C^C\r\n' });
    expect(r.state.interrupted).toBe(true);
  });

  it('^D on an empty line is end of input; elsewhere it deletes, ringing at the end', () => {
    expect(edit('\x04')).toMatchObject({ line: null, output: '$ ' });
    expect(edit('abc\x04').output).toBe('$ abc\x07');
    expect(edit('abc\x01\x04').buffer).toBe('bc');
  });

  it('^L clears the screen and redraws prompt and line', () => {
    expect(edit('abc\x02\x0c').output).toBe('$ abc\b\x1b[H\x1b[2J$ abc\b');
  });
});

describe('history', () => {
  const history = ['echo one', 'echo two'];

  it('walks back and forth and restores the line being typed', () => {
    const s = new Session({ history });
    s.feed('par');
    expect(s.feed(UP)).toBe('\b\b\becho two');
    s.feed(UP);
    expect(s.buffer).toBe('echo one');
    expect(s.feed(UP)).toBe('\x07');
    s.feed(DOWN + DOWN);
    expect(s.buffer).toBe('par');
    expect(s.feed(DOWN)).toBe('');
  });

  it('keeps edits made to a recalled line while moving around', () => {
    const s = new Session({ history });
    s.feed(UP + 'X' + UP + DOWN);
    expect(s.buffer).toBe('echo twoX');
    expect(s.feed('\x1b<')).toBe('\x1b[4Done\x1b[K');
    s.feed('\x1b>');
    expect(s.buffer).toBe('');
  });

  it('M-. inserts the last word of the previous line', () => {
    expect(edit('cat \x1b.', { history: ['ls /etc/passwd'] }).buffer).toBe('cat /etc/passwd');
  });
});

describe('reverse-i-search', () => {
  const history = ['ls -l', 'echo hello', 'cat file'];

  it('finds matches as the query grows and accepts one with Enter', () => {
    const s = new Session({ history });
    s.feed('x');
    expect(s.feed('\x12')).toBe("\r(reverse-i-search)`': \x1b[Jx");
    const screen = new Screen(80);
    expect(screen.write(s.feed('ech')).text()).toBe("(reverse-i-search)`ech': echo hello");
    s.feed('\r');
    expect(s.result).toEqual({ line: 'echo hello' });
  });

  it('^R again finds older matches; a failing query says so and rings the bell', () => {
    const s = new Session({ history });
    const screen = new Screen(80).write(s.initial);
    screen.write(s.feed('\x12l'));
    expect(screen.text()).toBe("(reverse-i-search)`l': cat file");
    screen.write(s.feed('\x12'));
    expect(screen.text()).toBe("(reverse-i-search)`l': echo hello");
    screen.write(s.feed('\x12\x12'));
    expect(screen.text()).toBe("(reverse-i-search)`l': ls -l");
    const out = s.feed('z');
    expect(out.startsWith('\x07')).toBe(true);
    expect(screen.write(out).text()).toBe("(failed reverse-i-search)`lz': ls -l");
  });

  it('^G restores the line; other keys leave the search keeping the match', () => {
    const s = new Session({ history });
    const screen = new Screen(80).write(s.initial);
    screen.write(s.feed('abc\x12cat\x07'));
    expect([screen.text(), s.buffer]).toEqual(['$ abc', 'abc']);
    screen.write(s.feed('\x12hel\x05!'));
    expect([screen.text(), s.buffer]).toEqual(['$ echo hello!', 'echo hello!']);
  });
});

describe('prompts and wrapping', () => {
  it('does not count \\x01…\\x02 spans and wraps at the margin with " \\r"', () => {
    const prompt = '\x01\x1b[32m\x02$\x01\x1b[0m\x02 ';
    const r = edit('abcdefghijklmnopqr', { prompt, cols: 20 });
    expect(r.output).toBe('\x1b[32m$\x1b[0m abcdefghijklmnopqr \r');
    const back = edit('abcdefghijklmnopqr\x7f', { prompt, cols: 20 });
    expect(back.output).toBe('\x1b[32m$\x1b[0m abcdefghijklmnopqr \r\x1b[A\x1b[19C\x1b[J');
  });

  it('redraws only the last line of a multi-line prompt', () => {
    const s = new Session({ prompt: 'user@host:~\n$ ', cols: 10 });
    const screen = new Screen(10, 24, true).write(s.initial);
    screen.write(s.feed('echo hello world\x01'));
    expect(screen.text()).toBe('user@host:\n~\n$ echo hel\nlo world');
    expect(screen.cursor).toEqual([2, 2]);
  });
});

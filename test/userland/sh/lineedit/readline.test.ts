// readLine on a (fake) Sys: terminal modes, prompt on stderr, input kept across calls, the
// non-terminal fallback, end of input.

import { describe, expect, it } from 'vitest';
import { addHistory, createLineEditState, readLine } from '../../../../src/userland/sh/lineedit';
import type { LineEditState } from '../../../../src/userland/sh/lineedit';
import {
  ECHO,
  ICANON,
  ICRNL,
  ISIG,
  IXON,
  ONLCR,
  OPOST,
  defaultTermios,
} from '../../../../src/kernel/abi/termios';
import type { FakeTerminal } from './harness';
import { fakeSys } from './harness';
import type { Gen } from '../../../../src/userland/sys';

function term(chunks: (string | Uint8Array)[], tty = true, extra: Partial<FakeTerminal> = {}): FakeTerminal {
  return { chunks, tty, stderr: '', termiosSet: [], ...extra };
}

function run<T>(gen: Gen<T>): T {
  const r = gen.next();
  if (!r.done) throw new Error('unexpected yield');
  return r.value;
}

function read(t: FakeTerminal, state: LineEditState, prompt = '$ '): string | null {
  return run(readLine(fakeSys(t), prompt, state));
}

describe('readLine on a terminal', () => {
  it('switches to raw mode, writes the prompt and echo to stderr, and restores the terminal', () => {
    const t = term(['ls -l\r']);
    expect(read(t, createLineEditState())).toBe('ls -l');
    expect(t.stderr).toBe('$ ls -l\r\n');
    const [raw, restored] = t.termiosSet;
    expect(raw && raw.lflag & (ICANON | ECHO | ISIG)).toBe(0);
    expect(raw && raw.iflag & (IXON | ICRNL)).toBe(0);
    expect(raw && raw.oflag & (OPOST | ONLCR)).toBe(OPOST | ONLCR);
    expect(restored).toEqual(defaultTermios());
  });

  it('returns the lines of a pasted block one per call without reading again', () => {
    const state = createLineEditState();
    const t = term(['echo a\necho b\n']);
    expect(read(t, state)).toBe('echo a');
    expect(t.chunks).toEqual([]);
    expect(read(t, state)).toBe('echo b');
    expect(t.stderr).toBe('$ echo a\r\n$ echo b\r\n');
  });

  it('reassembles a UTF-8 character split across reads', () => {
    const bytes = new TextEncoder().encode('é\r');
    const t = term([bytes.subarray(0, 1), bytes.subarray(1)]);
    expect(read(t, createLineEditState())).toBe('é');
  });

  it('^C returns an empty line and sets interrupted; the next call clears it', () => {
    const state = createLineEditState();
    const t = term(['sleep 1\x03', 'ok\r']);
    expect(read(t, state)).toBe('');
    expect(state.interrupted).toBe(true);
    expect(read(t, state)).toBe('ok');
    expect(state.interrupted).toBe(false);
  });

  it('^D on an empty line is null; end of input after text returns the text, then null', () => {
    expect(read(term(['\x04']), createLineEditState())).toBeNull();
    const state = createLineEditState();
    const t = term(['abc']);
    expect(read(t, state)).toBe('abc');
    expect(read(t, state)).toBeNull();
    expect(t.stderr).toBe('$ abc\r\n$ ');
  });

  it('uses the window width from TIOCGWINSZ', () => {
    const state = createLineEditState();
    const t = term(['abcdefgh\r'], true, { cols: 10 });
    expect(read(t, state)).toBe('abcdefgh');
    expect(state.cols).toBe(10);
    expect(t.stderr).toBe('$ abcdefgh \r\r\n');
  });

  it('walks the history added with addHistory (empty lines skipped, duplicates kept)', () => {
    const state = createLineEditState();
    addHistory(state, 'ls');
    addHistory(state, '   ');
    addHistory(state, 'ls');
    addHistory(state, 'pwd');
    expect(state.history).toEqual(['ls', 'ls', 'pwd']);
    expect(read(term(['\x1b[A\x1b[A\r']), state)).toBe('ls');
  });

  it('completes file names through getdents64 and stat', () => {
    const tree: FakeTerminal['tree'] = {
      '.': { 'notes.txt': 'f', src: 'd', lnk: 'l' },
      src: { 'main.ts': 'f' },
    };
    expect(read(term(['cat no\t\r'], true, { tree }), createLineEditState())).toBe('cat notes.txt ');
    expect(read(term(['cat src/m\t\r'], true, { tree }), createLineEditState())).toBe('cat src/main.ts ');
    expect(read(term(['cd ln\t\r'], true, { tree }), createLineEditState())).toBe('cd lnk');
    expect(read(term(['cd lnk\t\r'], true, { tree }), createLineEditState())).toBe('cd lnk/');
  });
});

describe('readLine when fd 0 is not a terminal', () => {
  it('prints the prompt and reads plain lines up to the newline, then null at the end', () => {
    const state = createLineEditState();
    const t = term(['echo hi\n\nlast'], false);
    expect(read(t, state)).toBe('echo hi');
    expect(read(t, state)).toBe('');
    expect(read(t, state)).toBe('last');
    expect(read(t, state)).toBeNull();
    expect(t.stderr).toBe('$ $ $ $ ');
    expect(t.termiosSet).toEqual([]);
  });
});

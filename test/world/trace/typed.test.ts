// The command text the trace panel shows: the keys the shell read, replayed through the shell's
// own line editor (editing keys, ^C, history), compared with what bash runs for those keys.
import { describe, expect, it } from 'vitest';
import { TypedLines } from '../../../src/world/trace/typed';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('TypedLines', () => {
  it('gives a line when Enter arrives, however the keys were split into reads', () => {
    const t = new TypedLines();
    expect(t.feed(enc('docker run'))).toEqual([]);
    expect(t.feed(enc(' --rm busybox true'))).toEqual([]);
    expect(t.feed(enc('\r'))).toEqual([{ text: 'docker run --rm busybox true', completed: false }]);
  });

  it('applies editing keys as readline does: backspace, ^A, ^K, ^W, arrows', () => {
    const t = new TypedLines();
    // "ecb" BS "ho hi there" ^W (→ "echo hi ") ^A, four times Right, ^K
    expect(t.feed(enc('ecb\x7fho hi there\x17\x01\x1b[C\x1b[C\x1b[C\x1b[C\x0b\r'))).toEqual([
      { text: 'echo', completed: false },
    ]);
  });

  it('skips a line abandoned with ^C and recalls history with Up', () => {
    const t = new TypedLines();
    t.feed(enc('uname -r\r'));
    expect(t.feed(enc('rm -rf /\x03'))).toEqual([]);
    expect(t.feed(enc('\x1b[A\r'))).toEqual([{ text: 'uname -r', completed: false }]);
  });

  it('marks a line that used Tab completion', () => {
    const t = new TypedLines();
    expect(t.feed(enc('ls /et\t\r'))[0]?.completed).toBe(true);
  });

  it('gives every line of a paste', () => {
    const t = new TypedLines();
    expect(t.feed(enc('true\rfalse\r')).map((l) => l.text)).toEqual(['true', 'false']);
  });
});

// Reading the FILE operands of text tools: `-` means standard input, errors are reported as
// `prog: name: strerror`, and a LineSource hands out lines one at a time so filters like grep, sed
// and awk can answer a terminal line by line instead of waiting for end of file.

import { O_RDONLY } from '../../kernel/abi/fcntl';
import { strerror } from '../../kernel/abi/errno';
import { decode, streamDecoder } from '../../lib/utf8';
import type { Gen, Sys } from '../sys';
import { isErr } from '../sys';
import { STDIN, readAll, warn } from './io';

/** Open an operand for reading: `-` is stdin. Returns an fd or -errno. */
export function* openInput(sys: Sys, name: string): Gen<number> {
  if (name === '-') return STDIN;
  return yield* sys.open(name, O_RDONLY);
}

/** Close an fd returned by openInput (stdin stays open). */
export function* closeInput(sys: Sys, fd: number): Gen<void> {
  if (fd !== STDIN) yield* sys.close(fd);
}

/** Read a whole operand as bytes; on failure print `prog: name: error` and return null. */
export function* readInputBytes(sys: Sys, prog: string, name: string): Gen<Uint8Array | null> {
  const fd = yield* openInput(sys, name);
  if (fd < 0) {
    yield* warn(sys, `${prog}: ${name}: ${strerror(fd)}`);
    return null;
  }
  const data = yield* readAll(sys, fd);
  yield* closeInput(sys, fd);
  if (isErr(data)) {
    yield* warn(sys, `${prog}: ${name}: ${strerror(data)}`);
    return null;
  }
  return data as Uint8Array;
}

/** Read a whole operand as text; on failure print `prog: name: error` and return null. */
export function* readInputText(sys: Sys, prog: string, name: string): Gen<string | null> {
  const data = yield* readInputBytes(sys, prog, name);
  return data === null ? null : decode(data);
}

/** Lines one at a time, each with its '\n' unless it is an unterminated last line. */
export interface LineSource {
  /** The next line, null at end of input, or -errno if reading failed. */
  next(): Gen<string | null | number>;
}

/** Lines of a string (never yields a syscall: handy for pure tests). */
export function stringLines(text: string): LineSource {
  let at = 0;
  return {
    *next(): Gen<string | null> {
      if (at >= text.length) return null;
      const nl = text.indexOf('\n', at);
      const end = nl < 0 ? text.length : nl + 1;
      const line = text.slice(at, end);
      at = end;
      return line;
    },
  };
}

/** Lines read from an fd as they arrive. */
export function fdLines(sys: Sys, fd: number, sep = '\n'): LineSource {
  const dec = streamDecoder();
  let buf = '';
  let pos = 0;
  let eof = false;
  return {
    *next(): Gen<string | null | number> {
      for (;;) {
        const i = buf.indexOf(sep, pos);
        if (i >= 0) {
          const line = buf.slice(pos, i + 1);
          pos = i + 1;
          return line;
        }
        if (eof) {
          if (pos >= buf.length) return null;
          const line = buf.slice(pos);
          pos = buf.length;
          return line;
        }
        const chunk = yield* sys.read(fd, 65536);
        if (typeof chunk === 'number') return chunk;
        if (chunk.length === 0) eof = true;
        else {
          buf = buf.slice(pos) + dec(chunk);
          pos = 0;
        }
      }
    },
  };
}

/** Split text into lines without their terminators; a final unterminated line counts. */
export function splitLines(text: string, sep = '\n'): string[] {
  if (text === '') return [];
  const lines = text.split(sep);
  if (text.endsWith(sep)) lines.pop();
  return lines;
}

// stdio-like helpers built on Sys: write everything, read everything, buffered output.

import { concatBytes, decode, encode } from '../../lib/utf8';
import { O_RDONLY } from '../../kernel/abi/fcntl';
import type { Gen, Sys } from '../sys';
import { isErr } from '../sys';

export const STDIN = 0;
export const STDOUT = 1;
export const STDERR = 2;

/** Write all of `data`, retrying short writes. Returns 0 or -errno. */
export function* writeAll(sys: Sys, fd: number, data: Uint8Array | string): Gen<number> {
  let bytes = typeof data === 'string' ? encode(data) : data;
  while (bytes.length > 0) {
    const n = yield* sys.write(fd, bytes);
    if (n < 0) return n;
    if (n === 0) return 0;
    bytes = bytes.subarray(n);
  }
  return 0;
}

/** Read until end of file. */
export function* readAll(sys: Sys, fd: number): Gen<Uint8Array | number> {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const chunk = yield* sys.read(fd, 65536);
    if (typeof chunk === 'number') return chunk;
    if (chunk.length === 0) break;
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : concatBytes(chunks);
}

/** Read a whole file by path: bytes or -errno. */
export function* readFile(sys: Sys, path: string): Gen<Uint8Array | number> {
  const fd = yield* sys.open(path, O_RDONLY);
  if (fd < 0) return fd;
  const data = yield* readAll(sys, fd);
  yield* sys.close(fd);
  return data;
}

/** Read a whole file as text, or -errno. */
export function* readText(sys: Sys, path: string): Gen<string | number> {
  const data = yield* readFile(sys, path);
  return isErr(data) ? data : decode(data as Uint8Array);
}

/**
 * Buffered output to one fd, like a FILE*. `print` only buffers; `flush` (or a full buffer, via
 * `print` returning true) writes. Programs must flush before exiting.
 */
export class Output {
  private parts: string[] = [];
  private size = 0;
  /** The first write error seen (-errno), or 0. */
  error = 0;

  constructor(
    private readonly sys: Sys,
    readonly fd: number,
    private readonly limit = 8192,
  ) {}

  /** Buffer text; returns true when the buffer should be flushed. */
  print(text: string): boolean {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= this.limit;
  }

  *flush(): Gen<number> {
    if (this.size === 0 || this.error < 0) return this.error;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    const r = yield* writeAll(this.sys, this.fd, text);
    if (r < 0) this.error = r;
    return r;
  }

  /** print and flush if the buffer is full. */
  *write(text: string): Gen<number> {
    if (this.print(text)) return yield* this.flush();
    return this.error;
  }
}

/** Write a line to stderr: the usual `prog: message` diagnostics. */
export function* warn(sys: Sys, message: string): Gen<void> {
  yield* writeAll(sys, STDERR, message + '\n');
}

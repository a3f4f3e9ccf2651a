// TCP client helpers: connect to a host and port (resolving the name), read until a marker.

import { AF_INET, SOCK_STREAM } from '../../kernel/abi/socket';
import { concatBytes } from '../../lib/utf8';
import type { Gen, Sys } from '../sys';
import { resolveHost } from './netdb';

export type ConnectResult =
  | { readonly fd: number; readonly addr: string }
  | { readonly error: 'resolve' }
  | { readonly error: 'connect'; readonly errno: number; readonly addr: string };

export function* tcpConnect(sys: Sys, host: string, port: number): Gen<ConnectResult> {
  const h = yield* resolveHost(sys, host);
  if (!h) return { error: 'resolve' };
  const fd = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return { error: 'connect', errno: fd, addr: h.text };
  const r = yield* sys.connect(fd, { family: AF_INET, addr: h.text, port });
  if (r < 0) {
    yield* sys.close(fd);
    return { error: 'connect', errno: r, addr: h.text };
  }
  return { fd, addr: h.text };
}

/** Read until `done(buffer)` or end of file; returns the bytes read (or -errno). */
export function* readUntil(
  sys: Sys,
  fd: number,
  done: (buf: Uint8Array) => boolean,
): Gen<Uint8Array | number> {
  let buf: Uint8Array = new Uint8Array(0);
  while (!done(buf)) {
    const chunk = yield* sys.read(fd, 65536);
    if (typeof chunk === 'number') return chunk;
    if (chunk.length === 0) break;
    buf = concatBytes([buf, chunk]);
  }
  return buf;
}

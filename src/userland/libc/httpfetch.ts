// One HTTP/1.1 exchange for curl and wget: send the request, read the head and the body
// (Content-Length bytes, or up to end of file).

import { concatBytes, decode } from '../../lib/utf8';
import type { Gen, Sys } from '../sys';
import { writeAll } from './io';
import { headEnd, parseResponseHead } from './http';
import type { ResponseHead, Url } from './http';
import { readUntil } from './tcp';

export interface Exchange {
  readonly head: ResponseHead;
  readonly headText: string;
  readonly body: Uint8Array;
}

export function requestText(method: string, url: Url, agent: string, extra: readonly string[] = []): string {
  const host = url.port === 80 ? url.host : `${url.host}:${url.port}`;
  const lines = [
    `${method} ${url.path} HTTP/1.1`,
    `Host: ${host}`,
    `User-Agent: ${agent}`,
    'Accept: */*',
    ...extra,
  ];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** Send `request` on a connected socket and read the response; a string names what went wrong. */
export function* exchange(sys: Sys, fd: number, request: string, head: boolean): Gen<Exchange | string> {
  const w = yield* writeAll(sys, fd, request);
  if (w < 0) return 'send';
  const first = yield* readUntil(sys, fd, (b) => headEnd(b) >= 0);
  if (typeof first === 'number' || first.length === 0) return 'empty';
  const end = headEnd(first);
  if (end < 0) return 'empty';
  const headText = decode(first.subarray(0, end));
  const parsed = parseResponseHead(headText, end);
  if (!parsed) return 'weird';
  let body = first.subarray(end);
  const len = parsed.headers.get('content-length');
  const want = len === undefined ? Infinity : Number(len);
  if (!head && body.length < want) {
    const rest = yield* readUntil(sys, fd, (b) => body.length + b.length >= want);
    if (rest instanceof Uint8Array) body = concatBytes([body, rest]);
  }
  return {
    head: parsed,
    headText,
    body: head ? new Uint8Array(0) : body.subarray(0, Math.min(body.length, want)),
  };
}

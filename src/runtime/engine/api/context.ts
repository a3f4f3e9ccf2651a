// What an API handler gets: the daemon's state, the connection, and ways to stream progress.

import type { Gen, Sys } from '../../../userland/sys';
import type { Engine } from '../state';
import type { Json, Reply, Request } from '../wire';
import { sendLine } from '../wire';

export interface Ctx {
  readonly sys: Sys;
  readonly eng: Engine;
  readonly fd: number;
  readonly req: Request;
  /** Bytes the client sent after its request line. */
  readonly pending: Uint8Array;
}

export type Handler = (ctx: Ctx) => Gen<Reply>;

/** Progress text for the client's stdout (or stderr). */
export function* stream(ctx: Ctx, text: string, toStderr = false): Gen<void> {
  yield* sendLine(ctx.sys, ctx.fd, toStderr ? { errorStream: text } : { stream: text });
}

export const ok = (result: Json): Reply => ({ result });
export const fail = (error: string, code = 500): Reply => ({ error, code });

/** A string field of the request ('' when absent). */
export function str(req: Request, key: string): string {
  const v = req[key];
  return typeof v === 'string' ? v : '';
}

export function bool(req: Request, key: string): boolean {
  return req[key] === true;
}

export function num(req: Request, key: string): number {
  const v = req[key];
  return typeof v === 'number' ? v : 0;
}

export function strs(req: Request, key: string): string[] {
  const v = req[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The client's descriptor N as a path the daemon can open. */
export function clientFd(ctx: Ctx, n: number): string {
  return `/proc/${ctx.req.pid}/fd/${n}`;
}

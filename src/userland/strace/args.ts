// Reading a record's copied arguments and result, and the line pieces shared by the decoders.

import { encode } from '../../lib/utf8';
import type { TraceSyscall, TraceValue } from '../../kernel/abi/trace';
import { isBytes, quoteString } from './quote';
import { fakeAddress } from './xlat';

export interface DecodeOptions {
  /** strace -s: the longest string or buffer shown (default 32). */
  readonly strsize: number;
}

/** A call's arguments as text: those strace prints at entry and those it prints at exit. */
export interface Decoded {
  readonly enter: readonly string[];
  readonly exit?: readonly string[];
  /** The result as text when it is not a plain number (a pointer, a mode, "?"). */
  readonly result?: string;
}

export type Decoder = (rec: TraceSyscall, o: DecodeOptions) => Decoded;

export function num(rec: TraceSyscall, i: number, dflt = 0): number {
  const v = rec.args[i];
  return typeof v === 'number' ? v : dflt;
}

export function str(rec: TraceSyscall, i: number): string {
  const v = rec.args[i];
  return typeof v === 'string' ? v : '';
}

/** A path argument: quoted whole (strace does not cut paths at -s). */
export function path(rec: TraceSyscall, i: number): string {
  return quoteString(str(rec, i));
}

/** The call failed: its result is a negated errno. */
export function failed(rec: TraceSyscall): boolean {
  return typeof rec.result === 'number' && rec.result < 0;
}

/** A length-like value from a result: bytes' length, a string's, an array's, or the number. */
export function sizeOf(v: TraceValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return encode(v).length;
  if (isBytes(v)) return v.length;
  if (Array.isArray(v)) return v.length;
  return 0;
}

/** A struct result's field (undefined when the result is an error or not a struct). */
export function field(v: TraceValue, key: string): TraceValue {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || isBytes(v)) return undefined;
  return (v as Readonly<Record<string, TraceValue>>)[key];
}

export function numField(v: TraceValue, key: string): number {
  const f = field(v, key);
  return typeof f === 'number' ? f : 0;
}

/** The address strace prints for an output buffer the call did not fill (on failure). */
export function addr(rec: TraceSyscall, slot = 0): string {
  return fakeAddress(rec.pid, slot);
}

/** Either `shown` (the call succeeded) or the buffer's address (it failed). */
export function outOrAddr(rec: TraceSyscall, shown: () => string, slot = 0): string {
  return failed(rec) || rec.result === undefined ? addr(rec, slot) : shown();
}

// strace's line format for the kernel's trace records, shared by the strace program and the
// page's trace panel: formatCall gives one complete line ("openat(AT_FDCWD, "/etc/passwd",
// O_RDONLY|O_CLOEXEC) = 3"); formatEnter/formatResumed give the two halves strace prints for a
// call that blocked while other processes' lines came between; formatSignal and formatExit give
// "--- SIGCHLD {...} ---" and "+++ exited with 0 +++". Addresses strace would print for buffers
// the model does not have are made up (deterministic per pid).

import type { TraceExit, TraceRecord, TraceSignal, TraceSyscall, TraceValue } from '../../kernel/abi/trace';
import type { Decoded, DecodeOptions } from './args';
import { FILE_DECODERS } from './decode-file';
import { PROC_DECODERS } from './decode-proc';
import { MISC_DECODERS } from './decode-misc';
import { errorResult, signalName } from './xlat';
import { isBytes } from './quote';

export type {
  TraceAttach,
  TraceExit,
  TraceRecord,
  TraceSignal,
  TraceSyscall,
  TraceValue,
} from '../../kernel/abi/trace';
export { classify, explain } from './explain';
export type { TraceClass } from './explain';

export const DEFAULT_DECODE: DecodeOptions = { strsize: 32 };

const DECODERS = { ...FILE_DECODERS, ...PROC_DECODERS, ...MISC_DECODERS };

/** The call's arguments, split into what strace prints at entry and at exit. */
export function decodeCall(rec: TraceSyscall, options: DecodeOptions = DEFAULT_DECODE): Decoded {
  const decoder = Object.hasOwn(DECODERS, rec.sys) ? DECODERS[rec.sys] : undefined;
  if (decoder) return decoder(rec, options);
  return { enter: rec.args.map((a) => genericArg(a)) };
}

function genericArg(v: TraceValue): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || v === undefined) return 'NULL';
  return '...';
}

/** The text after "= ": the result, an error with its errno name and text, or "?". */
export function formatResult(rec: TraceSyscall, decoded: Decoded): string {
  if (rec.noReturn) return '?';
  const r = rec.result;
  if (typeof r === 'number' && r < 0) return errorResult(r);
  if (decoded.result !== undefined) return decoded.result;
  if (typeof r === 'number') return String(r);
  if (isBytes(r)) return String(r.length);
  return '0';
}

/** "name(args) = result" for a call that completed (phase call, or the exit of a blocked one). */
export function formatCall(rec: TraceSyscall, options: DecodeOptions = DEFAULT_DECODE): string {
  const d = decodeCall(rec, options);
  const args = [...d.enter, ...(d.exit ?? [])].join(', ');
  return `${rec.name}(${args}) = ${formatResult(rec, d)}`;
}

/** The start of a line for a call that blocked: "wait4(-1, " (strace then waits for its end). */
export function formatEnter(rec: TraceSyscall, options: DecodeOptions = DEFAULT_DECODE): string {
  const d = decodeCall(rec, options);
  const head = `${rec.name}(${d.enter.join(', ')}`;
  return d.exit && d.exit.length > 0 ? `${head}${d.enter.length ? ', ' : ''}` : head;
}

/** The end of a blocked call's line, after its start: `"hi\n", 4096) = 3`. */
export function formatExitPart(rec: TraceSyscall, options: DecodeOptions = DEFAULT_DECODE): string {
  const d = decodeCall(rec, options);
  return `${(d.exit ?? []).join(', ')})`;
}

/** "<... read resumed>"hi\n", 4096) = 3": the end of a line interrupted by other processes. */
export function formatResumed(rec: TraceSyscall, options: DecodeOptions = DEFAULT_DECODE): string {
  const d = decodeCall(rec, options);
  return `<... ${rec.name} resumed>${(d.exit ?? []).join(', ')})`;
}

/** "--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=42, ...} ---" */
export function formatSignal(rec: TraceSignal): string {
  const name = signalName(rec.sig);
  const info = [`si_signo=${name}`, `si_code=${rec.code}`];
  if (rec.fromPid !== undefined) info.push(`si_pid=${rec.fromPid}`, `si_uid=${rec.fromUid ?? 0}`);
  if (rec.code.startsWith('CLD_')) {
    const st = rec.code === 'CLD_EXITED' ? String(rec.status ?? 0) : signalName(rec.status ?? 0);
    info.push(`si_status=${st}`, `si_utime=${rec.utime ?? 0}`, `si_stime=${rec.stime ?? 0}`);
  }
  return `--- ${name} {${info.join(', ')}} ---`;
}

/** "+++ exited with 0 +++" or "+++ killed by SIGKILL +++" (" (core dumped)" when it dumped). */
export function formatExit(rec: TraceExit): string {
  const sig = rec.status & 0x7f;
  if (sig === 0) return `+++ exited with ${(rec.status >> 8) & 0xff} +++`;
  return `+++ killed by ${signalName(sig)}${rec.status & 0x80 ? ' (core dumped)' : ''} +++`;
}

/** One record as a line without the "[pid N] " prefix (complete calls; enter as "<unfinished ...>"). */
export function formatRecord(rec: TraceRecord, options: DecodeOptions = DEFAULT_DECODE): string {
  switch (rec.type) {
    case 'syscall':
      if (rec.phase === 'enter') return `${formatEnter(rec, options)} <unfinished ...>`;
      if (rec.phase === 'exit')
        return `${formatResumed(rec, options)} = ${formatResult(rec, decodeCall(rec, options))}`;
      return formatCall(rec, options);
    case 'signal':
      return formatSignal(rec);
    case 'exit':
      return formatExit(rec);
    case 'attach':
      return `Process ${rec.pid} attached`;
  }
}

/**
 * Pair each blocked call's `enter` with its `exit` into one complete record (phase 'call', time of
 * the entry), for views that show whole calls; an enter with no exit yet stays as it is.
 */
export function completeCalls(records: readonly TraceRecord[]): TraceRecord[] {
  const out: TraceRecord[] = [];
  const open = new Map<number, number>();
  for (const rec of records) {
    if (rec.type === 'syscall' && rec.phase === 'exit') {
      const at = open.get(rec.pid);
      if (at !== undefined) {
        const enter = out[at] as TraceSyscall;
        out[at] = { ...rec, phase: 'call', time: enter.time, seq: enter.seq };
        open.delete(rec.pid);
        continue;
      }
    }
    if (rec.type === 'syscall' && rec.phase === 'enter') open.set(rec.pid, out.length);
    out.push(rec);
  }
  return out;
}

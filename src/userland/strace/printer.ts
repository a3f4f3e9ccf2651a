// strace's output layout (strace.c printleader/tabto): "[pid  1234] " before each line while more
// than one process is traced ("1234  " with -o FILE and -f), "= result" aligned at column 40, a
// blocked call's line left open ("read(0, ") and finished in place, or cut with " <unfinished ...>"
// when another process's line comes first and finished later as "<... read resumed>".

import type { TraceRecord, TraceSyscall } from '../../kernel/abi/trace';
import type { DecodeOptions } from './args';
import { decodeCall, formatEnter, formatExit, formatExitPart, formatResult, formatSignal } from './format';

export interface PrinterOptions extends DecodeOptions {
  /** -f: children are traced; with -o FILE every line gets a pid prefix. */
  readonly follow: boolean;
  /** -o FILE given (prefixes are "1234  " instead of "[pid  1234] "; no "attached" messages). */
  readonly toFile: boolean;
  /** Whether a system call (by its Linux name) is shown (-e trace=). */
  readonly shows: (name: string) => boolean;
}

const ALIGN = 40;
/** Calls glibc answers from the vDSO, which strace never sees. */
const VDSO = new Set(['clock_gettime', 'gettimeofday', 'time', 'getcpu']);

export class TracePrinter {
  /** The open line: whose, and how long it is so far. */
  private open: { pid: number; col: number } | undefined;
  private readonly live = new Set<number>();
  /** Text for the trace output (strace's "attached" messages go there too when it is stderr). */
  out = '';

  constructor(private readonly o: PrinterOptions) {}

  private prefix(pid: number): string {
    if (this.o.toFile && this.o.follow) return `${String(pid).padEnd(5)} `;
    return this.live.size > 1 ? `[pid ${String(pid).padStart(5)}] ` : '';
  }

  /** Start a line for pid, closing another process's open line with " <unfinished ...>". */
  private leader(pid: number): string {
    if (this.open && this.open.pid !== pid) {
      this.out += ' <unfinished ...>\n';
      this.open = undefined;
    }
    return this.prefix(pid);
  }

  private finish(line: string, col: number, result: string): void {
    const pad = col < ALIGN ? ' '.repeat(ALIGN - col) : ' ';
    this.out += `${line}${pad}= ${result}\n`;
  }

  private shown(rec: TraceSyscall): boolean {
    return !VDSO.has(rec.name) && this.o.shows(rec.name);
  }

  handle(rec: TraceRecord): void {
    if (rec.type !== 'exit') this.live.add(rec.pid);
    switch (rec.type) {
      case 'syscall':
        if (this.shown(rec)) this.syscall(rec);
        return;
      case 'signal':
        this.out += `${this.leader(rec.pid)}${formatSignal(rec)}\n`;
        return;
      case 'exit':
        this.out += `${this.leader(rec.pid)}${formatExit(rec)}\n`;
        this.live.delete(rec.pid);
        return;
      case 'attach':
        if (!this.o.toFile) this.out += `strace: Process ${rec.pid} attached\n`;
        return;
    }
  }

  private syscall(rec: TraceSyscall): void {
    if (rec.phase === 'enter') {
      const line = this.leader(rec.pid) + formatEnter(rec, this.o);
      this.out += line;
      this.open = { pid: rec.pid, col: line.length };
      return;
    }
    const d = decodeCall(rec, this.o);
    const result = formatResult(rec, d);
    if (rec.phase === 'call') {
      const line = `${this.leader(rec.pid)}${rec.name}(${[...d.enter, ...(d.exit ?? [])].join(', ')})`;
      this.finish(line, line.length, result);
      return;
    }
    if (this.open?.pid === rec.pid) {
      const tail = rec.noReturn ? ' <unfinished ...>)' : formatExitPart(rec, this.o);
      this.out += tail;
      this.finish('', this.open.col + tail.length, result);
      this.open = undefined;
      return;
    }
    const line = `${this.leader(rec.pid)}<... ${rec.name} resumed>${rec.noReturn ? '' : (d.exit ?? []).join(', ')})`;
    this.finish(line, line.length, result);
  }
}

// The emulated machine running: one host process that maps the guest RAM the guest touches,
// spends CPU time booting the guest and, with -nographic, relays the guest's serial console.
//
// Simplification: one thread (real qemu has one per vCPU and an I/O thread); while booting, keys
// are looked at between slices of guest work; an idle guest costs no CPU.

import { FIONREAD } from '../../../kernel/abi/termios';
import { EINTR } from '../../../kernel/abi/errno';
import { CLOCK_MONOTONIC } from '../../sys';
import type { Gen, Sys } from '../../sys';
import { STDIN, STDOUT, writeAll } from '../../libc/io';
import type { SerialConsole } from './console';
import { LOGIN_INCORRECT } from './console';
import { LOGIN_PROMPT, bootStages, stamp } from './guest';
import type { GuestConfig, Line } from './guest';

/** What the run shares with the signal handlers and the console. */
export interface Run {
  readonly sys: Sys;
  /** The -nographic console, or null when the guest's serial port goes nowhere. */
  readonly console: SerialConsole | null;
  /** stdin is a terminal: keys can be polled for (FIONREAD) while the guest boots. */
  readonly tty: boolean;
  /** The signal that asked qemu to stop (SIGINT, SIGTERM, SIGHUP), or 0. */
  signal: number;
  quit: boolean;
  /** Guest RAM mapped so far. */
  touched: number;
  /** Set when a mapping fails. */
  outOfMemory: boolean;
}

const SLICE_NS = 20e6;
const WAIT_SLICE_NS = 50e6;
/** pam_faildelay's pause after a wrong password. */
const FAIL_DELAY_NS = 2e9;

const stopping = (r: Run): boolean => r.quit || r.signal !== 0 || r.outOfMemory;

function* nowNs(sys: Sys): Gen<number> {
  const t = yield* sys.clock_gettime(CLOCK_MONOTONIC);
  return t.sec * 1e9 + t.nsec;
}

function* show(r: Run, text: string): Gen<void> {
  if (r.console && text !== '') yield* writeAll(r.sys, STDOUT, text);
}

function* handleKeys(r: Run, bytes: Uint8Array): Gen<void> {
  if (!r.console) return;
  const step = r.console.feed(bytes);
  yield* show(r, step.out);
  if (step.quit) r.quit = true;
  else if (step.rejected) {
    yield* r.sys.nanosleep(FAIL_DELAY_NS);
    yield* show(r, LOGIN_INCORRECT);
  }
}

/** Take the keys typed so far, without blocking (only on a terminal). */
function* poll(r: Run): Gen<void> {
  if (!r.console || !r.tty) return;
  const n = yield* r.sys.ioctl(STDIN, FIONREAD);
  if (typeof n !== 'number' || n <= 0) return;
  const bytes = yield* r.sys.read(STDIN, n);
  if (typeof bytes !== 'number') yield* handleKeys(r, bytes);
}

/** Run guest work: CPU time, then waiting time, looking at the keyboard in between. */
function* spend(r: Run, cpuNs: number, waitNs: number): Gen<void> {
  for (let left = cpuNs; left > 0 && !stopping(r); left -= SLICE_NS) {
    yield* r.sys.compute(Math.min(left, SLICE_NS));
    yield* poll(r);
  }
  for (let left = waitNs; left > 0 && !stopping(r); left -= WAIT_SLICE_NS) {
    yield* r.sys.nanosleep(Math.min(left, WAIT_SLICE_NS));
    yield* poll(r);
  }
}

/** Map `bytes` more of guest RAM (the guest touched it). */
export function* touch(r: Run, bytes: number): Gen<boolean> {
  if (bytes <= 0) return true;
  const addr = yield* r.sys.mmap(bytes);
  if (addr < 0) {
    r.outOfMemory = true;
    return false;
  }
  r.touched += bytes;
  return true;
}

function* printLine(r: Run, line: Line, kernelT0: number | undefined): Gen<void> {
  if ('raw' in line) return yield* show(r, line.raw);
  const t = (yield* nowNs(r.sys)) - (kernelT0 ?? 0);
  yield* show(r, stamp(t) + line.klog + '\r\n');
}

/** Boot the guest to its login prompt. Returns false if stopped on the way. */
export function* boot(r: Run, config: GuestConfig): Gen<boolean> {
  let kernelT0: number | undefined;
  for (const stage of bootStages(config)) {
    if (stage.kernelStart) kernelT0 = yield* nowNs(r.sys);
    const n = stage.lines.length;
    for (const [i, line] of stage.lines.entries()) {
      yield* printLine(r, line, kernelT0);
      const share = (total: number): number => Math.floor(total / n) + (i === 0 ? total % n : 0);
      if (!(yield* touch(r, Math.floor(share(stage.touchBytes) / 4096) * 4096))) return false;
      yield* spend(r, share(stage.cpuNs), share(stage.waitNs));
      if (stopping(r)) return false;
    }
  }
  if (r.console) r.console.getty = true;
  yield* show(r, LOGIN_PROMPT);
  return true;
}

/** The booted guest idles: relay keys until quit or a signal; without a console, just wait. */
export function* idle(r: Run): Gen<void> {
  let reading = r.console !== null;
  while (!stopping(r)) {
    if (!reading) {
      yield* r.sys.pause();
      continue;
    }
    const bytes = yield* r.sys.read(STDIN, 4096);
    if (typeof bytes !== 'number' && bytes.length > 0) yield* handleKeys(r, bytes);
    else if (bytes !== -EINTR) reading = false;
  }
}

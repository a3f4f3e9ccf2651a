// A terminal and its line discipline (drivers/tty/n_tty.c, termios(3)): canonical line editing
// (erase, kill, word erase), echo, ^C/^\/^Z → SIGINT/SIGQUIT/SIGTSTP to the foreground process
// group, ^D → end of file, output post-processing (\n → \r\n). The "master" side is whoever feeds
// `receive` and listens to `output`: the browser's xterm.js or a test.
// Background process groups are stopped by the driver's job control checks (jobctrl.ts).
// Simplification: no flow control.

import {
  ECHO,
  ECHOCTL,
  ECHOE,
  ICANON,
  ICRNL,
  ISIG,
  ONLCR,
  OPOST,
  VEOF,
  VERASE,
  VINTR,
  VKILL,
  VQUIT,
  VSUSP,
  VWERASE,
  defaultTermios,
} from '../abi/termios';
import type { Termios, Winsize } from '../abi/termios';
import { SIGINT, SIGQUIT, SIGTSTP } from '../abi/signal';
import { WaitQueue } from '../vfs/inode';
import type { IoResult } from '../vfs/inode';
import { EAGAIN } from '../abi/errno';

export interface TtyHost {
  signalPgrp(pgid: number, sig: number): void;
  wakeAll(q: WaitQueue): void;
}

const NL = 10;

export class Tty {
  termios: Termios = defaultTermios();
  winsize: Winsize = { rows: 24, cols: 80 };
  /** Foreground process group (0: none) and owning session (0: none). */
  fgPgrp = 0;
  session = 0;
  /** Completed input records: canonical lines (an empty record is EOF) or raw bytes. */
  private queue: Uint8Array[] = [];
  private line: number[] = [];
  readonly readWait = new WaitQueue();
  private listeners: Array<(data: Uint8Array) => void> = [];
  /** Open descriptions of the terminal side, and what to call when the last one closes. */
  opens = 0;
  private closedAll = false;
  onHangup: (() => void) | undefined;

  constructor(
    readonly index: number,
    private readonly host: TtyHost,
  ) {}

  /** Every terminal-side descriptor has been closed (a pty master then reads EIO). */
  hungUp(): boolean {
    return this.closedAll;
  }

  attach(): void {
    this.opens++;
  }

  detach(): void {
    if (--this.opens > 0) return;
    this.closedAll = true;
    this.onHangup?.();
  }

  get name(): string {
    return `pts/${this.index}`;
  }

  onOutput(listener: (data: Uint8Array) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** Bytes typed at the terminal. */
  receive(data: Uint8Array): void {
    for (const byte of data) this.receiveByte(byte);
    this.host.wakeAll(this.readWait);
  }

  private receiveByte(input: number): void {
    const t = this.termios;
    const c = input === 13 && t.iflag & ICRNL ? NL : input;
    if (t.lflag & ISIG && this.signalChar(c)) return;
    if (!(t.lflag & ICANON)) {
      this.queue.push(Uint8Array.of(c));
      if (t.lflag & ECHO) this.echo(c);
      return;
    }
    if (c === t.cc[VERASE] || c === 8) return this.erase(1);
    if (c === t.cc[VKILL]) return this.erase(this.line.length);
    if (c === t.cc[VWERASE]) return this.erase(this.wordLength());
    if (c === t.cc[VEOF]) {
      this.queue.push(Uint8Array.from(this.line));
      this.line = [];
      return;
    }
    this.line.push(c);
    if (t.lflag & ECHO) this.echo(c);
    if (c === NL) {
      this.queue.push(Uint8Array.from(this.line));
      this.line = [];
    }
  }

  private signalChar(c: number): boolean {
    const t = this.termios;
    const sig = c === t.cc[VINTR] ? SIGINT : c === t.cc[VQUIT] ? SIGQUIT : c === t.cc[VSUSP] ? SIGTSTP : 0;
    if (sig === 0) return false;
    if (t.lflag & ECHO) this.echo(c);
    this.line = [];
    this.queue = [];
    if (this.fgPgrp > 0) this.host.signalPgrp(this.fgPgrp, sig);
    return true;
  }

  private wordLength(): number {
    let n = 0;
    const l = this.line;
    while (n < l.length && l[l.length - 1 - n] === 32) n++;
    while (n < l.length && l[l.length - 1 - n] !== 32) n++;
    return n;
  }

  private erase(count: number): void {
    for (let i = 0; i < count && this.line.length > 0; i++) {
      // Remove one UTF-8 character (continuation bytes are 10xxxxxx).
      let b = this.line.pop()!;
      while ((b & 0xc0) === 0x80 && this.line.length > 0) b = this.line.pop()!;
      const wasCtl = b < 32;
      if (this.termios.lflag & ECHO && this.termios.lflag & ECHOE) this.emit(wasCtl ? '\b\b  \b\b' : '\b \b');
    }
  }

  private echo(c: number): void {
    if (c < 32 && c !== NL && c !== 9 && this.termios.lflag & ECHOCTL) {
      this.emit(`^${String.fromCharCode(c + 64)}`);
      return;
    }
    this.emitBytes(Uint8Array.of(c));
  }

  private emit(text: string): void {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    this.emitBytes(bytes);
  }

  /** Output towards the screen, with OPOST/ONLCR processing. */
  emitBytes(data: Uint8Array): void {
    let out = data;
    if (this.termios.oflag & OPOST && this.termios.oflag & ONLCR && data.includes(NL)) {
      const expanded: number[] = [];
      for (const b of data) {
        if (b === NL) expanded.push(13);
        expanded.push(b);
      }
      out = Uint8Array.from(expanded);
    }
    for (const l of this.listeners) l(out);
  }

  read(count: number, nonblock: boolean): IoResult {
    if (this.queue.length === 0) return nonblock ? -EAGAIN : { block: this.readWait };
    if (this.termios.lflag & ICANON) {
      const head = this.queue[0]!;
      if (head.length <= count) {
        this.queue.shift();
        return head;
      }
      this.queue[0] = head.subarray(count);
      return head.slice(0, count);
    }
    const out: number[] = [];
    while (this.queue.length > 0 && out.length < count) {
      const head = this.queue[0]!;
      const take = Math.min(head.length, count - out.length);
      for (let i = 0; i < take; i++) out.push(head[i]!);
      if (take === head.length) this.queue.shift();
      else this.queue[0] = head.subarray(take);
    }
    return Uint8Array.from(out);
  }

  /** Bytes available to read now (FIONREAD). */
  available(): number {
    return this.queue.reduce((n, r) => n + r.length, 0);
  }
}

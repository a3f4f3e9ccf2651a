// The -nographic console: qemu multiplexes the guest's serial port and its own escape keys on
// stdio. Ctrl-A x quits ("QEMU: Terminated"), Ctrl-A h prints the key help, Ctrl-A Ctrl-A sends
// a Ctrl-A to the guest; every other key goes to the guest, whose getty on ttyS0 echoes a login
// name, asks for a password without echo and turns every login down.
//
// Simplification: no monitor (Ctrl-A c is ignored), no guest shell: there is no account to log in to.

import { LOGIN_PROMPT } from './guest';

const CTRL_A = 0x01;

const HELP = [
  'C-a h    print this help',
  'C-a x    exit emulator',
  'C-a s    save disk data back to file (if -snapshot)',
  'C-a t    toggle console timestamps',
  'C-a b    send break (magic sysrq)',
  'C-a c    switch between console and monitor',
  'C-a C-a  sends C-a',
];

export const TERMINATED = 'QEMU: Terminated\n\r';

export interface ConsoleStep {
  /** Bytes for the screen. */
  readonly out: string;
  /** Ctrl-A x was typed. */
  readonly quit: boolean;
  /** A password was entered: the guest turns it down after its fail delay. */
  readonly rejected: boolean;
}

export class SerialConsole {
  private escape = false;
  private field: 'login' | 'password' = 'login';
  private typed = '';
  /** False until the guest's getty runs: keys typed before are lost, as the guest reads none. */
  getty = false;

  feed(bytes: Uint8Array): ConsoleStep {
    let out = '';
    let rejected = false;
    for (const b of bytes) {
      if (this.escape) {
        this.escape = false;
        if (b === 0x78 /* x */) return { out: out + TERMINATED, quit: true, rejected };
        if (b === 0x68 /* h */) out += '\n\r' + HELP.map((l) => l + '\n\r').join('');
        else if (b === CTRL_A) out += this.guest(b).out;
        continue;
      }
      if (b === CTRL_A) {
        this.escape = true;
        continue;
      }
      const step = this.guest(b);
      out += step.out;
      rejected ||= step.rejected;
    }
    return { out, quit: false, rejected };
  }

  /** The guest getty's answer to one key. */
  private guest(b: number): { out: string; rejected: boolean } {
    if (!this.getty) return { out: '', rejected: false };
    if (b === 0x0d || b === 0x0a) return this.enter();
    if (b === 0x7f || b === 0x08) {
      if (this.typed === '') return { out: '', rejected: false };
      this.typed = this.typed.slice(0, -1);
      return { out: this.field === 'login' ? '\b \b' : '', rejected: false };
    }
    if (b < 0x20) return { out: '', rejected: false };
    const ch = String.fromCharCode(b);
    this.typed += ch;
    return { out: this.field === 'login' ? ch : '', rejected: false };
  }

  private enter(): { out: string; rejected: boolean } {
    const typed = this.typed;
    this.typed = '';
    if (this.field === 'login') {
      if (typed === '') return { out: '\r\n' + LOGIN_PROMPT, rejected: false };
      this.field = 'password';
      return { out: '\r\nPassword: ', rejected: false };
    }
    this.field = 'login';
    return { out: '\r\n', rejected: true };
  }
}

export const LOGIN_INCORRECT = '\r\nLogin incorrect\r\n' + LOGIN_PROMPT;

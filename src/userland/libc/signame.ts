// Signal names as procps (library signals.c) spells and reads them: 29 is POLL, names may carry a
// SIG prefix, CLD/IO/IOT/EXIT/NULL are aliases, and numbers are accepted as they are.

import { NSIG, SIGABRT, SIGCHLD, SIGNAL_NAMES } from '../../kernel/abi/signal';

const SIGPOLL = 29;
const SIGRTMIN = 34;

/** procps's names for signals 1..31 (POLL rather than IO). */
export const PROCPS_SIGNAL_NAMES: readonly string[] = SIGNAL_NAMES.map((n) => (n === 'IO' ? 'POLL' : n));

/** signal_name_to_number: a number, or -1 if not a signal. */
export function signalNumber(text: string): number {
  let name = text.toUpperCase();
  if (name.startsWith('SIG')) name = name.slice(3);
  if (name === 'CLD') return SIGCHLD;
  if (name === 'IO' || name === 'POLL') return SIGPOLL;
  if (name === 'IOT') return SIGABRT;
  const i = PROCPS_SIGNAL_NAMES.indexOf(name);
  if (i > 0) return i;
  if (name === 'RTMIN') return SIGRTMIN;
  if (name === 'EXIT' || name === 'NULL') return 0;
  let offset = 0;
  if (name.startsWith('RTMIN+')) {
    name = name.slice(6);
    offset = SIGRTMIN;
  }
  if (!/^[+-]?\d+$/.test(name)) return -1;
  const val = Number(name);
  if (val < 0 || val + SIGRTMIN > 127) return -1;
  return val + offset < NSIG ? val + offset : -1;
}

/** strtosig: a number → its name, a name → its number (as text); null if unknown. */
export function signalConvert(text: string): string | null {
  const up = text.toUpperCase();
  const body = up.startsWith('SIG') ? up.slice(3) : up;
  if (/^\d/.test(body)) {
    if (!/^\d+$/.test(text)) return null;
    const name = PROCPS_SIGNAL_NAMES[Number(text)];
    return name && Number(text) > 0 ? name : null;
  }
  const i = PROCPS_SIGNAL_NAMES.indexOf(body);
  return i > 0 ? String(i) : null;
}

/** kill -l: the names, wrapped as procps does. */
export function signalList(): string {
  let out = '';
  let pos = 0;
  for (let i = 1; i < PROCPS_SIGNAL_NAMES.length; i++) {
    if (i > 1) {
      if (pos > 73) {
        out += '\n';
        pos = 0;
      } else {
        out += ' ';
        pos++;
      }
    }
    out += PROCPS_SIGNAL_NAMES[i];
    pos += PROCPS_SIGNAL_NAMES[i]!.length;
  }
  return out + '\n';
}

/** kill -L: seven "%2d %-8s" cells a line. */
export function signalTable(): string {
  let out = '';
  const n = PROCPS_SIGNAL_NAMES.length - 1;
  for (let i = 1; i <= n; i++) {
    const cell = `${String(i).padStart(2)} ${PROCPS_SIGNAL_NAMES[i]}`;
    out += i % 7 ? cell.padEnd(11) : cell + '\n';
  }
  return n % 7 ? out + '\n' : out;
}

// The client's terminal during `docker run -it`: raw mode (Go's term.MakeRaw, i.e. cfmakeraw) so
// every key, ^C included, goes to the container's own terminal; restored afterwards.

import {
  ECHO,
  ECHONL,
  ICANON,
  ICRNL,
  IEXTEN,
  ISIG,
  IXON,
  OPOST,
  TCGETS,
  TCSETS,
  VMIN,
  VTIME,
} from '../../../kernel/abi/termios';
import type { Termios } from '../../../kernel/abi/termios';
import type { Gen, Sys } from '../../../userland/sys';

const IGNBRK = 0o1;
const BRKINT = 0o2;
const PARMRK = 0o10;
const ISTRIP = 0o40;
const INLCR = 0o100;
const IGNCR = 0o200;

function makeRaw(t: Termios): Termios {
  const cc = t.cc.slice();
  cc[VMIN] = 1;
  cc[VTIME] = 0;
  return {
    iflag: t.iflag & ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON),
    oflag: t.oflag & ~OPOST,
    cflag: t.cflag,
    lflag: t.lflag & ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN),
    cc,
  };
}

/** Put fd 0 in raw mode; returns the settings to restore, or undefined if it is not a terminal. */
export function* setRaw(sys: Sys): Gen<Termios | undefined> {
  const t = yield* sys.ioctl(0, TCGETS);
  if (typeof t !== 'object' || t === null) return undefined;
  yield* sys.ioctl(0, TCSETS, makeRaw(t as Termios));
  return t as Termios;
}

export function* restore(sys: Sys, saved: Termios | undefined): Gen<void> {
  if (saved) yield* sys.ioctl(0, TCSETS, saved);
}

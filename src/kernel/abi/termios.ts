// Terminal interface (termios(3), tty_ioctl(4)): the flags the line discipline honours and the ioctls.

export const TCGETS = 0x5401;
export const TCSETS = 0x5402;
export const TCSETSW = 0x5403;
export const TCSETSF = 0x5404;
export const TIOCSCTTY = 0x540e;
export const TIOCGPGRP = 0x540f;
export const TIOCSPGRP = 0x5410;
export const TIOCGWINSZ = 0x5413;
export const TIOCSWINSZ = 0x5414;
export const TIOCNOTTY = 0x5422;
export const TIOCGPTN = 0x80045430;
export const TIOCSPTLCK = 0x40045431;
export const FIONREAD = 0x541b;

// c_iflag
export const ICRNL = 0o400;
export const IXON = 0o2000;
// c_oflag
export const OPOST = 0o1;
export const ONLCR = 0o4;
// c_lflag
export const ISIG = 0o1;
export const ICANON = 0o2;
export const ECHO = 0o10;
export const ECHOE = 0o20;
export const ECHOK = 0o40;
export const ECHONL = 0o100;
export const NOFLSH = 0o200;
export const TOSTOP = 0o400;
export const ECHOCTL = 0o1000;
export const ECHOKE = 0o4000;
export const IEXTEN = 0o100000;

// c_cc indexes
export const VINTR = 0;
export const VQUIT = 1;
export const VERASE = 2;
export const VKILL = 3;
export const VEOF = 4;
export const VTIME = 5;
export const VMIN = 6;
export const VSTART = 8;
export const VSTOP = 9;
export const VSUSP = 10;
export const VEOL = 11;
export const VREPRINT = 12;
export const VWERASE = 14;
export const VLNEXT = 15;

export interface Termios {
  iflag: number;
  oflag: number;
  cflag: number;
  lflag: number;
  cc: number[];
}

export interface Winsize {
  rows: number;
  cols: number;
}

export function defaultTermios(): Termios {
  const cc = new Array<number>(19).fill(0);
  cc[VINTR] = 3;
  cc[VQUIT] = 0x1c;
  cc[VERASE] = 0x7f;
  cc[VKILL] = 0x15;
  cc[VEOF] = 4;
  cc[VMIN] = 1;
  cc[VSUSP] = 0x1a;
  cc[VREPRINT] = 0x12;
  cc[VWERASE] = 0x17;
  cc[VLNEXT] = 0x16;
  return {
    iflag: ICRNL | IXON,
    oflag: OPOST | ONLCR,
    cflag: 0o277,
    lflag: ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
    cc,
  };
}

// Character devices (Documentation/admin-guide/devices.txt): memory devices (major 1), the
// controlling terminal /dev/tty (5,0), /dev/console (5,1) and pseudo-terminals /dev/pts/N (136,N).

import { EIO, ENOSPC, ENOTTY, ENXIO, EPERM, EINVAL, ESRCH } from '../abi/errno';
import { O_NONBLOCK } from '../abi/fcntl';
import { SIGTTIN, SIGTTOU, SIGWINCH } from '../abi/signal';
import {
  FIONREAD,
  ICANON,
  TCGETS,
  TCSETS,
  TCSETSF,
  TCSETSW,
  TIOCGPGRP,
  TIOCGPTN,
  TIOCGWINSZ,
  TIOCNOTTY,
  TIOCSCTTY,
  TIOCSPGRP,
  TIOCSWINSZ,
  TOSTOP,
} from '../abi/termios';
import type { Termios, Winsize } from '../abi/termios';
import { major, minor } from '../abi/stat';
import type { Driver, OpenFile } from '../vfs/file';
import type { Tty } from './tty';
import { ptmxDriver } from './ptmx';
import { ttyCheckChange } from './jobctrl';
import type { KernelCore } from '../core';

export class DeviceTable {
  constructor(private readonly kernel: KernelCore) {}

  get(rdev: number, isChar: boolean): Driver | undefined {
    if (!isChar) return undefined;
    const maj = major(rdev);
    const min = minor(rdev);
    if (maj === 1) return memDevice(this.kernel, min);
    if (maj === 5 && min === 0) return this.controllingTty();
    if (maj === 5 && min === 1) return this.pty(0, true);
    if (maj === 5 && min === 2) return ptmxDriver(this.kernel);
    if (maj === 136) return this.pty(min);
    return undefined;
  }

  private controllingTty(): Driver | undefined {
    const task = this.kernel.current;
    if (!task?.ctty) return { read: () => -ENXIO, write: () => -ENXIO, open: () => -ENXIO };
    return ttyDriver(this.kernel, task.ctty);
  }

  private pty(index: number, console = false): Driver | undefined {
    const tty = this.kernel.ttys[index];
    return tty ? ttyDriver(this.kernel, tty, console) : undefined;
  }
}

function memDevice(kernel: KernelCore, min: number): Driver | undefined {
  switch (min) {
    case 3: // null
      return { read: () => new Uint8Array(0), write: (_f, _p, d) => d.length };
    case 5: // zero
      return { read: (_f, _p, n) => new Uint8Array(Math.min(n, 1 << 20)), write: (_f, _p, d) => d.length };
    case 7: // full
      return { read: (_f, _p, n) => new Uint8Array(Math.min(n, 1 << 20)), write: () => -ENOSPC };
    case 8: // random
    case 9: // urandom
      return {
        read: (_f, _p, n) => kernel.randomBytes(Math.min(n, 1 << 20)),
        write: (_f, _p, d) => d.length,
      };
    default:
      return undefined;
  }
}

/**
 * A terminal's file operations. Reads and writes through /dev/console are exempt from job control
 * (redirected_tty_write on Linux).
 */
function ttyDriver(kernel: KernelCore, tty: Tty, console = false): Driver {
  return {
    open(file: OpenFile) {
      file.private_ = tty;
      tty.attach();
      const task = kernel.current;
      if (task && !task.ctty && task.sid === task.pid && tty.session === 0 && !(file.flags & 0o400)) {
        task.ctty = tty;
        tty.session = task.sid;
        tty.fgPgrp = task.pgid;
      }
      return 0;
    },
    read(file, _pos, count) {
      const check = console ? 0 : ttyCheckChange(kernel, tty, SIGTTIN);
      if (check !== 0) return check;
      return tty.read(count, (file.flags & O_NONBLOCK) !== 0);
    },
    write(_file, _pos, data) {
      const check = console || !(tty.termios.lflag & TOSTOP) ? 0 : ttyCheckChange(kernel, tty, SIGTTOU);
      if (check !== 0) return check;
      tty.emitBytes(data);
      return data.length;
    },
    ioctl: (_file, request, arg) => ttyIoctl(kernel, tty, request, arg),
    release: () => tty.detach(),
  };
}

function ttyIoctl(kernel: KernelCore, tty: Tty, request: number, arg: unknown): unknown {
  const task = kernel.current;
  switch (request) {
    case TCGETS:
      return { ...tty.termios, cc: [...tty.termios.cc] };
    case TCSETS:
    case TCSETSW:
    case TCSETSF: {
      const check = ttyCheckChange(kernel, tty, SIGTTOU);
      if (check !== 0) return check;
      const t = arg as Termios;
      if (!t || !Array.isArray(t.cc)) return -EINVAL;
      const wasCanon = (tty.termios.lflag & ICANON) !== 0;
      tty.termios = { ...t, cc: [...t.cc] };
      if (wasCanon !== ((t.lflag & ICANON) !== 0)) kernel.wakeAll(tty.readWait);
      return 0;
    }
    case TIOCGPGRP:
      return task ? kernel.idIn(tty.fgPgrp, task.pidns) : tty.fgPgrp;
    case TIOCSPGRP: {
      const check = ttyCheckChange(kernel, tty, SIGTTOU);
      if (check !== 0) return check === -EIO ? -ENOTTY : check;
      if (Number(arg) < 0) return -EINVAL;
      if (!task || task.ctty !== tty || tty.session !== task.sid) return -ENOTTY;
      // The group id is a pid in the caller's pid namespace (a shell inside a container).
      const found = task.pidns.tasks.get(Number(arg));
      if (!found) return -ESRCH;
      const pgid = found.pid;
      if (!kernel.pgrpExists(pgid, task.sid)) return -EPERM;
      tty.fgPgrp = pgid;
      return 0;
    }
    case TIOCGWINSZ:
      return { ...tty.winsize };
    case TIOCSWINSZ: {
      tty.winsize = { ...(arg as Winsize) };
      if (tty.fgPgrp > 0) kernel.signalPgrp(tty.fgPgrp, SIGWINCH);
      return 0;
    }
    case TIOCSCTTY:
      if (!task || task.sid !== task.pid) return -EPERM;
      task.ctty = tty;
      tty.session = task.sid;
      tty.fgPgrp = task.pgid;
      return 0;
    case TIOCNOTTY:
      if (task) task.ctty = undefined;
      return 0;
    case TIOCGPTN:
      return tty.index;
    case FIONREAD:
      return tty.available();
    default:
      return request === 0 ? -EIO : -ENOTTY;
  }
}

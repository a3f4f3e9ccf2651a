// The pseudo-terminal master (/dev/ptmx, pty(7)): opening it allocates a new terminal
// /dev/pts/N; what is written to the master is typed at the terminal, what programs write to the
// terminal is read from the master. Once the last descriptor of the terminal side is closed,
// reading the master gives EIO (the hangup container runtimes and terminal emulators watch for).
//
// Simplification: no packet mode, no TIOCSPTLCK locking (a new terminal is usable at once).

import { EAGAIN, EIO, EINVAL } from '../abi/errno';
import { O_NONBLOCK } from '../abi/fcntl';
import { TIOCGPTN, TIOCGWINSZ, TIOCSPTLCK, TIOCSWINSZ } from '../abi/termios';
import type { Winsize } from '../abi/termios';
import { SIGWINCH } from '../abi/signal';
import type { KernelCore } from '../core';
import type { Driver, OpenFile } from '../vfs/file';
import { WaitQueue } from '../vfs/inode';
import type { Tty } from './tty';

interface Master {
  readonly tty: Tty;
  readonly chunks: Uint8Array[];
  readonly wait: WaitQueue;
  detach: () => void;
}

function masterOf(file: OpenFile): Master | undefined {
  return file.private_ as Master | undefined;
}

export function ptmxDriver(kernel: KernelCore): Driver {
  return {
    open(file: OpenFile) {
      const tty = kernel.allocTty();
      const m: Master = { tty, chunks: [], wait: new WaitQueue(), detach: () => {} };
      m.detach = tty.onOutput((data) => {
        m.chunks.push(data.slice());
        kernel.wakeAll(m.wait);
      });
      tty.onHangup = () => kernel.wakeAll(m.wait);
      file.private_ = m;
      return 0;
    },
    read(file, _pos, count) {
      const m = masterOf(file);
      if (!m) return -EIO;
      const head = m.chunks[0];
      if (!head) {
        if (m.tty.hungUp()) return -EIO;
        return (file.flags & O_NONBLOCK) !== 0 ? -EAGAIN : { block: m.wait };
      }
      if (head.length <= count) {
        m.chunks.shift();
        return head;
      }
      m.chunks[0] = head.subarray(count);
      return head.slice(0, count);
    },
    write(file, _pos, data) {
      const m = masterOf(file);
      if (!m) return -EIO;
      m.tty.receive(data);
      return data.length;
    },
    ioctl(file, request, arg) {
      const m = masterOf(file);
      if (!m) return -EINVAL;
      switch (request) {
        case TIOCGPTN:
          return m.tty.index;
        case TIOCSPTLCK:
          return 0;
        case TIOCGWINSZ:
          return { ...m.tty.winsize };
        case TIOCSWINSZ:
          m.tty.winsize = { ...(arg as Winsize) };
          if (m.tty.fgPgrp) kernel.signalPgrp(m.tty.fgPgrp, SIGWINCH);
          return 0;
      }
      return -EINVAL;
    },
    release(file) {
      masterOf(file)?.detach();
    },
  };
}

// createKernel(): the only constructor of a machine. The returned Kernel is what the world uses:
// boot-time installation, starting processes, terminals, and running the scheduler.

import { O_RDONLY, O_RDWR, O_WRONLY } from './abi/fcntl';
import { S_IFIFO } from './abi/stat';
import { KernelCore } from './core';
import type { KernelOptions, ProgramEntry } from './core';
import { boot, installFile, installSymlink, ensureDir } from './boot';
import { createTask } from './task/clone';
import type { Task } from './task/task';
import { FdTable, OpenFile } from './vfs/file';
import { FifoInode } from './ipc/pipe';
import { Inode } from './vfs/inode';
import type { Block, IoResult } from './vfs/inode';
import type { Tty } from './tty/tty';
import { hasRunnable, nextTimer, tick, expireTimers } from './sched';
import { lookupPath } from './vfs/lookup';
import { sysExecve } from './task/exec';
import { doExit, release } from './task/exit';

export type { KernelOptions, ProgramEntry };

const ROOT_CRED = { uid: 0, gid: 0, euid: 0, egid: 0, groups: [], caps: true };
export type { Tty };

/** Where a spawned process's standard file descriptors go. */
export type StdioSpec = { readonly tty: Tty } | { readonly files: readonly [OpenFile, OpenFile, OpenFile] };

export interface SpawnOptions {
  readonly argv: readonly string[];
  readonly envp: readonly string[];
  /** The executable to run (found on the filesystem, as execve would). */
  readonly path: string;
  readonly stdio: StdioSpec;
  readonly cwd?: string;
  /** Start a new session (and make the tty its controlling terminal). */
  readonly setsid?: boolean;
  /** The parent (default: init, pid 1, if it exists). */
  readonly parent?: Task;
}

/** A byte sink for a process's output in the headless entry: a FIFO-like file nobody reads. */
class SinkInode extends Inode {
  constructor(
    k: KernelCore,
    private readonly onData: (data: Uint8Array) => void,
  ) {
    super(k.pipefs, k.pipefs.allocIno(), S_IFIFO | 0o600);
  }
  size(): number {
    return 0;
  }
  override read(): IoResult {
    return new Uint8Array(0);
  }
  override write(_f: OpenFile, _p: number, data: Uint8Array): number | Block {
    this.onData(data.slice());
    return data.length;
  }
}

export class Kernel {
  readonly core: KernelCore;

  constructor(options: KernelOptions) {
    this.core = new KernelCore(options);
    boot(this.core);
  }

  /** Install a file; `shared` content is not copied until the file is written (program images). */
  installFile(path: string, content: string | Uint8Array, perm = 0o644, shared = false): void {
    installFile(this.core, path, content, perm, shared);
  }

  installSymlink(path: string, target: string): void {
    installSymlink(this.core, path, target);
  }

  mkdir(path: string, perm = 0o755): void {
    ensureDir(this.core, path, perm);
  }

  openTty(): Tty {
    return this.core.allocTty();
  }

  /** An output file whose writes are handed to `onData`. */
  sink(onData: (data: Uint8Array) => void): OpenFile {
    return new OpenFile(
      new SinkInode(this.core, onData),
      undefined,
      O_WRONLY,
      `pipe:[${this.core.nextAnonMinor}]`,
    );
  }

  /** An input pipe pre-filled with `data` and already closed for writing. */
  source(data: Uint8Array): OpenFile {
    const k = this.core;
    const inode = new FifoInode(k.pipefs, k.pipefs.allocIno(), S_IFIFO | 0o600);
    const w = new OpenFile(inode, undefined, O_WRONLY, 'pipe');
    const r = new OpenFile(inode, undefined, O_RDONLY, `pipe:[${inode.ino}]`);
    inode.open(w);
    inode.open(r);
    if (data.length > 0) inode.pipe!.write(data, true);
    inode.release(w);
    return r;
  }

  /** Start a process running `path`, like fork + execve from `parent`. */
  spawn(options: SpawnOptions): Task | number {
    const k = this.core;
    const fds = new FdTable();
    const parent = options.parent ?? k.tasks.get(1);
    const task = createTask(k, { parent, pidns: k.initPidNs, fds, template: undefined, start: placeholder });
    if (typeof task === 'number') return task;
    if (options.setsid) {
      task.sid = task.pid;
      task.pgid = task.pid;
    }
    if ('tty' in options.stdio) {
      const tty = options.stdio.tty;
      const file = new OpenFile(this.ttyInode(tty), undefined, O_RDWR, `/dev/pts/${tty.index}`);
      file.inode.open(file);
      for (const fd of [0, 1, 2]) fds.installAt(fd, file, false);
      if (options.setsid) {
        task.ctty = tty;
        tty.session = task.sid;
        tty.fgPgrp = task.pgid;
      }
    } else {
      options.stdio.files.forEach((file, fd) => fds.installAt(fd, file, false));
    }
    if (options.cwd) {
      const cwd = lookupPath(task.fs, task.cred, options.cwd, { follow: true });
      if (typeof cwd !== 'number') task.fs.cwd = cwd;
    }
    const prev = k.current;
    k.current = task;
    const r = sysExecve(k, task, options.path, options.argv, options.envp);
    k.current = prev;
    if (typeof r === 'number') {
      doExit(k, task, 127 << 8);
      release(k, task);
      return r;
    }
    return task;
  }

  private ttyInode(tty: Tty): Inode {
    const found = lookupPath(this.core.bootFs(), ROOT_CRED, `/dev/pts/${tty.index}`, { follow: true });
    if (typeof found === 'number') throw new Error(`no /dev/pts/${tty.index}`);
    return found.inode;
  }

  /** One scheduler tick; returns the busiest CPU's time (0 if idle). */
  tick(): number {
    return tick(this.core);
  }

  hasRunnable(): boolean {
    return hasRunnable(this.core);
  }

  nextTimer(): number | undefined {
    return nextTimer(this.core);
  }

  /** Move the clock forward (idle time) and wake expired sleepers. */
  advanceTo(ns: number): void {
    this.core.clock.advanceTo(ns);
    expireTimers(this.core);
  }

  get nowNs(): number {
    return this.core.clock.monotonicNs;
  }
}

function* placeholder(): Generator<never, number, unknown> {
  return 0;
}

export function createKernel(options: KernelOptions = {}): Kernel {
  return new Kernel(options);
}

// awk's I/O streams: buffered stdout, `print > file`, `>> file`, `| command`, `getline < file`,
// `command | getline`, close(), fflush() and system(). Commands run as `/bin/sh -c CMD` in a cloned
// child (pipe2 + dup2 + execve); all output is flushed before a command starts, as mawk does.

import type { Gen, Sys } from '../../sys';
import { O_APPEND, O_CLOEXEC, O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from '../../../kernel/abi/fcntl';
import { SIGCHLD } from '../../../kernel/abi/signal';
import { WEXITSTATUS, WIFSIGNALED, WTERMSIG } from '../../../kernel/abi/sched';
import { latin1ToBytes } from '../../libc/bytes';
import { writeAll } from '../../libc/io';
import { RecordReader } from './records';

export interface OutStream {
  readonly fd: number;
  readonly pid: number;
  parts: string[];
  size: number;
}

export interface InStream {
  readonly reader: RecordReader;
  readonly pid: number;
}

/** Raised for mawk's fatal I/O errors (message without the "awk: " prefix; errno is negative). */
export class AwkIOError extends Error {
  constructor(
    message: string,
    readonly errno = 0,
  ) {
    super(message);
  }
}

export class Streams {
  readonly stdout: OutStream = { fd: 1, pid: 0, parts: [], size: 0 };
  private readonly stderr: OutStream = { fd: 2, pid: 0, parts: [], size: 0 };
  private readonly outputs = new Map<string, OutStream>();
  private readonly inputs = new Map<string, InStream>();
  /** Flush stdout after every print (it is a terminal). */
  lineBuffered = false;

  constructor(
    private readonly sys: Sys,
    private readonly envp: readonly string[],
  ) {}

  *write(s: OutStream, text: string): Gen<void> {
    s.parts.push(text);
    s.size += text.length;
    if (s.size >= 4096 || (s === this.stdout && this.lineBuffered)) yield* this.flush(s);
  }

  *flush(s: OutStream): Gen<number> {
    if (s.size === 0) return 0;
    const text = s.parts.join('');
    s.parts = [];
    s.size = 0;
    const r = yield* writeAll(this.sys, s.fd, latin1ToBytes(text));
    if (r < 0 && s === this.stdout) throw new AwkIOError('write failure', r);
    return r;
  }

  *flushAll(): Gen<void> {
    yield* this.flush(this.stdout);
    for (const s of this.outputs.values()) yield* this.flush(s);
    yield* this.flush(this.stderr);
  }

  /** The stream for `print > name` (mode '>' or '>>') or `print | name`. */
  *output(name: string, mode: '>' | '>>' | '|'): Gen<OutStream> {
    if (mode !== '|' && name === '/dev/stdout') return this.stdout;
    if (mode !== '|' && name === '/dev/stderr') return this.stderr;
    const open = this.outputs.get(name);
    if (open) return open;
    let s: OutStream;
    if (mode === '|') {
      yield* this.flushAll();
      const r = yield* this.spawn(name, 0);
      if (r === null) throw new AwkIOError(`cannot open pipe "${name}"`);
      s = { fd: r.fd, pid: r.pid, parts: [], size: 0 };
    } else {
      const flags = O_WRONLY | O_CREAT | O_CLOEXEC | (mode === '>' ? O_TRUNC : O_APPEND);
      const fd = yield* this.sys.open(name, flags, 0o666);
      if (fd < 0) throw new AwkIOError(`cannot open "${name}" for output`, fd);
      s = { fd, pid: 0, parts: [], size: 0 };
    }
    this.outputs.set(name, s);
    return s;
  }

  /** The stream for `getline < name` or `name | getline`; null if it cannot be opened. */
  *input(name: string, cmd: boolean): Gen<InStream | null> {
    const key = (cmd ? '|' : '<') + name;
    const open = this.inputs.get(key);
    if (open) return open;
    let s: InStream;
    if (cmd) {
      yield* this.flushAll();
      const r = yield* this.spawn(name, 1);
      if (r === null) return null;
      s = { reader: new RecordReader(this.sys, r.fd), pid: r.pid };
    } else if (name === '-' || name === '/dev/stdin') {
      s = { reader: new RecordReader(this.sys, 0), pid: 0 };
    } else {
      const fd = yield* this.sys.open(name, O_RDONLY | O_CLOEXEC);
      if (fd < 0) return null;
      s = { reader: new RecordReader(this.sys, fd), pid: 0 };
    }
    this.inputs.set(key, s);
    return s;
  }

  /** Start `sh -c cmd` with one end of a pipe as its fd `childFd`; returns our end. */
  private *spawn(cmd: string, childFd: 0 | 1): Gen<{ fd: number; pid: number } | null> {
    const p = yield* this.sys.pipe2(O_CLOEXEC);
    if (typeof p === 'number') return null;
    const [r, w] = p;
    const theirs = childFd === 0 ? r : w;
    const ours = childFd === 0 ? w : r;
    const sys = this.sys;
    const envp = this.envp;
    const pid = yield* sys.clone(SIGCHLD, function* () {
      yield* sys.dup2(theirs, childFd);
      yield* sys.execve('/bin/sh', ['sh', '-c', cmd], envp);
      return 127;
    });
    yield* sys.close(theirs);
    if (pid < 0) {
      yield* sys.close(ours);
      return null;
    }
    return { fd: ours, pid };
  }

  private *reap(pid: number): Gen<number> {
    const w = yield* this.sys.wait4(pid, 0);
    if (typeof w === 'number') return -1;
    return WIFSIGNALED(w.status) ? 256 + WTERMSIG(w.status) : WEXITSTATUS(w.status);
  }

  /** close(name): the command's exit status for pipes, 0 for files, -1 if nothing was open. */
  *close(name: string): Gen<number> {
    let result = -1;
    const out = this.outputs.get(name);
    if (out) {
      this.outputs.delete(name);
      yield* this.flush(out);
      yield* this.sys.close(out.fd);
      result = out.pid ? yield* this.reap(out.pid) : 0;
    }
    for (const key of ['<' + name, '|' + name]) {
      const inp = this.inputs.get(key);
      if (!inp) continue;
      this.inputs.delete(key);
      if (inp.reader.fd !== 0) yield* this.sys.close(inp.reader.fd);
      result = inp.pid ? yield* this.reap(inp.pid) : 0;
    }
    return result;
  }

  /** fflush(): everything, or one named output; -1 if it is not open. */
  *fflush(name?: string): Gen<number> {
    if (name === undefined) {
      yield* this.flushAll();
      return 0;
    }
    const s = name === '/dev/stdout' ? this.stdout : this.outputs.get(name);
    if (!s) return -1;
    yield* this.flush(s);
    return 0;
  }

  /** system(cmd): run it after flushing output; its exit status (256 + signal if killed). */
  *system(cmd: string): Gen<number> {
    yield* this.flushAll();
    const sys = this.sys;
    const envp = this.envp;
    const pid = yield* sys.clone(SIGCHLD, function* () {
      yield* sys.execve('/bin/sh', ['sh', '-c', cmd], envp);
      return 127;
    });
    if (pid < 0) return -1;
    return yield* this.reap(pid);
  }

  /** At exit: close output pipes (waiting for them), then flush stdout, files and stderr. */
  *closeAll(): Gen<void> {
    for (const [name, s] of [...this.outputs]) if (s.pid) yield* this.close(name);
    yield* this.flush(this.stdout);
    for (const name of [...this.outputs.keys()]) yield* this.close(name);
    for (const [key, s] of [...this.inputs]) if (s.pid) yield* this.close(key.slice(1));
    yield* this.flush(this.stderr);
  }
}

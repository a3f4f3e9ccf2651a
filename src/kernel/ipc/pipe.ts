// Pipes and FIFOs (pipe(7)): a 64 KiB buffer between writers and readers. Reading an empty pipe
// blocks while writers remain and returns end-of-file after the last writer closes; writing with
// no readers raises SIGPIPE and fails with EPIPE.
// Opening a FIFO for reading waits for a writer and opening it for writing waits for a reader
// (fifo(7)); with O_NONBLOCK a reader does not wait and a lone writer gets ENXIO.

import { EAGAIN, ENXIO, EPIPE } from '../abi/errno';
import { O_NONBLOCK } from '../abi/fcntl';
import { SIGPIPE } from '../abi/signal';
import { Inode, WaitQueue } from '../vfs/inode';
import type { Block, IoResult } from '../vfs/inode';
import type { OpenFile } from '../vfs/file';
import type { SuperBlock } from '../vfs/superblock';

export const PIPE_BUF_SIZE = 65536;

export class Pipe {
  private chunks: Uint8Array[] = [];
  length = 0;
  readers = 0;
  writers = 0;
  /** How many times each end was ever opened (fifo_open's r_counter / w_counter). */
  readOpens = 0;
  writeOpens = 0;
  readonly openWait = new WaitQueue();
  readonly readWait = new WaitQueue();
  readonly writeWait = new WaitQueue();

  constructor(private readonly wake: (q: WaitQueue) => void) {}

  read(count: number, nonblock: boolean): IoResult {
    if (this.length === 0) {
      if (this.writers === 0) return new Uint8Array(0);
      return nonblock ? -EAGAIN : { block: this.readWait };
    }
    const out = new Uint8Array(Math.min(count, this.length));
    let at = 0;
    while (at < out.length) {
      const head = this.chunks[0]!;
      const take = Math.min(head.length, out.length - at);
      out.set(head.subarray(0, take), at);
      at += take;
      if (take === head.length) this.chunks.shift();
      else this.chunks[0] = head.subarray(take);
    }
    this.length -= out.length;
    this.wake(this.writeWait);
    return out;
  }

  /** Returns bytes written, -EPIPE (caller sends SIGPIPE), or a block when full. */
  write(data: Uint8Array, nonblock: boolean): number | Block {
    if (this.readers === 0) return -EPIPE;
    const room = PIPE_BUF_SIZE - this.length;
    if (room <= 0) return nonblock ? -EAGAIN : { block: this.writeWait };
    const n = Math.min(room, data.length);
    this.chunks.push(data.slice(0, n));
    this.length += n;
    this.wake(this.readWait);
    return n;
  }

  closeEnd(isWriter: boolean): void {
    if (isWriter) this.writers--;
    else this.readers--;
    this.wake(this.readWait);
    this.wake(this.writeWait);
  }
}

/** A pipe inode: anonymous (pipefs) or a named FIFO in a filesystem. */
export class FifoInode extends Inode {
  pipe: Pipe | undefined;

  constructor(sb: SuperBlock, ino: number, mode: number) {
    super(sb, ino, mode);
  }

  size(): number {
    return this.pipe?.length ?? 0;
  }

  private getPipe(): Pipe {
    return (this.pipe ??= new Pipe((q) => this.sb.kernel.wakeAll(q)));
  }

  /**
   * fifo_open: each opener counts itself first, then a lone reader (writer) waits until the other
   * end has been opened. Simplification: an open interrupted by a signal stays counted.
   */
  override open(file: OpenFile): number | Block {
    const pipe = this.getPipe();
    const k = this.sb.kernel;
    const task = k.current;
    const nonblock = (file.flags & O_NONBLOCK) !== 0;
    const onlyRead = file.canRead() && !file.canWrite();
    const onlyWrite = file.canWrite() && !file.canRead();
    const waits = this.sb !== k.pipefs && task !== undefined && (onlyRead || onlyWrite);
    const pending = waits ? (task.sysState as { seen: number } | undefined) : undefined;
    if (!pending) {
      if (onlyWrite && waits && pipe.readers === 0 && nonblock) return -ENXIO;
      if (file.canRead()) {
        pipe.readers++;
        pipe.readOpens++;
      }
      if (file.canWrite()) {
        pipe.writers++;
        pipe.writeOpens++;
      }
      k.wakeAll(pipe.openWait);
    }
    if (!waits || nonblock) return 0;
    const other = onlyRead ? pipe.writeOpens : pipe.readOpens;
    const seen = pending?.seen ?? other;
    if ((onlyRead ? pipe.writers : pipe.readers) === 0 && other === seen) {
      task.sysState = { seen };
      return { block: pipe.openWait };
    }
    return 0;
  }

  override release(file: OpenFile): void {
    const pipe = this.getPipe();
    if (file.canRead()) pipe.closeEnd(false);
    if (file.canWrite()) pipe.closeEnd(true);
  }

  override read(file: OpenFile, _pos: number, count: number): IoResult {
    return this.getPipe().read(count, (file.flags & O_NONBLOCK) !== 0);
  }

  override write(file: OpenFile, _pos: number, data: Uint8Array): number | Block {
    const r = this.getPipe().write(data, (file.flags & O_NONBLOCK) !== 0);
    if (r === -EPIPE) this.sb.kernel.signalCurrent(SIGPIPE);
    return r;
  }

  override truncate(): number {
    return 0;
  }
}

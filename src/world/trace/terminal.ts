// Where a command begins and ends in one terminal. The terminal's login shell reads its line
// from the terminal: when such a read brings a whole line (replayed through the line editor, see
// typed.ts), the command starts; when the shell next reads from the terminal (the prompt is
// back), it ends. Every call on the machine in between belongs to the command.
// Simplification: only the login shell is watched, so the lines typed into a nested `bash` (or
// `docker run -it … sh`, which reads another pseudo-terminal) belong to the command that started
// it; a paste of several lines, which the shell runs without reading again, is one command.

import type { TraceRecord, TraceSyscall } from '../../kernel/abi/trace';
import { CommandRecorder } from './recorder';
import { TypedLines } from './typed';
import type { CommandTrace } from './types';

function isBytes(v: unknown): v is { readonly bytes: Uint8Array } {
  return typeof v === 'object' && v !== null && 'bytes' in v && v.bytes instanceof Uint8Array;
}

export class TerminalTrace {
  private readonly recorder = new CommandRecorder();
  private readonly typed = new TypedLines();
  private guessName = false;

  constructor(
    /** Host pid of the terminal's login shell. */
    private readonly shellPid: number,
    /** The terminal's path, e.g. /dev/pts/0. */
    private readonly ttyPath: string,
    /** The parent pid of a live process (0 if none), asked once per process. */
    private readonly ppidOf: (pid: number) => number,
    /** Told each command line as the shell reads it. */
    private readonly onCommand: (line: string) => void,
  ) {}

  /** A command is running: every call on the machine is wanted. */
  get recording(): boolean {
    return this.recorder.recording;
  }

  /**
   * Whether a call that `pid` starts now is wanted: the shell's always (its terminal reads mark
   * the commands), others while a command runs and the trace has room; past the limit they are
   * counted here instead of copied.
   */
  wantsCall(pid: number): boolean {
    if (pid === this.shellPid) return true;
    if (!this.recorder.recording) return false;
    if (!this.recorder.full) return true;
    this.recorder.leftOut();
    return false;
  }

  /** Whether the signals and exit of `pid` are wanted. */
  tracks(pid: number): boolean {
    return pid === this.shellPid || (this.recorder.recording && !this.recorder.full);
  }

  get generation(): number {
    return this.recorder.generation;
  }

  lastCommand(): CommandTrace | null {
    return this.recorder.lastCommand();
  }

  /** One record from anywhere on the machine. */
  onRecord(rec: TraceRecord): void {
    if (rec.type === 'syscall' && this.isShellTtyRead(rec)) {
      this.onShellRead(rec);
      return;
    }
    if (!this.recorder.recording) return;
    this.recorder.add(rec, this.ppidOf);
    // `exit` (or a kill) ends the login shell: its last command ends with it.
    if (rec.type === 'exit' && rec.pid === this.shellPid) this.recorder.finish(rec.time);
    if (this.guessName && rec.type === 'syscall' && rec.sys === 'execve') this.nameFromExec(rec);
  }

  /** A line finished with Tab: name the command after what the shell's child ran instead. */
  private nameFromExec(rec: TraceSyscall): void {
    const argv = rec.args[1];
    if (rec.result !== 0 || this.ppidOf(rec.pid) !== this.shellPid || !Array.isArray(argv)) return;
    this.guessName = false;
    this.recorder.rename(argv.filter((a): a is string => typeof a === 'string').join(' '));
  }

  private isShellTtyRead(rec: TraceSyscall): boolean {
    return rec.pid === this.shellPid && rec.sys === 'read' && rec.fdPath === this.ttyPath;
  }

  private onShellRead(rec: TraceSyscall): void {
    // Any read of the terminal by the shell means the prompt is back: the command is over.
    if (rec.phase !== 'exit') this.recorder.finish(rec.time);
    if (rec.phase === 'enter' || !isBytes(rec.result)) return;
    const lines = this.typed.feed(rec.result.bytes).filter((l) => l.text.trim() !== '');
    if (lines.length === 0) return;
    const command = lines.map((l) => l.text).join('\n');
    this.recorder.start(command, rec.time);
    this.onCommand(command);
    this.guessName = lines.length === 1 && lines[0]!.completed;
  }
}

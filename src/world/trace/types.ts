// What the trace panel reads: the system calls of the last command typed in a terminal, made
// machine-wide (a `docker run` does its work in dockerd, containerd-shim and the container's
// init, not in the client), grouped by process.

import type { TraceRecord } from '../../kernel/abi/trace';

export type { TraceRecord };

export interface TracedProcess {
  /** Host pid (the initial pid namespace). */
  readonly pid: number;
  /** Parent's host pid when the process made its first traced call (0: none). */
  readonly ppid: number;
  /** The command name after its last exec (what `ps` would show now). */
  readonly comm: string;
  /** Its calls, signals and exit in order (a blocked call's enter and exit merged into one call). */
  readonly records: readonly TraceRecord[];
}

export interface CommandTrace {
  /** The line the learner typed, as the shell read it. */
  readonly command: string;
  /** Virtual time when the shell read the line, and when it next read from the terminal. */
  readonly startNs: number;
  readonly endNs: number | null;
  /** The shell has not asked for the next line yet. */
  readonly running: boolean;
  /** Processes in order of their first call. */
  readonly processes: readonly TracedProcess[];
  /** Calls recorded (at most TRACE_LIMIT). */
  readonly total: number;
  /** Calls left out once the limit was reached. */
  readonly truncated: number;
}

/** Calls kept per command; beyond it they are only counted. */
export const TRACE_LIMIT = 20_000;

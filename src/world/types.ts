// The public surface of a world: what the UI, the headless entry, tests and lessons use.

import type { Inspector } from './inspect';
import type { Journal } from './journal';
import type { CommandTrace } from './trace/types';

export type Profile = 'default' | 'hybrid';

export interface WorldOptions {
  readonly seed?: number;
  readonly profile?: Profile;
  /** Virtual CPUs (default 2, like the reference host). */
  readonly cpus?: number;
  /** Memory in bytes (default 23 GiB, like the reference host). */
  readonly memoryBytes?: number;
}

export interface ExecOptions {
  /** Bytes fed to the script's standard input (default: none, like </dev/null). */
  readonly stdin?: string;
  /** Script name used as $0 and in error prefixes ("NAME.sh: line 4: ..."); default: run as `bash -c`. */
  readonly scriptName?: string;
  /** Give up after this much virtual time (default 1 hour): the run is killed with SIGKILL. */
  readonly timeoutNs?: number;
}

export interface ExecResult {
  /** stdout and stderr interleaved, in order, as the terminal would show them (no \r). */
  readonly output: string;
  readonly stdout: string;
  readonly stderr: string;
  /** The exit status as a shell reports it ($?): 128+N when killed by signal N. */
  readonly status: number;
}

export interface PumpOptions {
  /** Wall-clock now in ms (performance.now()); idle virtual time follows it. Omit to fast-forward. */
  readonly wallNowMs?: number;
  /** Called between scheduler ticks; return true to hand control back (e.g. after 8 ms). */
  readonly shouldYield?: () => boolean;
}

export interface Terminal {
  /** Keys typed by the user (as xterm.js onData delivers them). */
  input(data: string): void;
  /** Output for the screen (with \r\n, escape sequences). Returns an unsubscribe function. */
  onOutput(listener: (data: string) => void): () => void;
  resize(cols: number, rows: number): void;
  /** The pts number, e.g. 0 for /dev/pts/0. */
  readonly index: number;
  /** The system calls of the last command typed here, machine-wide, by process (null before one). */
  lastCommand(): CommandTrace | null;
  /** Changes whenever lastCommand() would answer something new: poll this, not the trace. */
  traceGeneration(): number;
}

export interface World {
  readonly seed: number;
  readonly profile: Profile;
  /** Run a script to completion in a fresh shell, as root in the initial namespaces. */
  exec(script: string, options?: ExecOptions): ExecResult;
  /** A terminal (a /dev/pts/N with a login shell on it). */
  openTerminal(cols: number, rows: number): Terminal;
  /** Run the machine until it is idle or shouldYield says stop. Returns true if work remains. */
  pump(options?: PumpOptions): boolean;
  /** Virtual time since boot, in nanoseconds. */
  uptimeNs(): number;
  /**
   * Runs the machine (fast-forwarding idle time) until virtual time `ns`, or until `shouldYield`
   * says stop (checked between scheduler ticks). Returns true once the machine is at `ns`.
   */
  advanceTo(ns: number, shouldYield?: () => boolean): boolean;
  /** Every input so far with its virtual time: replayJournal() rebuilds this machine from it. */
  journal(): Journal;
  /** How many entries journal() would hold (cheap: no copy), to notice new input. */
  journalLength(): number;
  /** The command lines the terminals' login shells have read, oldest first. */
  history(): readonly string[];
  /** Counters for benchmarks: scheduler ticks so far and live processes. */
  stats(): { readonly ticks: number; readonly tasks: number };
  /** Read-only snapshots of the inside (processes, namespaces, cgroups, mounts, network, layers). */
  readonly inspect: Inspector;
}

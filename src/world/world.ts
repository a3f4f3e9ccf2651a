// createWorld(): the composition root. A world is one simulated machine (more, and a cluster,
// later) with the operations the UI, the headless entry, tests and lessons need.

import { concatBytes, decode, encode, streamDecoder } from '../lib/utf8';
import { WEXITSTATUS, WIFSIGNALED, WTERMSIG } from '../kernel/abi/sched';
import { SIGKILL } from '../kernel/abi/signal';
import type { Kernel } from '../kernel';
import { MOTD } from '../userland/rootfs';
import { BASE_ENV, bootMachine } from './machine';
import { pump, runUntil } from './run';
import { createInspector } from './inspect';
import { MachineTrace } from './trace';
import type { WallState } from './run';
import { JOURNAL_VERSION } from './journal';
import type { JournalEntry } from './journal';
import type { ExecOptions, ExecResult, Terminal, World, WorldOptions } from './types';

const HOUR_NS = 3600e9;

function shellStatus(wait: number): number {
  return WIFSIGNALED(wait) ? 128 + WTERMSIG(wait) : WEXITSTATUS(wait);
}

function exec(kernel: Kernel, script: string, options: ExecOptions): ExecResult {
  const chunks: Array<[1 | 2, Uint8Array]> = [];
  const stdout = kernel.sink((d) => chunks.push([1, d]));
  const stderr = kernel.sink((d) => chunks.push([2, d]));
  const stdin = kernel.source(encode(options.stdin ?? ''));
  const argv = ['bash', '-c', script, ...(options.scriptName ? [options.scriptName] : [])];
  const task = kernel.spawn({
    path: '/bin/bash',
    argv,
    envp: [...BASE_ENV, 'PWD=/root'],
    stdio: { files: [stdin, stdout, stderr] },
    cwd: '/root',
    setsid: true,
  });
  if (typeof task === 'number') throw new Error(`cannot start bash: ${task}`);
  const deadline = kernel.nowNs + (options.timeoutNs ?? HOUR_NS);
  if (!runUntil(kernel, () => !task.alive, deadline)) {
    kernel.core.sendSignal(task, SIGKILL);
    runUntil(kernel, () => !task.alive, Infinity);
  }
  const join = (which: 0 | 1 | 2): string =>
    decode(concatBytes(chunks.filter(([s]) => which === 0 || s === which).map(([, d]) => d)));
  return { output: join(0), stdout: join(1), stderr: join(2), status: shellStatus(task.exitStatus) };
}

function openTerminal(
  kernel: Kernel,
  trace: () => MachineTrace,
  onCommand: (line: string) => void,
  cols: number,
  rows: number,
): Terminal {
  const tty = kernel.openTty();
  tty.winsize = { rows, cols };
  const listeners = new Set<(data: string) => void>();
  const decodeChunk = streamDecoder();
  // Output before anyone listens (the login banner) is kept for the first listener.
  let early: string[] | undefined = [];
  tty.onOutput((bytes) => {
    const text = decodeChunk(bytes);
    if (early) early.push(text);
    for (const l of listeners) l(text);
  });
  const login = (): number => {
    tty.emitBytes(encode(MOTD));
    const env = [...BASE_ENV, 'PWD=/root', 'TERM=xterm-256color', `SSH_TTY=/dev/pts/${tty.index}`];
    const shell = kernel.spawn({
      path: '/bin/bash',
      argv: ['-bash'],
      envp: env,
      stdio: { tty },
      cwd: '/root',
      setsid: true,
    });
    if (typeof shell === 'number') tty.emitBytes(encode(`login: cannot start /bin/bash: error ${-shell}\n`));
    return typeof shell === 'number' ? 0 : shell.pid;
  };
  const commands = trace().follow(login(), `/dev/pts/${tty.index}`, onCommand);
  return {
    index: tty.index,
    input: (data) => tty.receive(encode(data)),
    onOutput(listener) {
      listeners.add(listener);
      if (early) {
        const backlog = early.join('');
        early = undefined;
        if (backlog) listener(backlog);
      }
      return () => listeners.delete(listener);
    },
    resize(c, r) {
      tty.winsize = { rows: r, cols: c };
      if (tty.fgPgrp > 0) kernel.core.signalPgrp(tty.fgPgrp, 28);
    },
    lastCommand: () => commands.lastCommand(),
    traceGeneration: () => commands.generation,
  };
}

export function createWorld(options: WorldOptions = {}): World {
  const kernel = bootMachine(options);
  const wall: WallState = { offsetNs: undefined };
  runUntil(kernel, () => false, kernel.nowNs + 1e6);
  // The page's trace starts with the first terminal (world.exec alone never pays for it).
  let trace: MachineTrace | undefined;
  const machineTrace = (): MachineTrace => (trace ??= new MachineTrace(kernel.core));
  const entries: JournalEntry[] = [];
  const history: string[] = [];
  const onCommand = (line: string): void => void history.push(line);
  const seed = options.seed ?? 1;
  const profile = options.profile ?? 'default';
  return {
    seed,
    profile,
    exec(script, execOptions = {}) {
      entries.push({ at: kernel.nowNs, op: 'exec', script, ...execOptions });
      return exec(kernel, script, execOptions);
    },
    openTerminal(cols, rows) {
      const term = entries.filter((e) => e.op === 'open').length;
      entries.push({ at: kernel.nowNs, op: 'open', cols, rows });
      const terminal = openTerminal(kernel, machineTrace, onCommand, cols, rows);
      return {
        ...terminal,
        input(data) {
          entries.push({ at: kernel.nowNs, op: 'input', term, data });
          terminal.input(data);
        },
        resize(c, r) {
          entries.push({ at: kernel.nowNs, op: 'resize', term, cols: c, rows: r });
          terminal.resize(c, r);
        },
      };
    },
    journal: () => ({
      version: JOURNAL_VERSION,
      seed,
      profile,
      uptimeNs: kernel.nowNs,
      entries: [...entries],
    }),
    journalLength: () => entries.length,
    history: () => [...history],
    advanceTo(ns, shouldYield) {
      const done = (): boolean => kernel.nowNs >= ns || (shouldYield?.() ?? false);
      // false: nothing can run before `ns` (idle until then), or a busy tick went past it.
      if (!runUntil(kernel, done, ns) && kernel.nowNs < ns) kernel.advanceTo(ns);
      return kernel.nowNs >= ns;
    },
    pump: (pumpOptions) => pump(kernel, wall, pumpOptions),
    uptimeNs: () => kernel.nowNs,
    stats: () => ({ ticks: kernel.core.ticks, tasks: kernel.core.tasks.size }),
    inspect: createInspector(kernel),
  };
}

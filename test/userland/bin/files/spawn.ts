// Runs file commands directly (no shell) in one freshly booted machine, one after another, so the
// file tools can be tested end to end before bash exists. Each command gets its own argv; state
// (files, cwd /root) carries over between commands of one call.
import { decode, encode } from '../../../../src/lib/utf8';
import { WEXITSTATUS } from '../../../../src/kernel/abi/sched';
import { BASE_ENV, bootMachine } from '../../../../src/world/machine';
import { runUntil } from '../../../../src/world/run';
import type { StdioSpec } from '../../../../src/kernel';

export interface CmdResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

export interface SpawnOptions {
  /** Run the commands on a terminal of this width (stdout is a tty; \r\n is folded back). */
  readonly ttyCols?: number;
  readonly stdin?: string;
}

export function runCmds(cmds: readonly (readonly string[])[], options: SpawnOptions = {}): CmdResult[] {
  const kernel = bootMachine({ seed: 1 });
  runUntil(kernel, () => false, kernel.nowNs + 1e6);
  const results: CmdResult[] = [];
  for (const argv of cmds) {
    const out: Uint8Array[] = [];
    const err: Uint8Array[] = [];
    const stderr = kernel.sink((d) => err.push(d));
    let stdio: StdioSpec;
    if (options.ttyCols !== undefined) {
      const tty = kernel.openTty();
      tty.winsize = { rows: 24, cols: options.ttyCols };
      tty.onOutput((d) => out.push(d));
      stdio = { tty };
    } else {
      const stdin = kernel.source(encode(options.stdin ?? ''));
      stdio = { files: [stdin, kernel.sink((d) => out.push(d)), stderr] as const };
    }
    const path = argv[0]!.startsWith('/') ? argv[0]! : `/bin/${argv[0]}`;
    const task = kernel.spawn({
      path,
      argv,
      envp: [...BASE_ENV, 'PWD=/root'],
      stdio,
      cwd: '/root',
      setsid: true,
    });
    if (typeof task === 'number') throw new Error(`cannot start ${path}: ${task}`);
    runUntil(kernel, () => !task.alive, kernel.nowNs + 60e9);
    const text = (parts: Uint8Array[]): string => decode(concat(parts));
    results.push({
      stdout: options.ttyCols !== undefined ? text(out).replace(/\r\n/g, '\n') : text(out),
      stderr: text(err),
      status: WEXITSTATUS(task.exitStatus),
    });
  }
  return results;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

// A bare kernel with hand-written programs, for testing kernel behaviour without the shell.

import { createKernel, programImage } from '../../src/kernel';
import type { Kernel } from '../../src/kernel';
import { createSys } from '../../src/userland/libc/syscall';
import type { Program, Sys } from '../../src/userland/sys';
import { decode } from '../../src/lib/utf8';
import { ECHILD } from '../../src/kernel/abi/errno';

export type TestMain = (sys: Sys, argv: readonly string[]) => Program;

export interface Booted {
  readonly kernel: Kernel;
  /** Run `main` as a process of its own until it exits; returns its output and wait status. */
  run(main: TestMain, options?: { stdin?: string; cwd?: string }): { output: string; status: number };
}

export function bootWith(
  programs: Record<string, TestMain> = {},
  profile: 'default' | 'hybrid' = 'default',
): Booted {
  const all: Record<string, TestMain> = {
    *init(sys) {
      for (;;) if ((yield* sys.wait4(-1, 0)) === -ECHILD) yield* sys.pause();
    },
    ...programs,
  };
  const kernel = createKernel({ programs: (n) => all[n] as never, sys: createSys(), profile });
  for (const n of Object.keys(all)) kernel.installFile(`/bin/${n}`, programImage(n), 0o755);
  const nul = kernel.source(new Uint8Array());
  kernel.spawn({
    path: '/bin/init',
    argv: ['init'],
    envp: [],
    stdio: { files: [nul, kernel.sink(() => {}), kernel.sink(() => {})] },
  });
  return {
    kernel,
    run(main, options = {}) {
      all.__main = main;
      kernel.installFile('/bin/__main', programImage('__main'), 0o755);
      const out: Uint8Array[] = [];
      const sink = kernel.sink((d) => out.push(d));
      const stdin = kernel.source(new TextEncoder().encode(options.stdin ?? ''));
      const t = kernel.spawn({
        path: '/bin/__main',
        argv: ['__main'],
        envp: [],
        stdio: { files: [stdin, sink, sink] },
        cwd: options.cwd ?? '/',
      });
      if (typeof t === 'number') throw new Error(`spawn failed: ${t}`);
      for (let i = 0; t.alive && i < 100000; i++) {
        if (kernel.tick() === 0 && !kernel.hasRunnable()) {
          const next = kernel.nextTimer();
          if (next === undefined) break;
          kernel.advanceTo(next);
        }
      }
      return { output: out.map((d) => decode(d)).join(''), status: t.exitStatus };
    },
  };
}

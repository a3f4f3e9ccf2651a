// A bare kernel with the namespace tools and a few small commands installed, for running them
// without the shell: `nsRun(['unshare', '-u', 'hostname'])` runs argv as its own process.

import { bootWith } from '../../../kernel/harness';
import type { Booted, TestMain } from '../../../kernel/harness';
import { commands } from '../../../../src/userland/bin/index';
import type { Program, Sys } from '../../../../src/userland/sys';
import { WEXITSTATUS, WIFSIGNALED, WTERMSIG } from '../../../../src/kernel/abi/sched';
import { SIGCHLD } from '../../../../src/kernel/abi/signal';

export const ENV = ['PATH=/bin', 'SHELL=/bin/sh', 'HOME=/root'];

/** Boot a kernel with every registered command (and `extra` test programs) in /bin. */
export function bootNs(extra: Record<string, TestMain> = {}): Booted {
  const all: Record<string, TestMain> = {};
  for (const [name, cmd] of Object.entries(commands)) {
    if (name === 'init') continue;
    all[name] = (sys, argv) => cmd.main(sys, argv, ENV);
  }
  return bootWith({ ...all, ...extra });
}

/** Describe a wait status the way a shell would report it: "exit N" or "signal N". */
export function describe(status: number): string {
  return WIFSIGNALED(status) ? `signal ${WTERMSIG(status)}` : `exit ${WEXITSTATUS(status)}`;
}

/** Run argv (found in /bin) as a child and return its output and exit description. */
export function nsRun(booted: Booted, argv: readonly string[]): { output: string; status: string } {
  let status = -1;
  const r = booted.run(function* (sys: Sys): Program {
    const pid = yield* sys.clone(SIGCHLD, function* () {
      return yield* sys.execve(`/bin/${argv[0]}`, argv, ENV);
    });
    const w = yield* sys.wait4(pid, 0);
    status = typeof w === 'number' ? w : w.status;
    return 0;
  });
  return { output: r.output, status: describe(status) };
}

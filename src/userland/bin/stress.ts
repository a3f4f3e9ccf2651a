// stress(1) 1.0.7 (Debian's package): fork CPU, I/O, memory and disk hogs and report how the run
// ended. CPU hogs spin on virtual CPU time (sys.compute), so schedulers, cgroup quotas and top see
// them; the run ends when --timeout passes (the workers get SIGALRM, as their alarm() would send)
// or when a worker dies, which fails the run. Messages keep stress's source line numbers.
//
// Simplification: vm hogs map and free memory (charged to the memory cgroup); hdd hogs write no files.

import type { Command } from '../command';
import { SIGALRM, SIGCHLD, SIGTERM } from '../../kernel/abi/signal';
import { WEXITSTATUS, WIFSIGNALED, WNOHANG, WTERMSIG } from '../../kernel/abi/sched';
import { strerror } from '../../kernel/abi/errno';
import { CLOCK_MONOTONIC, CLOCK_REALTIME } from '../sys';
import type { Gen, Program, Sys } from '../sys';
import { STDOUT, warn, writeAll } from '../libc/io';
import { STRESS_USAGE, parseStressArgs } from '../libc/stressargs';
import type { StressPlan } from '../libc/stressargs';

const HOGS = ['cpu', 'io', 'vm', 'hdd'] as const;

function* hog(sys: Sys, kind: (typeof HOGS)[number], vmBytes: number): Program {
  for (;;) {
    if (kind === 'io') yield* sys.sync();
    if (kind === 'vm') {
      // stress's hogvm: allocate, touch every page, free, again.
      const addr = yield* sys.mmap(vmBytes);
      if (addr < 0) return 1;
      yield* sys.compute(Math.ceil(vmBytes / 4096) * 50);
      yield* sys.munmap(addr, vmBytes);
    }
    yield* sys.compute(100000);
  }
}

function* nowNs(sys: Sys): Gen<number> {
  const t = yield* sys.clock_gettime(CLOCK_MONOTONIC);
  return t.sec * 1e9 + t.nsec;
}

function* stressMain(sys: Sys, argv: readonly string[]): Program {
  const me = yield* sys.getpid();
  const say = (level: 'info' | 'dbug' | 'WARN' | 'FAIL', line: number | null, msg: string): string =>
    `stress: ${level}: [${me}] ${line === null ? '' : `(${line}) `}${msg}`;
  const plan = parseStressArgs(argv.slice(1));
  if (plan === 'usage') {
    yield* writeAll(sys, STDOUT, STRESS_USAGE);
    return 0;
  }
  if (plan === 'version') {
    yield* writeAll(sys, STDOUT, 'stress 1.0.7\n');
    return 0;
  }
  if ('error' in plan) {
    yield* warn(sys, say('FAIL', plan.line, plan.error));
    return 1;
  }
  return yield* run(sys, plan, say);
}

type Say = (level: 'info' | 'dbug' | 'WARN' | 'FAIL', line: number | null, msg: string) => string;

function* run(sys: Sys, plan: StressPlan, say: Say): Gen<number> {
  const info = (msg: string): Gen<number> =>
    plan.quiet ? noop() : writeAll(sys, STDOUT, say('info', null, msg) + '\n');
  const dbug = (msg: string): Gen<number> =>
    plan.verbose ? writeAll(sys, STDOUT, say('dbug', null, msg) + '\n') : noop();
  const start = yield* sys.clock_gettime(CLOCK_REALTIME);
  const c = plan.counts;
  yield* info(`dispatching hogs: ${c.cpu} cpu, ${c.io} io, ${c.vm} vm, ${c.hdd} hdd`);
  yield* dbug(`using backoff sleep of ${plan.backoff}us`);
  if (plan.timeout > 0) yield* dbug(`setting timeout to ${plan.timeout}s`);
  yield* sys.rt_sigaction(SIGCHLD, () => undefined);
  const workers: number[] = [];
  for (const kind of HOGS) {
    for (let i = 1; i <= c[kind]; i++) {
      const pid = plan.dryRun
        ? yield* sys.clone(SIGCHLD, function* () {
            return 0;
          })
        : yield* sys.clone(SIGCHLD, () => hog(sys, kind, plan.vmBytes));
      if (pid < 0) {
        yield* warn(sys, say('FAIL', 400, `fork failed: ${strerror(pid)}`));
        return 1;
      }
      workers.push(pid);
      yield* dbug(`--> hog${kind} worker ${i} [${pid}] forked`);
    }
  }
  const deadline = plan.timeout > 0 ? (yield* nowNs(sys)) + plan.timeout * 1e9 : Infinity;
  let failed = false;
  const alive = new Set(workers);
  while (alive.size > 0) {
    const w = yield* sys.wait4(-1, WNOHANG);
    if (typeof w !== 'number' && w.pid > 0) {
      alive.delete(w.pid);
      const sig = WIFSIGNALED(w.status) ? WTERMSIG(w.status) : 0;
      if (sig === SIGALRM) yield* dbug(`<-- worker ${w.pid} signalled normally`);
      else if (sig === 0 && WEXITSTATUS(w.status) === 0) yield* dbug(`<-- worker ${w.pid} returned normally`);
      else {
        yield* warn(
          sys,
          say(
            'FAIL',
            sig ? 425 : 421,
            sig
              ? `<-- worker ${w.pid} got signal ${sig}`
              : `<-- worker ${w.pid} returned error ${WEXITSTATUS(w.status)}`,
          ),
        );
        yield* warn(sys, say('WARN', 427, 'now reaping child worker processes'));
        for (const pid of workers) {
          const r = yield* sys.kill(pid, SIGTERM);
          if (r < 0) yield* warn(sys, say('FAIL', 431, `kill error: ${strerror(r)}`));
        }
        failed = true;
      }
      continue;
    }
    if (typeof w === 'number' && w < 0) break;
    const now = yield* nowNs(sys);
    if (now >= deadline) {
      for (const pid of alive) yield* sys.kill(pid, SIGALRM);
      yield* sys.nanosleep(1e6);
      continue;
    }
    yield* sys.nanosleep(deadline === Infinity ? 86400e9 : Math.ceil(deadline - now));
  }
  const end = yield* sys.clock_gettime(CLOCK_REALTIME);
  const secs = end.sec - start.sec;
  if (failed) {
    yield* warn(sys, say('FAIL', 461, `failed run completed in ${secs}s`));
    return 1;
  }
  yield* info(`successful run completed in ${secs}s`);
  return 0;
}

function* noop(): Gen<number> {
  return 0;
}

export const stress: Command = {
  summary: 'stress - tool to impose load on and stress test systems',
  synopsis: 'stress [OPTION [ARG]] ...',
  description:
    'Spawn workers that load the system: -c/--cpu N workers spinning on CPU, -i/--io N calling sync(), -m/--vm N allocating memory (--vm-bytes B each), -d/--hdd N writing files.  -t/--timeout N stops after N seconds (suffixes s, m, h, d, y).  -q is quiet, -v verbose.  The run fails if a worker is killed, e.g. by the OOM killer.',
  main: stressMain,
};

// Container start side by side (performance.md §9 G1): real `runc run` and `crun run` of one
// busybox-static bundle on this machine, timed from Node with spawnSync (so each figure includes
// one fork+exec from Node, shown as its own row), against `docker run --rm busybox true` in a warm
// simulated world; plus the JS heap an idle simulated container costs.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { World } from '../../src/world/types';
import { crunNamespace, makeBundle, missing, removeBundle } from './bundle';
import type { PinnedNs } from './bundle';
import { fmtMs, sample, stats, textTable } from './stats';
import type { Stats } from './stats';

const HOST_WARMUP = 5;
const HOST_RUNS = 50;
const SIM_WARMUP = 20;
const SIM_RUNS = 300;
const IDLE_CONTAINERS = 50;
const RUNC = '`runc run`';
const CRUN = '`crun run`';

export interface HostRow {
  readonly name: string;
  readonly setup: string;
  readonly stats?: Stats;
  readonly skipped?: string;
}

/**
 * bash runs `argv` HOST_WARMUP + HOST_RUNS times back to back, `@ID@` replaced by the run's number,
 * timing each run with $EPOCHREALTIME (as `hyperfine -N` would: one fork+exec per run, no shell).
 * Node's own spawnSync costs more than a container start on a loaded host, so it is not used per run.
 */
const LOOP = `n=$1; shift
for ((i = 0; i < n; i++)); do
  s=$EPOCHREALTIME; "\${@//@ID@/$i}" >/dev/null 2>"$ERR"; r=$?; e=$EPOCHREALTIME
  if [ $r -ne 0 ]; then head -c 300 "$ERR" >&2; exit $r; fi
  echo "$s $e"
done`;

function timeCommand(name: string, setup: string, argv: readonly string[], errFile: string): HostRow {
  const r = spawnSync('bash', ['-c', LOOP, 'loop', String(HOST_WARMUP + HOST_RUNS), ...argv], {
    encoding: 'utf8',
    env: { ...process.env, ERR: errFile },
  });
  if (r.status !== 0)
    return {
      name,
      setup,
      skipped: `${argv.join(' ')} exited ${String(r.status)}: ${(r.stderr ?? '').trim()}`,
    };
  const samples = r.stdout
    .trim()
    .split('\n')
    .slice(HOST_WARMUP)
    .map((line) => {
      const [s = '', e = ''] = line.split(' ');
      return (Number(e) - Number(s)) * 1000;
    });
  return { name, setup, stats: stats(samples) };
}

function runtimeRows(bundle: string, ns: PinnedNs | string): HostRow[] {
  const id = (runtime: string): string => `glasshouse-bench-${process.pid}-${runtime}-@ID@`;
  const err = join(bundle, 'stderr');
  const rows = [timeCommand('fork+exec /bin/true (baseline)', '/bin/true', ['/bin/true'], err)];
  const runcMissing = missing('runc');
  rows.push(
    runcMissing
      ? { name: RUNC, setup: '', skipped: runcMissing }
      : timeCommand(RUNC, 'runc run --bundle B ID', ['runc', 'run', '--bundle', bundle, id('runc')], err),
  );
  if (typeof ns === 'string') return [...rows, { name: CRUN, setup: '', skipped: ns }];
  if (ns.prefix.length > 0)
    rows.push(
      timeCommand(
        'nsenter + /bin/true (crun wrapper baseline)',
        'nsenter --mount=F /bin/true',
        [...ns.prefix, '/bin/true'],
        err,
      ),
    );
  const crun = ['crun', 'run', '--bundle', bundle, id('crun')];
  return [...rows, timeCommand(CRUN, ns.description, [...ns.prefix, ...crun], err)];
}

/** runc and crun rows (with "skipped" and a reason where they cannot run here). */
export function benchRuntimes(): HostRow[] {
  if (process.platform !== 'linux') return [{ name: 'runc/crun', setup: '', skipped: 'not Linux' }];
  if (process.getuid?.() !== 0) return [{ name: 'runc/crun', setup: '', skipped: 'not root' }];
  const specTool = missing('runc') === undefined ? 'runc' : 'crun';
  if (missing(specTool))
    return [{ name: 'runc/crun', setup: '', skipped: 'neither runc nor crun is installed' }];
  let bundle: string;
  try {
    bundle = makeBundle(specTool);
  } catch (error) {
    return [{ name: 'runc/crun', setup: '', skipped: String(error) }];
  }
  let ns: PinnedNs | string;
  try {
    ns = missing('crun') ?? crunNamespace(bundle);
  } catch (error) {
    ns = error instanceof Error ? error.message : String(error);
  }
  try {
    return runtimeRows(bundle, ns);
  } finally {
    if (typeof ns !== 'string') ns.release();
    removeBundle(bundle);
  }
}

export interface DockerBench {
  /** Why the simulated side could not be measured (e.g. "not available yet"). */
  readonly unavailable?: string;
  readonly run?: Stats;
  /** JS heap per idle `docker run -d busybox sleep 1000000` container, in bytes. */
  readonly idleHeapBytes?: number;
  readonly idleContainers: number;
}

function heapAfterGc(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function idleHeap(world: World): number | string | undefined {
  const detached = (): string | undefined => {
    const r = world.exec('docker run -d busybox sleep 1000000');
    return r.status === 0 && /^[0-9a-f]{64}\n$/.test(r.output)
      ? undefined
      : `${r.status}: ${r.output.slice(0, 200)}`;
  };
  const warm = detached();
  if (warm) return `docker run -d printed ${warm}`;
  const before = heapAfterGc();
  for (let i = 0; i < IDLE_CONTAINERS; i++) {
    const bad = detached();
    if (bad) return `docker run -d printed ${bad}`;
  }
  const after = heapAfterGc();
  return before === undefined || after === undefined ? undefined : (after - before) / IDLE_CONTAINERS;
}

/** `docker run --rm busybox true` in a warm world, and the heap cost of idle containers. */
export function benchDockerRun(world: World): DockerBench {
  const first = world.exec('docker run --rm busybox true');
  if (first.status === 127)
    return { unavailable: 'not available yet (docker: command not found)', idleContainers: 0 };
  let failure: string | undefined;
  const once = (): void => {
    const r = world.exec('docker run --rm busybox true');
    if ((r.status !== 0 || r.output !== '') && failure === undefined)
      failure = `docker run --rm busybox true: status ${r.status}, printed ${JSON.stringify(r.output.slice(0, 200))}`;
  };
  once();
  if (failure !== undefined) return { unavailable: failure, idleContainers: 0 };
  const s = sample(SIM_WARMUP, SIM_RUNS, once);
  if (failure !== undefined) return { unavailable: failure, idleContainers: 0 };
  const heap = idleHeap(world);
  if (typeof heap === 'string') return { unavailable: heap, run: s, idleContainers: 0 };
  return { run: s, idleContainers: IDLE_CONTAINERS, ...(heap === undefined ? {} : { idleHeapBytes: heap }) };
}

/** Targets of performance.md §9 G1. */
export function containerReport(host: readonly HostRow[], docker: DockerBench): string {
  const p50 = (name: string): number | undefined => host.find((r) => r.name === name)?.stats?.p50;
  const body = host.map((r) => [
    r.name,
    fmtMs(r.stats?.p50),
    fmtMs(r.stats?.p99),
    r.skipped ? `skipped (${r.skipped})` : r.setup,
  ]);
  body.push([
    'glasshouse `docker run --rm busybox true`',
    fmtMs(docker.run?.p50),
    fmtMs(docker.run?.p99),
    docker.unavailable ?? `world.exec, ${SIM_RUNS} runs after ${SIM_WARMUP} warm-ups`,
  ]);
  const lines = [
    '',
    'Container start (performance.md §9 G1), ms:',
    ...textTable(['what', 'p50', 'p99', 'setup'], body),
  ];
  lines.push(
    `Host rows: ${HOST_RUNS} runs after ${HOST_WARMUP} warm-ups, each timed by bash with $EPOCHREALTIME (includes one fork+exec).`,
  );
  const ours = docker.run?.p50;
  const ratio = (name: string, min: number): void => {
    const theirs = p50(name);
    const x = ours !== undefined && theirs !== undefined ? theirs / ours : undefined;
    lines.push(
      `  ${x !== undefined && x >= min ? 'met   ' : 'MISSED'} ≥${min}× faster than ${name}: ${x === undefined ? 'not measured' : `${x.toFixed(1)}×`}`,
    );
  };
  ratio(RUNC, 35);
  ratio(CRUN, 12);
  const mark = (ok: boolean | undefined): string => (ok ? 'met   ' : 'MISSED');
  lines.push(`  ${mark(ours !== undefined && ours <= 1)} docker run p50 ≤ 1.0 ms`);
  lines.push(`  ${mark(docker.run !== undefined && docker.run.p99 <= 5)} docker run p99 ≤ 5 ms`);
  const kb = docker.idleHeapBytes === undefined ? undefined : docker.idleHeapBytes / 1024;
  lines.push(
    `  ${mark(kb !== undefined && kb <= 50)} idle container ≤ 50 KB JS heap: ${kb === undefined ? (docker.run ? 'not measured (needs node --expose-gc)' : 'not measured') : `${kb.toFixed(1)} KB (${docker.idleContainers} × docker run -d busybox sleep 1000000)`}`,
  );
  return `${lines.join('\n')}\n`;
}

// `npm run bench`: our shell against just-bash 3.4.2, side by side in one Node process (performance.md
// §7, §9 G3, §10). Per command: 20 warm-up runs, then 300 timed runs, p50/p99 from the sorted samples.
// Ours: world.exec(cmd) on a warm world; cold start: createWorld() + exec. `npm run bench` bundles
// this file with esbuild and runs it in plain Node, so the model runs as one ES module as in the
// browser (tsx's per-file CommonJS wrappers would put a getter on every imported binding). just-bash: `await
// bash.exec(cmd)` on an instance holding 1,000 files; cold start: new Bash({ files }) + exec.
// Prints a table and the G3 targets and writes test-results/bench.json. Not part of npm test.
// Then: the cgroup scheduler load (cgroups.ts), container start against runc/crun and the idle
// container's heap (runtimes.ts, G1), and overlay speed against ZenFS, memfs/unionfs and Linux (overlay.ts, G2).
// Last, the views' frame times in headless Chromium (browser.ts); `npm run bench -- views` runs only those;
// and the first-load budget (firstLoad.ts: KB gzip before the terminal, time to a usable prompt),
// `npm run bench -- first-load` alone.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Bash } from 'just-bash';
import type { World } from '../../src/world/types';
import { benchViews, viewsReport, type BrowserBench } from './browser';
import { benchCgroups } from './cgroups';
import { benchFirstLoad, firstLoadReport, type FirstLoadBench } from './firstLoad';
import { benchOverlay, overlayReport } from './overlay';
import { benchDockerRun, benchRuntimes, containerReport } from './runtimes';
import type { DockerBench } from './runtimes';
import { fmtMs, stats, textTable } from './stats';
import type { Stats } from './stats';

const WARMUP = 20;
const RUNS = 300;
/** `npm run bench` runs from the repository root. */
const root = process.cwd();

interface Case {
  readonly name: string;
  readonly command: string;
  readonly expected: string;
  readonly cold: boolean;
  /** Targets from performance.md §9 G3 (ms), besides the ≥10× speed-up. */
  readonly maxP50?: number;
  readonly maxP99?: number;
}

const CASES: readonly Case[] = [
  { name: 'echo hi', command: 'echo hi', expected: 'hi\n', cold: false, maxP50: 0.1, maxP99: 0.5 },
  {
    name: 'for 1..10 | sort -r | head -3',
    command: 'for i in 1 2 3 4 5 6 7 8 9 10; do echo $i; done | sort -r | head -3',
    expected: '9\n8\n7\n',
    cold: false,
    maxP50: 0.4,
  },
  { name: 'cold start + echo hi', command: 'echo hi', expected: 'hi\n', cold: true, maxP50: 5 },
];
const MIN_SPEEDUP = 10;

/** Runs `once` WARMUP + RUNS times; `once` returns its output, checked against `expected`. */
async function measure(
  label: string,
  expected: string,
  once: () => string | Promise<string>,
): Promise<Stats> {
  for (let i = 0; i < WARMUP; i++) {
    const out = await once();
    if (out !== expected)
      throw new Error(`${label}: printed ${JSON.stringify(out)}, expected ${JSON.stringify(expected)}`);
  }
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await once();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/** The 1,000 files of the reference method: 10 directories × 100 files of 100 bytes. */
function referenceFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let d = 0; d < 10; d++)
    for (let f = 0; f < 100; f++) files[`/data/d${d}/f${f}.txt`] = 'x'.repeat(99) + '\n';
  return files;
}

type WorldFactory = () => World;

async function ours(c: Case, createWorld: WorldFactory): Promise<Stats> {
  if (c.cold) return measure(`glasshouse ${c.name}`, c.expected, () => createWorld().exec(c.command).output);
  const world = createWorld();
  return measure(`glasshouse ${c.name}`, c.expected, () => world.exec(c.command).output);
}

async function justBash(c: Case, files: Record<string, string>): Promise<Stats> {
  if (c.cold)
    return measure(
      `just-bash ${c.name}`,
      c.expected,
      async () => (await new Bash({ files }).exec(c.command)).stdout,
    );
  const bash = new Bash({ files });
  return measure(`just-bash ${c.name}`, c.expected, async () => (await bash.exec(c.command)).stdout);
}

interface Row {
  readonly case: Case;
  readonly glasshouse?: Stats;
  readonly justBash: Stats;
  readonly speedup?: number;
  readonly targets: { readonly name: string; readonly met: boolean }[];
}

function targetsOf(c: Case, g: Stats | undefined, speedup: number | undefined): Row['targets'] {
  const t = [
    { name: `≥${MIN_SPEEDUP}× just-bash p50`, met: speedup !== undefined && speedup >= MIN_SPEEDUP },
  ];
  if (c.maxP50 !== undefined)
    t.push({ name: `p50 ≤ ${c.maxP50} ms`, met: g !== undefined && g.p50 <= c.maxP50 });
  if (c.maxP99 !== undefined)
    t.push({ name: `p99 ≤ ${c.maxP99} ms`, met: g !== undefined && g.p99 <= c.maxP99 });
  return t;
}

function table(rows: readonly Row[]): string {
  const head = ['command', 'glasshouse p50', 'p99', 'just-bash p50', 'p99', 'speed-up'];
  const body = rows.map((r) => [
    r.case.name,
    fmtMs(r.glasshouse?.p50),
    fmtMs(r.glasshouse?.p99),
    fmtMs(r.justBash.p50),
    fmtMs(r.justBash.p99),
    r.speedup === undefined ? '—' : `${r.speedup.toFixed(1)}×`,
  ]);
  const lines = textTable(head, body);
  lines.push('', `Times in ms, ${RUNS} runs after ${WARMUP} warm-ups. Targets (performance.md §9 G3):`);
  for (const r of rows)
    for (const t of r.targets) lines.push(`  ${t.met ? 'met   ' : 'MISSED'} ${r.case.name}: ${t.name}`);
  return `${lines.join('\n')}\n`;
}

async function loadWorld(): Promise<WorldFactory | string> {
  try {
    const mod = await import('../../src/world');
    return () => mod.createWorld({ seed: 1, profile: 'default' });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Our side of one case, or why it could not be measured. */
async function oursOrError(c: Case, factory: WorldFactory | string): Promise<Stats | string> {
  if (typeof factory === 'string') return `the world could not be loaded (${factory})`;
  try {
    return await ours(c, factory);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** `docker run` in a fresh warm world, or why it could not be measured. */
function dockerOrError(factory: WorldFactory | string): DockerBench {
  if (typeof factory === 'string')
    return { unavailable: `the world could not be loaded (${factory})`, idleContainers: 0 };
  try {
    return benchDockerRun(factory());
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error), idleContainers: 0 };
  }
}

/** G1 and G2: prints both reports; what could not be measured on our side goes to `problems`. */
async function containersAndOverlay(factory: WorldFactory | string, problems: string[]) {
  const host = benchRuntimes();
  const docker = dockerOrError(factory);
  process.stdout.write(containerReport(host, docker));
  const overlay = await benchOverlay();
  process.stdout.write(overlayReport(overlay));
  const later: string[] = [];
  if (docker.unavailable !== undefined && !docker.unavailable.startsWith('not available yet'))
    later.push(`glasshouse docker run not measured: ${docker.unavailable}`);
  if (overlay[0]?.skipped !== undefined) later.push(`glasshouse overlay not measured: ${overlay[0].skipped}`);
  for (const p of later) process.stdout.write(`${p}\n`);
  problems.push(...later);
  return { host, docker, overlay };
}

/** The views in headless Chromium; a problem (no Chromium, a build error) is reported, not thrown. */
async function viewsOrError(problems: string[]): Promise<BrowserBench | undefined> {
  try {
    const views = await benchViews();
    process.stdout.write(viewsReport(views));
    return views;
  } catch (error) {
    problems.push(`views not measured: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** The first-load budget; a problem (no Chromium, a build error) is reported, not thrown. */
async function firstLoadOrError(problems: string[]): Promise<FirstLoadBench | undefined> {
  try {
    const bench = await benchFirstLoad();
    process.stdout.write(firstLoadReport(bench));
    return bench;
  } catch (error) {
    problems.push(`first load not measured: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** `npm run bench -- first-load`: only the first-load budget. */
async function firstLoadOnly(): Promise<number> {
  const problems: string[] = [];
  const bench = await firstLoadOrError(problems);
  for (const p of problems) process.stdout.write(`${p}\n`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(
    join(root, 'test-results', 'bench-first-load.json'),
    `${JSON.stringify(bench ?? null, null, 2)}\n`,
  );
  return problems.length === 0 ? 0 : 1;
}

/** `npm run bench -- views`: only the views in Chromium. */
async function viewsOnly(): Promise<number> {
  const problems: string[] = [];
  const views = await viewsOrError(problems);
  for (const p of problems) process.stdout.write(`${p}\n`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(
    join(root, 'test-results', 'bench-views.json'),
    `${JSON.stringify(views ?? null, null, 2)}\n`,
  );
  return problems.length === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  if (process.argv.includes('views')) return viewsOnly();
  if (process.argv.includes('first-load')) return firstLoadOnly();
  const loadBefore = loadavg()[0] ?? 0;
  const files = referenceFiles();
  const factory = await loadWorld();
  const rows: Row[] = [];
  const problems: string[] = [];
  for (const c of CASES) {
    const mine = await oursOrError(c, factory);
    const g = typeof mine === 'string' ? undefined : mine;
    if (typeof mine === 'string') problems.push(`glasshouse not measured for ${c.name}: ${mine}`);
    const jb = await justBash(c, files);
    const speedup = g === undefined ? undefined : jb.p50 / g.p50;
    rows.push({
      case: c,
      justBash: jb,
      targets: targetsOf(c, g, speedup),
      ...(g ? { glasshouse: g } : {}),
      ...(speedup ? { speedup } : {}),
    });
  }
  process.stdout.write(table(rows));
  for (const p of problems) process.stdout.write(`${p}\n`);
  const cgroups = typeof factory === 'string' ? undefined : benchCgroups(factory);
  if (cgroups) {
    process.stdout.write(
      `\nScheduler: ${cgroups.processes} busy processes in ${cgroups.cgroups} nested cgroups with CPU quotas: ` +
        `${cgroups.ticksPerSecond.toFixed(0)} ticks/s, ${cgroups.virtualSecondsPerWallSecond.toFixed(3)} virtual s per wall s ` +
        `(setup ${cgroups.setupMs.toFixed(0)} ms)\n`,
    );
  }
  const { host, docker, overlay } = await containersAndOverlay(factory, problems);
  const views = await viewsOrError(problems);
  const firstLoad = await firstLoadOrError(problems);
  const load = { before: loadBefore, after: loadavg()[0] ?? 0, cpus: cpus().length };
  process.stdout.write(
    `\nHost load average (1 min): ${load.before.toFixed(2)} at start, ${load.after.toFixed(2)} at end, on ${load.cpus} CPUs` +
      `${Math.max(load.before, load.after) > load.cpus / 2 ? ' (a busy host: figures are lower and noisier than on an idle one)' : ''}\n`,
  );
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const json = {
    load,
    node: process.version,
    warmup: WARMUP,
    runs: RUNS,
    unit: 'ms',
    rows,
    problems,
    cgroups,
    containers: { unit: 'ms', host, docker },
    overlay: { unit: 'ops/s', rows: overlay },
    views,
    firstLoad,
  };
  writeFileSync(join(root, 'test-results', 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);

// Running workloads on both sides and comparing: per-operation results, then dumps of the merged
// tree, the upper layer (whiteouts, xattrs) and both lower layers (which must never change).
// Inode numbers are compared by identity only (InoLabels): same object, same label.

import * as fs from 'node:fs';
import { bootWith } from '../harness';
import type { Gen } from '../../../src/userland/sys';
import { applyOp, dumpTree, InoLabels, materialise, overlayOptions } from './fsapi';
import type { Fs, Marker } from './fsapi';
import type { Workload } from './gen';
import { HostFs, markLayers, run } from './host';
import { SimFs } from './sim';

export interface Outcome {
  readonly results: string[];
  readonly merged: string[];
  readonly upper: string[];
  readonly lowers: string[];
}

/** Run a generator that makes no system calls (the host side) to completion. */
function drive<T>(g: Gen<T>): T {
  const r = g.next();
  if (!r.done) throw new Error('host generator yielded a system call');
  return r.value;
}

function* layers(fsys: Fs, mark: Marker, d: string, w: Workload): Gen<void> {
  for (const sub of ['l1', 'l2', 'u', 'w', 'm']) yield* fsys.mkdir(`${d}/${sub}`, 0o755);
  yield* materialise(fsys, mark, `${d}/l2`, w.l2);
  yield* materialise(fsys, mark, `${d}/l1`, w.l1);
  yield* materialise(fsys, mark, `${d}/u`, w.upper);
}

function* operate(fsys: Fs, d: string, w: Workload): Gen<string[]> {
  const results: string[] = [];
  const options = overlayOptions(d, w.redirectDir);
  for (const o of w.ops) results.push(yield* applyOp(fsys, d, o, options));
  return results;
}

/** Dump the merged tree (still mounted), the upper and both lower layers. */
function* dumpAll(fsys: Fs, d: string): Gen<Omit<Outcome, 'results'>> {
  const labels = new InoLabels();
  const merged = yield* dumpTree(fsys, `${d}/m`, { xattrs: true, labels });
  const upper = yield* dumpTree(fsys, `${d}/u`, { xattrs: true, labels });
  const l1 = yield* dumpTree(fsys, `${d}/l1`, { xattrs: true, labels });
  const l2 = yield* dumpTree(fsys, `${d}/l2`, { xattrs: true, labels });
  return { merged, upper, lowers: [...l1.map((l) => `L1 ${l}`), ...l2.map((l) => `L2 ${l}`)] };
}

/** All workloads on the real kernel, in one fresh tmpfs, all overlays mounted side by side. */
export function runHost(workloads: readonly Workload[]): Outcome[] {
  const base = fs.mkdtempSync('/tmp/ovl-diff-');
  run('mount', ['-t', 'tmpfs', 'tmpfs', base]);
  try {
    const host = new HostFs();
    const whiteouts: string[] = [];
    const opaque: string[] = [];
    const collect: Marker = {
      *whiteout(p) {
        whiteouts.push(p);
      },
      *opaque(p) {
        opaque.push(p);
      },
    };
    const dirs = workloads.map((w, i) => {
      const d = `${base}/${i}`;
      fs.mkdirSync(d);
      drive(layers(host, collect, d, w));
      return d;
    });
    markLayers(whiteouts, opaque);
    const results = workloads.map((w, i) => {
      const d = dirs[i]!;
      run('mount', ['-t', 'overlay', 'overlay', '-o', overlayOptions(d, w.redirectDir), `${d}/m`]);
      return drive(operate(host, d, w));
    });
    host.loadXattrs(dirs.flatMap((d) => ['m', 'u', 'l1', 'l2'].map((sub) => `${d}/${sub}`)));
    return dirs.map((d, i) => ({ results: results[i]!, ...drive(dumpAll(host, d)) }));
  } finally {
    run('umount', ['-R', base]);
    fs.rmdirSync(base);
  }
}

/** One workload in a freshly booted simulated kernel, laid out like the host run. */
export function runSim(w: Workload, umask: number): Outcome {
  let outcome: Outcome | undefined;
  let failure: unknown;
  bootWith().run(function* (sys) {
    try {
      const sim = new SimFs(sys);
      yield* sys.umask(umask);
      yield* sys.mkdir('/t', 0o755);
      yield* sys.mount('tmpfs', '/t', 'tmpfs', 0, '');
      const d = '/t/0';
      yield* sys.mkdir(d, 0o755);
      yield* layers(sim, sim, d, w);
      const r = yield* sys.mount('overlay', `${d}/m`, 'overlay', 0, overlayOptions(d, w.redirectDir));
      if (r < 0) throw new Error(`overlay mount: ${r}`);
      const results = yield* operate(sim, d, w);
      outcome = { results, ...(yield* dumpAll(sim, d)) };
    } catch (e) {
      failure = e;
    }
    return 0;
  });
  if (failure !== undefined) throw failure;
  if (!outcome) throw new Error('simulated run did not finish');
  return outcome;
}

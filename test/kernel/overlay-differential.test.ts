// Differential test of the simulated overlayfs against the real one (issue #4): seeded random
// workloads — two lower layers and an upper layer over a small name space (files, directories,
// symlinks, hard links, whiteouts, opaque directories), then 30–80 operations on the merged tree
// (write, append, truncate, chmod, unlink, rmdir, rm -r, mkdir, rename, link, symlink, cat, ls,
// stat, remount) — run both on a real `mount -t overlay` (in a fresh tmpfs; redirect_dir off,
// and on for a second set) and in the simulator. The result of every operation, the final
// merged tree, the upper layer (whiteouts, link counts, trusted.overlay.* xattrs) and both lower
// layers must be the same; inode numbers are compared by identity. Runs only as root on Linux
// with overlayfs (CI); elsewhere vitest reports it as skipped.
// OVL_DIFF_SEEDS=n / OVL_DIFF_FIRST_SEED=s run other seeds; OVL_DIFF_SHRINK=1 shrinks a failing
// workload to a short one; OVL_DIFF_VFS_BUGS=1 stops skipping the known generic-VFS divergences
// (overlay-diff/fsapi.ts knownVfsBug).

import { describe, expect, it } from 'vitest';
import { compare, shrink } from './overlay-diff/compare';
import { describeWorkload, generate } from './overlay-diff/gen';
import type { Workload } from './overlay-diff/gen';
import { canMountOverlay, hostUmask } from './overlay-diff/host';
import { runHost, runSim } from './overlay-diff/run';

const COUNT = Number(process.env.OVL_DIFF_SEEDS ?? 30);
const FIRST = Number(process.env.OVL_DIFF_FIRST_SEED ?? 1000);

function report(w: Workload, diff: string, umask: number): string {
  if (!process.env.OVL_DIFF_SHRINK) return `${describeWorkload(w)}\n${diff}`;
  const diverges = (c: Workload): boolean => compare(c, runHost([c])[0]!, runSim(c, umask)) !== undefined;
  const small = shrink(w, diverges);
  return `${describeWorkload(small)}\n${compare(small, runHost([small])[0]!, runSim(small, umask)) ?? diff}`;
}

describe.runIf(canMountOverlay())('overlayfs: simulator vs real mount -t overlay', () => {
  // redirect_dir=off is the kernel's default (merged directories cannot be renamed: EXDEV);
  // redirect_dir=on gets half as many workloads.
  for (const redirectDir of [false, true]) {
    const count = redirectDir ? Math.ceil(COUNT / 2) : COUNT;
    it(
      `gives the same results and trees for ${count} seeded workloads, redirect_dir=${redirectDir ? 'on' : 'off'}`,
      () => {
        const umask = hostUmask();
        const workloads = Array.from({ length: count }, (_, i) => generate(FIRST + i, redirectDir));
        const real = runHost(workloads);
        const failures: string[] = [];
        workloads.forEach((w, i) => {
          const diff = compare(w, real[i]!, runSim(w, umask));
          if (diff !== undefined) failures.push(report(w, diff, umask));
        });
        expect(failures.join('\n\n')).toBe('');
      },
      60_000 + count * 1000,
    );
  }
});

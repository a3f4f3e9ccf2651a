// Differential test of the simulated overlayfs against the real one (issue #4): seeded random
// workloads — two lower layers, an upper layer, then 30–80 file operations on the merged tree —
// run both on a real `mount -t overlay` (in a fresh tmpfs) and in the simulator; the result of
// every operation and the final merged, upper and lower trees must be the same.
// Runs only as root on Linux with overlayfs; elsewhere vitest lists it as skipped.

import { describe, expect, it } from 'vitest';
import { compare, shrink } from './overlay-diff/compare';
import { describeWorkload, generate } from './overlay-diff/gen';
import { canMountOverlay, hostUmask } from './overlay-diff/host';
import { runHost, runSim } from './overlay-diff/run';

const SEEDS = Array.from({ length: 20 }, (_, i) => 1000 + i);

describe.runIf(canMountOverlay())('overlayfs: simulator vs real mount -t overlay', () => {
  it('gives the same per-operation results and final trees for 20 seeded workloads', () => {
    const umask = hostUmask();
    const workloads = SEEDS.map(generate);
    const real = runHost(workloads);
    const failures: string[] = [];
    workloads.forEach((w, i) => {
      const diff = compare(w, real[i]!, runSim(w, umask));
      if (diff === undefined) return;
      const small = process.env.OVL_DIFF_SHRINK
        ? shrink(w, (c) => compare(c, runHost([c])[0]!, runSim(c, umask)) !== undefined)
        : w;
      const again = small === w ? diff : compare(small, runHost([small])[0]!, runSim(small, umask));
      failures.push(`${describeWorkload(small)}\n${again ?? diff}`);
    });
    expect(failures.join('\n\n')).toBe('');
  }, 60000);
});

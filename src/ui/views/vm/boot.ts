// Watching a VM boot from outside, as its host sees it: the qemu process's resident memory grows
// while the guest touches its RAM and stops growing once the guest idles. A VM whose RSS has not
// changed for SETTLE_NS of virtual time counts as booted; its boot time is when it last grew.
// Simplification: a VM first seen already settled has no boot time (it booted before we looked).

import type { VmEntry } from './model';

export const SETTLE_NS = 1.5e9;

export interface BootState {
  readonly booted: boolean;
  /** From the qemu process starting to its memory settling, when seen. */
  readonly bootNs: number | null;
}

interface Track {
  rss: number;
  changedNs: number;
  grew: boolean;
}

export class BootWatch {
  private readonly tracks = new Map<number, Track>();

  update(vms: readonly VmEntry[], timeNs: number): ReadonlyMap<number, BootState> {
    const out = new Map<number, BootState>();
    const live = new Set<number>();
    for (const vm of vms) {
      live.add(vm.pid);
      let t = this.tracks.get(vm.pid);
      if (!t)
        this.tracks.set(vm.pid, (t = { rss: vm.rssBytes, changedNs: timeNs, grew: vm.upNs < SETTLE_NS }));
      else if (t.rss !== vm.rssBytes) Object.assign(t, { rss: vm.rssBytes, changedNs: timeNs, grew: true });
      const booted = timeNs - t.changedNs >= SETTLE_NS;
      const startNs = timeNs - vm.upNs;
      out.set(vm.pid, { booted, bootNs: booted && t.grew ? Math.max(0, t.changedNs - startNs) : null });
    }
    for (const pid of this.tracks.keys()) if (!live.has(pid)) this.tracks.delete(pid);
    return out;
  }
}

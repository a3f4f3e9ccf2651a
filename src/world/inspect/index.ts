// The inspector: read-only snapshots of a machine's inside for the views, lessons and tests.
// Each area (processes and namespaces, cgroups, mounts and network, images and layers) lives in
// its own file; the world exposes them as world.inspect.
// Simplification: snapshots are taken whole on demand (a view asks at most a few times a second);
// nothing is diffed or pushed.

import type { Kernel } from '../../kernel';
import { cgroups } from './cgroups';
import { createLayerInspector } from './layers';
import { machine } from './machine';
import { processes } from './processes';

export function createInspector(kernel: Kernel) {
  return {
    cgroups: () => cgroups(kernel),
    layers: createLayerInspector(kernel),
    machine: () => machine(kernel),
    processes: () => processes(kernel),
  };
}

export type Inspector = ReturnType<typeof createInspector>;
export type * from './types';

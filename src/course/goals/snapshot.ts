// CourseSnapshot: everything a goal may look at, taken from world.inspect in one go. Goals are
// pure functions of it; they never run commands or evaluate strings.

import type { CgroupSnapshot, MachineSnapshot, ProcessSnapshot, World } from '../../world';
import type { ContainerLayersInfo, ImageInfo, LayerNode } from '../../world/inspect/layers';

export interface CourseSnapshot {
  readonly processes: ProcessSnapshot;
  readonly cgroups: CgroupSnapshot;
  readonly machine: MachineSnapshot;
  readonly images: readonly ImageInfo[];
  readonly containers: readonly ContainerLayersInfo[];
  /** The commands the learner typed, oldest first (setup not included). */
  readonly history: readonly string[];
  /** A file's text on the host (first 64 KiB), or undefined if it is not a regular file. */
  readFile(path: string): string | undefined;
  /** A directory on the host as a file tree (whiteouts, opaque dirs); an empty dir if absent. */
  tree(dir: string): LayerNode;
}

const MAX_READ = 64 * 1024;

export function takeSnapshot(world: World, history: readonly string[]): CourseSnapshot {
  const decoder = new TextDecoder();
  const files = new Map<string, string | undefined>();
  const trees = new Map<string, LayerNode>();
  return {
    processes: world.inspect.processes(),
    cgroups: world.inspect.cgroups(),
    machine: world.inspect.machine(),
    images: world.inspect.layers.images(),
    containers: world.inspect.layers.containers(),
    history: [...history],
    readFile(path) {
      if (!files.has(path)) {
        const content = world.inspect.layers.readFile(path, MAX_READ);
        files.set(path, content ? decoder.decode(content.bytes) : undefined);
      }
      return files.get(path);
    },
    tree(dir) {
      let t = trees.get(dir);
      if (!t) trees.set(dir, (t = world.inspect.layers.layerTree(dir)));
      return t;
    },
  };
}

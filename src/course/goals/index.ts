// The registry of goal kinds a lesson may name in its YAML (`kind: processInOwnNamespace`).
// Each is a pure predicate over a CourseSnapshot with typed parameters; adding a kind here is
// the only way to add one: lessons never carry code.

import { cgroupCpuQuota, cgroupExists, cgroupHasProcess } from './cgroups';
import type { GoalKind } from './define';
import {
  containerCpuAtLeast,
  containerExited,
  containerMemoryLimit,
  containerState,
  containerThrottled,
  imageHistoryHas,
  imageSizeAtLeast,
  imageSizeAtMost,
  imagesAtMost,
} from './docker';
import { commandRan, fileContains } from './files';
import { containerRunning, imageExists, layerCount } from './images';
import { interfaceUp, mountInNewNamespace } from './machine';
import { cgroupThrottled, containerCgroup, processRss } from './limits';
import { bindMounted, fileExists, hostMount, pivotedRoot } from './rootfs';
import {
  namespaceCount,
  processHostname,
  processInOwnNamespace,
  processNsPid,
  processRunning,
} from './processes';
import {
  containerUpperHas,
  fileTypeAt,
  imageFileContains,
  imageFileLacks,
  opaqueDirAt,
  overlayMounted,
} from './union';

export const GOALS: Readonly<Record<string, GoalKind>> = {
  processRunning,
  processInOwnNamespace,
  processNsPid,
  processHostname,
  namespaceCount,
  mountInNewNamespace,
  interfaceUp,
  cgroupExists,
  cgroupCpuQuota,
  cgroupHasProcess,
  imageExists,
  layerCount,
  containerRunning,
  fileContains,
  commandRan,
  processRss,
  cgroupThrottled,
  containerCgroup,
  fileExists,
  hostMount,
  pivotedRoot,
  bindMounted,
  overlayMounted,
  fileTypeAt,
  opaqueDirAt,
  containerUpperHas,
  imageFileContains,
  imageFileLacks,
  containerState,
  containerExited,
  containerMemoryLimit,
  containerCpuAtLeast,
  containerThrottled,
  imageSizeAtMost,
  imageSizeAtLeast,
  imageHistoryHas,
  imagesAtMost,
};

export type { GoalKind, GoalParams, ParamSpec, ParamType } from './define';
export { takeSnapshot } from './snapshot';
export type { CourseSnapshot } from './snapshot';

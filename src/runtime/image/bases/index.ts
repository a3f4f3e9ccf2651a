// The images the in-world registry serves (docker.io/library/…), generated on first pull.

import { MAVEN, OPENJDK, PYTHON27 } from './apps';
import { ALPINE, BUSYBOX, DEBIAN, DEBIAN_BULLSEYE, DEBIAN_BUSTER, UBUNTU } from './distros';
import { NGINX } from './nginx';
import type { ImageSpec } from './spec';

export type { BuiltImage, ImageSpec, Step } from './spec';
export { buildImage } from './spec';
export { TreeBuilder, programImage } from './fs';

export const BASE_IMAGES: readonly ImageSpec[] = [
  BUSYBOX,
  ALPINE,
  DEBIAN,
  DEBIAN_BULLSEYE,
  DEBIAN_BUSTER,
  UBUNTU,
  PYTHON27,
  OPENJDK,
  MAVEN,
  NGINX,
];

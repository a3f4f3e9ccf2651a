// The distribution images: busybox, alpine, debian, ubuntu (one layer each, as on Docker Hub),
// plus the slim Debian bases the application images start from.

import { alpineRoot, busyboxRoot } from './busybox';
import { BOOKWORM, BULLSEYE, BUSTER, JAMMY, debianRoot } from './debian';
import type { ImageSpec, Step } from './spec';
import { DEFAULT_PATH, rootSteps } from './spec';

export const BUSYBOX: ImageSpec = {
  repo: 'library/busybox',
  tags: ['latest', '1.36', '1.36.1'],
  steps: rootSteps('2023-07-18T23:19:33.538571854Z', '2023-07-18T23:19:33.655005962Z', 'sh', busyboxRoot),
  config: { Env: [DEFAULT_PATH], Cmd: ['sh'] },
  dockerVersion: '20.10.23',
};

export const ALPINE: ImageSpec = {
  repo: 'library/alpine',
  tags: ['latest', '3.18', '3.18.4', '3'],
  steps: rootSteps('2023-09-28T21:19:27.686110063Z', '2023-09-28T21:19:27.801479409Z', '/bin/sh', alpineRoot),
  config: { Env: [DEFAULT_PATH], Cmd: ['/bin/sh'] },
  dockerVersion: '20.10.23',
};

/** debian:bookworm's steps (shared by debian:latest and images built on bookworm). */
export const BOOKWORM_STEPS: readonly Step[] = rootSteps(
  '2023-10-11T00:46:22.420149497Z',
  '2023-10-11T00:46:22.782716513Z',
  'bash',
  (b) => debianRoot(b, BOOKWORM),
);

export const BULLSEYE_STEPS: readonly Step[] = rootSteps(
  '2022-09-13T00:42:35.196516416Z',
  '2022-09-13T00:42:35.632290562Z',
  'bash',
  (b) => debianRoot(b, BULLSEYE),
);

export const BUSTER_STEPS: readonly Step[] = rootSteps(
  '2020-04-23T00:20:32.045822169Z',
  '2020-04-23T00:20:32.413473853Z',
  'bash',
  (b) => debianRoot(b, BUSTER),
);

export const DEBIAN: ImageSpec = {
  repo: 'library/debian',
  tags: ['latest', 'bookworm', '12', '12.2'],
  steps: BOOKWORM_STEPS,
  config: { Env: [DEFAULT_PATH], Cmd: ['bash'] },
  dockerVersion: '20.10.23',
};

export const DEBIAN_BULLSEYE: ImageSpec = {
  repo: 'library/debian',
  tags: ['bullseye', '11', '11.8'],
  steps: BULLSEYE_STEPS,
  config: { Env: [DEFAULT_PATH], Cmd: ['bash'] },
  dockerVersion: '20.10.12',
};

export const DEBIAN_BUSTER: ImageSpec = {
  repo: 'library/debian',
  tags: ['buster', '10', '10.13'],
  steps: BUSTER_STEPS,
  config: { Env: [DEFAULT_PATH], Cmd: ['bash'] },
  dockerVersion: '18.09.7',
};

const UBUNTU_LABELS = {
  'org.opencontainers.image.ref.name': 'ubuntu',
  'org.opencontainers.image.version': '22.04',
};

export const UBUNTU: ImageSpec = {
  repo: 'library/ubuntu',
  tags: ['latest', 'jammy', '22.04'],
  steps: [
    { at: '2023-10-03T20:40:38.453262651Z', by: '/bin/sh -c #(nop)  ARG RELEASE' },
    { at: '2023-10-03T20:40:38.527366209Z', by: '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH' },
    {
      at: '2023-10-03T20:40:38.610411463Z',
      by: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
    },
    {
      at: '2023-10-03T20:40:38.704939043Z',
      by: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=22.04',
    },
    ...rootSteps('2023-10-03T20:40:40.449245322Z', '2023-10-03T20:40:40.733693218Z', '/bin/bash', (b) =>
      debianRoot(b, JAMMY),
    ),
  ],
  config: { Env: [DEFAULT_PATH], Cmd: ['/bin/bash'], Labels: UBUNTU_LABELS },
  dockerVersion: '20.10.23',
};

// runtime: containers built from the kernel's parts — OCI images (image/), Dockerfile builds
// (build/), the engine daemon (engine/) and the docker CLI (docker/). These are the programs the
// layer adds to the machine.

import type { Command } from '../userland/command';
import { docker } from './docker';
import { dockerProxy, dockerd } from './engine';
import { nginx } from './apps/nginx';

export const runtimeCommands: Record<string, Command> = { docker, 'docker-proxy': dockerProxy, dockerd };

/**
 * Programs that exist only inside images (their executables come with the image's layers, not
 * with the host): the nginx of the nginx image.
 */
export const imagePrograms: Record<string, Command> = { nginx };

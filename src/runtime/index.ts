// runtime: containers built from the kernel's parts — OCI images (image/), Dockerfile builds
// (build/), the engine daemon (engine/) and the docker CLI (docker/). These are the programs the
// layer adds to the machine.

import type { Command } from '../userland/command';
import { docker } from './docker';
import { dockerProxy, dockerd } from './engine';

export const runtimeCommands: Record<string, Command> = { docker, 'docker-proxy': dockerProxy, dockerd };

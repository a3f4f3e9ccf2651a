// The daemon's memory: the image store, the registry it pulls from, which layers are unpacked on
// disk, and the containers. One Engine lives in dockerd; its connection handlers are clones that
// share it (as dockerd's goroutines share the daemon struct).

import type { Digest, ImageRecord, RunConfig } from '../image';
import { ImageStore, Registry } from '../image';
import type { Gen, Sys } from '../../userland/sys';

export const DOCKER_ROOT = '/var/lib/docker';
export const OVERLAY_ROOT = `${DOCKER_ROOT}/overlay2`;
export const IMAGE_ROOT = `${DOCKER_ROOT}/image/overlay2`;
export const LAYERDB = `${IMAGE_ROOT}/layerdb`;
export const CONTAINERS_ROOT = `${DOCKER_ROOT}/containers`;
export const EXEC_ROOT = '/run/docker';
/** dockerd's API address (real Debian: unix:///var/run/docker.sock). */
export const API_ADDR = '127.0.0.1';
export const API_PORT = 2375;
export const DAEMON_VERSION = '20.10.24+dfsg1';

/** A layer unpacked under /var/lib/docker/overlay2. */
export interface DiskLayer {
  readonly cacheId: string;
  /** Short name of its diff dir under overlay2/l/. */
  readonly link: string;
}

export interface PortBinding {
  readonly hostIp: string;
  readonly hostPort: number;
  readonly containerPort: number;
  readonly proto: string;
}

export interface Resources {
  readonly memory: number;
  readonly nanoCpus: number;
  readonly cpuPeriod: number;
  readonly cpuQuota: number;
  readonly cpuShares: number;
  readonly pidsLimit: number;
}

export interface HostConfig {
  readonly networkMode: 'bridge' | 'host' | 'none';
  readonly autoRemove: boolean;
  readonly portBindings: readonly PortBinding[];
  readonly binds: readonly string[];
  readonly resources: Resources;
}

export type Status = 'created' | 'running' | 'paused' | 'exited' | 'removing' | 'dead';

export interface Container {
  readonly id: string;
  name: string;
  readonly image: Digest;
  /** The image as the user named it (docker ps IMAGE column). */
  readonly imageName: string;
  readonly config: RunConfig & { Hostname: string; Tty: boolean; OpenStdin: boolean };
  readonly path: string;
  readonly args: readonly string[];
  /** Replaced as a whole by docker update. */
  hostConfig: HostConfig;
  /** Virtual CLOCK_REALTIME ns. */
  readonly created: bigint;
  readonly mountId: string;
  status: Status;
  /** docker pause: the container's cgroup is frozen. */
  paused: boolean;
  pid: number;
  exitCode: number;
  oomKilled: boolean;
  startedAt: bigint;
  finishedAt: bigint;
  /** The pid of the monitoring shim while it runs, and its exit-pipe read end. */
  shimPid: number;
  exitFd: number;
  ip: string;
  restartCount: number;
}

export class Engine {
  readonly store = new ImageStore();
  readonly registry = new Registry();
  readonly disk = new Map<Digest, DiskLayer>();
  /** Images whose layers and config are already on disk. */
  readonly registered = new Set<Digest>();
  /** cgroup v2: controllers enabled down to system.slice once. */
  delegated = false;
  readonly containers = new Map<string, Container>();
  /** Host IPs handed out on docker0 (172.17.0.2 …). */
  readonly usedIps = new Set<string>();
  cgroupV2 = false;
  ncpu = 1;
  memTotal = 0;

  /** A container by full id, unique id prefix or name (with or without the leading /). */
  find(ref: string): Container | undefined {
    const name = ref.startsWith('/') ? ref.slice(1) : ref;
    for (const c of this.containers.values()) if (c.id === ref || c.name === name) return c;
    const hits = [...this.containers.values()].filter((c) => ref !== '' && c.id.startsWith(ref));
    return hits.length === 1 ? hits[0] : undefined;
  }

  imageOf(c: Container): ImageRecord | undefined {
    return this.store.image(c.image);
  }
}

/** `n` random bytes as lowercase hex (container and cache ids). */
export function* randomHex(sys: Sys, bytes: number): Gen<string> {
  const r = yield* sys.getrandom(bytes);
  let s = '';
  for (const b of r) s += b.toString(16).padStart(2, '0');
  return s;
}

const LINK_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** overlay2's 26-character link names (l/XXXX…). */
export function* randomLink(sys: Sys): Gen<string> {
  const r = yield* sys.getrandom(26);
  let s = '';
  for (const b of r) s += LINK_CHARS[b % LINK_CHARS.length];
  return s;
}

/** Virtual wall-clock time in ns. */
export function* nowNs(sys: Sys): Gen<bigint> {
  const t = yield* sys.clock_gettime(0);
  return BigInt(t.sec) * 1_000_000_000n + BigInt(t.nsec);
}

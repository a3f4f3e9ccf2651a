// System endpoints: version, info, and disk usage (docker system df).

import type { Handler } from './context';
import { ok } from './context';
import { DAEMON_VERSION } from '../state';
import { imageSize } from './images';

export const systemHandlers: Record<string, Handler> = {
  *'system.version'(ctx) {
    const u = yield* ctx.sys.uname();
    return ok({
      Version: DAEMON_VERSION,
      ApiVersion: '1.41',
      MinAPIVersion: '1.12',
      GitCommit: '5d6db84',
      GoVersion: 'go1.19.8',
      Os: 'linux',
      Arch: 'amd64',
      KernelVersion: u.release,
      BuildTime: '2023-05-18T16:22:16.000000000+00:00',
    });
  },
  *'system.info'(ctx) {
    const { eng } = ctx;
    const all = [...eng.containers.values()];
    const u = yield* ctx.sys.uname();
    return ok({
      Containers: all.length,
      ContainersRunning: all.filter((c) => c.status === 'running').length,
      ContainersPaused: 0,
      ContainersStopped: all.filter((c) => c.status !== 'running').length,
      Images: eng.store.images().length,
      Driver: 'overlay2',
      CgroupDriver: eng.cgroupV2 ? 'systemd' : 'cgroupfs',
      CgroupVersion: eng.cgroupV2 ? '2' : '1',
      KernelVersion: u.release,
      OperatingSystem: 'Debian GNU/Linux 12 (bookworm)',
      OSType: 'linux',
      Architecture: 'x86_64',
      NCPU: eng.ncpu,
      MemTotal: eng.memTotal,
      DockerRootDir: '/var/lib/docker',
      Name: u.nodename,
      ServerVersion: '20.10.24+dfsg1',
    });
  },
  *'system.df'(ctx) {
    const { eng } = ctx;
    return ok({
      Images: eng.store.images().map((i) => ({
        Id: i.id,
        Size: imageSize(eng, i),
        Containers: [...eng.containers.values()].filter((c) => c.image === i.id).length,
      })),
      Containers: [...eng.containers.values()].map((c) => ({ Id: c.id, State: c.status })),
    });
  },
};

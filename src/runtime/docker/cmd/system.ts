// docker version and docker info.

import type { Gen } from '../../../userland/sys';
import type { Ctx } from './common';
import { daemonError, out, result } from './common';

export const CLIENT_VERSION = '20.10.24+dfsg1';

export function* versionMain(ctx: Ctx): Gen<number> {
  yield* out(
    ctx,
    [
      'Client:',
      ` Version:           ${CLIENT_VERSION}`,
      ' API version:       1.41',
      ' Go version:        go1.19.8',
      ' Git commit:        297e128',
      ' Built:             Thu May 18 08:38:34 2023',
      ' OS/Arch:           linux/amd64',
      ' Context:           default',
      ' Experimental:      true',
      '',
    ].join('\n'),
  );
  const r = yield* ctx.client.api('system.version', {});
  if ('error' in r) return yield* daemonError(ctx, r);
  const v = result(r) as Record<string, string>;
  yield* out(
    ctx,
    [
      'Server:',
      ' Engine:',
      `  Version:          ${v.Version ?? ''}`,
      `  API version:      ${v.ApiVersion ?? ''} (minimum version ${v.MinAPIVersion ?? ''})`,
      `  Go version:       ${v.GoVersion ?? ''}`,
      `  Git commit:       ${v.GitCommit ?? ''}`,
      '  Built:            Thu May 18 08:38:34 2023',
      `  OS/Arch:          ${v.Os ?? ''}/${v.Arch ?? ''}`,
      '  Experimental:     false',
      ' containerd:',
      '  Version:          1.6.20~ds1',
      ' runc:',
      '  Version:          1.1.5+ds1',
      '',
    ].join('\n'),
  );
  return 0;
}

export function* infoMain(ctx: Ctx): Gen<number> {
  const r = yield* ctx.client.api('system.info', {});
  if ('error' in r) return yield* daemonError(ctx, r);
  const i = result(r) as Record<string, string | number>;
  const s = (k: string) => String(i[k] ?? '');
  yield* out(
    ctx,
    [
      'Client:',
      ' Context:    default',
      ' Debug Mode: false',
      '',
      'Server:',
      ` Containers: ${s('Containers')}`,
      `  Running: ${s('ContainersRunning')}`,
      `  Paused: ${s('ContainersPaused')}`,
      `  Stopped: ${s('ContainersStopped')}`,
      ` Images: ${s('Images')}`,
      ` Server Version: ${s('ServerVersion')}`,
      ` Storage Driver: ${s('Driver')}`,
      `  Backing Filesystem: tmpfs`,
      ` Logging Driver: json-file`,
      ` Cgroup Driver: ${s('CgroupDriver')}`,
      ` Cgroup Version: ${s('CgroupVersion')}`,
      ' Runtimes: io.containerd.runc.v2 io.containerd.runtime.v1.linux runc',
      ' Default Runtime: runc',
      ` Kernel Version: ${s('KernelVersion')}`,
      ` Operating System: ${s('OperatingSystem')}`,
      ` OSType: ${s('OSType')}`,
      ` Architecture: ${s('Architecture')}`,
      ` CPUs: ${s('NCPU')}`,
      ` Total Memory: ${(Number(i.MemTotal ?? 0) / 1024 ** 3).toFixed(2)}GiB`,
      ` Name: ${s('Name')}`,
      ` Docker Root Dir: ${s('DockerRootDir')}`,
      '',
    ].join('\n'),
  );
  return 0;
}

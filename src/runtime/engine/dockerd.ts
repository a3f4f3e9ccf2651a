// dockerd: the container engine daemon. It sets up /var/lib/docker and the docker0 bridge, listens
// on its API socket and serves every connection in a clone of itself that shares the engine's
// memory (dockerd's goroutines). The first `docker` command starts it when it is not running, as
// systemd's docker.socket activation does on Debian; it tells that client it is ready on fd 3.

import { AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } from '../../kernel/abi/socket';
import type { Command } from '../../userland/command';
import type { Gen, Program, Sys } from '../../userland/sys';
import { warn } from '../../userland/libc/io';
import { detectCgroupV2 } from './cgroups';
import { readTextFile } from './fsio';
import { initLayout } from './layers';
import { syncImageFiles } from './repositories';
import { ensureBridge } from './network';
import { API_ADDR, API_PORT, Engine } from './state';
import type { Request } from './wire';
import { LineReader, REPLIED, reapChildren, sendLine } from './wire';
import type { Handler } from './api/context';
import { fail } from './api/context';
import { imageHandlers } from './api/images';
import { containerHandlers } from './api/containers';
import { changeHandlers } from './api/changes';
import { systemHandlers } from './api/system';
import { extraHandlers } from './api/extra';

const handlers: Record<string, Handler> = {
  ...imageHandlers,
  ...containerHandlers,
  ...changeHandlers,
  ...systemHandlers,
  ...extraHandlers,
};

/** CPUs online ("0-1" in /sys/devices/system/cpu/online → 2). */
function* countCpus(sys: Sys): Gen<number> {
  const text = yield* readTextFile(sys, '/sys/devices/system/cpu/online');
  const m = /^(\d+)(?:-(\d+))?/.exec(text ?? '');
  return m ? Number(m[2] ?? m[1]) - Number(m[1]) + 1 : 1;
}

function* serve(sys: Sys, eng: Engine, conn: number): Program {
  const reader = new LineReader(sys, conn);
  const line = yield* reader.line();
  if (line === undefined) return 0;
  let req: Request;
  try {
    req = JSON.parse(line) as Request;
  } catch {
    yield* sendLine(sys, conn, fail('invalid request', 400));
    return 1;
  }
  const handler = handlers[req.op];
  const ctx = { sys, eng, fd: conn, req, pending: reader.rest() };
  const reply = handler ? yield* handler(ctx) : fail(`page not found: ${req.op}`, 404);
  if (reply !== REPLIED) yield* sendLine(sys, conn, reply);
  yield* syncImageFiles(sys, eng);
  return 0;
}

export const dockerd: Command = {
  summary: 'dockerd - the Docker engine daemon',
  synopsis: 'dockerd',
  description:
    'Keeps images and containers. Creates containers from kernel parts: an overlay mount, namespaces from clone, cgroups, a veth pair into docker0. Started on demand by the docker command.',
  *main(sys) {
    yield* sys.prctl_set_name('dockerd');
    const eng = new Engine();
    eng.cgroupV2 = yield* detectCgroupV2(sys);
    eng.ncpu = yield* countCpus(sys);
    eng.memTotal = (yield* sys.sysinfo()).totalram;
    yield* initLayout(sys);
    const br = yield* ensureBridge(sys);
    if (br) yield* warn(sys, `failed to start daemon: Error initializing network controller: ${br}`);
    const s = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
    yield* sys.setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1);
    const b = yield* sys.bind(s, { family: AF_INET, addr: API_ADDR, port: API_PORT });
    if (b < 0 || (yield* sys.listen(s, 128)) < 0) {
      yield* warn(
        sys,
        `failed to load listeners: listen tcp ${API_ADDR}:${API_PORT}: bind: address already in use`,
      );
      return 1;
    }
    yield* sys.write(3, 'R');
    yield* sys.close(3);
    for (;;) {
      const conn = yield* sys.accept(s);
      yield* reapChildren(sys);
      if (conn < 0) continue;
      yield* sys.clone(0, () => serve(sys, eng, conn));
      yield* sys.close(conn);
    }
  },
};

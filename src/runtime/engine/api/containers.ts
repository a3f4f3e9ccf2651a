// Container endpoints of the Engine API: create, start (with the client's streams attached),
// wait, list, inspect, logs, stop, restart, kill, remove.

import { SIGKILL, SIGTERM, signalFromName } from '../../../kernel/abi/signal';
import type { Gen } from '../../../userland/sys';
import { goTime } from '../../image';
import { createContainer } from '../create';
import type { CreateRequest } from '../create';
import { killContainer, rmContainer, stopContainer, waitExit, waitShim } from '../lifecycle';
import { readLog } from '../logs';
import { startContainer } from '../start';
import type { Container, Engine } from '../state';
import { OVERLAY_ROOT, nowNs } from '../state';
import { containerStatus } from '../../docker/format';
import type { Json, Reply } from '../wire';
import { REPLIED } from '../wire';
import { startWithTty } from '../attach';
import type { Ctx, Handler } from './context';
import { bool, clientFd, fail, num, ok, str } from './context';

/** The container the request names (`id`: id, prefix or name), or a 404 reply. */
export function* target(ctx: Ctx): Gen<Container | Reply> {
  const name = str(ctx.req, 'id');
  return ctx.eng.find(name) ?? fail(`No such container: ${name}`, 404);
}

const isReply = (x: Container | Reply): x is Reply => 'error' in x || 'result' in x;

function state(c: Container): Json {
  return {
    Status: c.status,
    Running: c.status === 'running',
    Paused: c.paused,
    Restarting: false,
    OOMKilled: c.oomKilled,
    Dead: false,
    Pid: c.pid,
    ExitCode: c.exitCode,
    Error: '',
    StartedAt: c.startedAt ? goTime(c.startedAt) : '0001-01-01T00:00:00Z',
    FinishedAt: c.finishedAt ? goTime(c.finishedAt) : '0001-01-01T00:00:00Z',
  };
}

function ports(c: Container): Json[] {
  return c.hostConfig.portBindings.map((p) => ({
    IP: p.hostIp || '0.0.0.0',
    PrivatePort: p.containerPort,
    PublicPort: p.hostPort,
    Type: p.proto,
  }));
}

/** api/types.Container (docker ps). */
export function summary(c: Container, nowNs: number): Json {
  return {
    Id: c.id,
    Names: [`/${c.name}`],
    Image: c.imageName,
    ImageID: c.image,
    Command: [c.path, ...c.args].join(' '),
    Created: Number(c.created / 1_000_000_000n),
    Ports: ports(c),
    State: c.paused ? 'paused' : c.status,
    Status: containerStatus(
      {
        running: c.status === 'running',
        paused: c.paused,
        removing: c.status === 'removing',
        exitCode: c.exitCode,
        startedAt: c.startedAt ? Number(c.startedAt) : null,
        finishedAt: c.finishedAt ? Number(c.finishedAt) : null,
      },
      nowNs,
    ),
    StartedAt: Number(c.startedAt / 1_000_000_000n),
    FinishedAt: Number(c.finishedAt / 1_000_000_000n),
    ExitCode: c.exitCode,
  };
}

/**
 * The overlay2 driver's directories for the container: its -init layer and the image's layers
 * (newest first) below its own upper dir, as daemon/graphdriver/overlay2 GetMetadata reports them.
 */
function graphDriver(eng: Engine, c: Container): Json {
  const dir = (id: string) => `${OVERLAY_ROOT}/${id}`;
  const layers = [...(eng.store.image(c.image)?.layers ?? [])].reverse();
  const lower = [
    `${dir(c.mountId)}-init/diff`,
    ...layers.map((l) => `${dir(eng.disk.get(l)?.cacheId ?? '')}/diff`),
  ];
  const data = {
    LowerDir: lower.join(':'),
    MergedDir: `${dir(c.mountId)}/merged`,
    UpperDir: `${dir(c.mountId)}/diff`,
    WorkDir: `${dir(c.mountId)}/work`,
  };
  return { Data: data, Name: 'overlay2' };
}

export function inspectContainer(eng: Engine, c: Container): Json {
  const r = c.hostConfig.resources;
  return {
    Id: c.id,
    Created: goTime(c.created),
    Path: c.path,
    Args: [...c.args],
    State: state(c),
    Image: c.image,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    HostConfig: {
      NetworkMode: c.hostConfig.networkMode === 'bridge' ? 'default' : c.hostConfig.networkMode,
      AutoRemove: c.hostConfig.autoRemove,
      Memory: r.memory,
      NanoCpus: r.nanoCpus,
      CpuPeriod: r.cpuPeriod,
      CpuQuota: r.cpuQuota,
      CpuShares: r.cpuShares,
      PidsLimit: r.pidsLimit > 0 ? r.pidsLimit : null,
    },
    Config: JSON.parse(JSON.stringify(c.config)) as Json,
    NetworkSettings: {
      IPAddress: c.ip,
      Gateway: c.ip ? '172.17.0.1' : '',
      IPPrefixLen: c.ip ? 16 : 0,
      Ports: Object.fromEntries(
        c.hostConfig.portBindings.map((p) => [
          `${p.containerPort}/${p.proto}`,
          [{ HostIp: p.hostIp || '0.0.0.0', HostPort: String(p.hostPort) }],
        ]),
      ),
    },
    GraphDriver: graphDriver(eng, c),
    EngineImages: eng.containers.size,
  };
}

export const containerHandlers: Record<string, Handler> = {
  *'container.create'(ctx) {
    const req = ctx.req.spec as unknown as CreateRequest;
    const c = yield* createContainer(ctx.sys, ctx.eng, req);
    return 'error' in c ? fail(c.error, c.code) : ok({ Id: c.id, Warnings: [] });
  },
  *'container.start'(ctx) {
    const c = yield* target(ctx);
    if (isReply(c)) return c;
    const attach = bool(ctx.req, 'attach');
    if (attach && c.config.Tty) {
      const t = yield* startWithTty(ctx.sys, ctx.eng, c, {
        pid: ctx.req.pid,
        conn: ctx.fd,
        pending: ctx.pending,
      });
      return 'ok' in t ? REPLIED : { error: t.error, code: t.status };
    }
    const r = yield* startContainer(ctx.sys, ctx.eng, c, {
      ...(attach ? { stdin: clientFd(ctx, 0), stdout: clientFd(ctx, 1), stderr: clientFd(ctx, 2) } : {}),
    });
    if (!('ok' in r)) return { error: r.error, code: r.status };
    if (!bool(ctx.req, 'wait')) return ok(null);
    if (c.hostConfig.autoRemove) yield* waitShim(ctx.sys, c);
    else yield* waitExit(ctx.sys, c);
    return ok({ StatusCode: c.exitCode });
  },
  *'container.wait'(ctx) {
    const c = yield* target(ctx);
    if (isReply(c)) return c;
    if (c.hostConfig.autoRemove) yield* waitShim(ctx.sys, c);
    else yield* waitExit(ctx.sys, c);
    return ok({ StatusCode: c.exitCode });
  },
  *'container.list'(ctx) {
    const all = bool(ctx.req, 'all');
    const list = [...ctx.eng.containers.values()].filter((c) => all || c.status === 'running');
    list.sort((a, b) => (a.created === b.created ? 0 : a.created < b.created ? 1 : -1));
    const now = Number(yield* nowNs(ctx.sys));
    return ok(list.map((c) => summary(c, now)));
  },
  *'container.inspect'(ctx) {
    const c = yield* target(ctx);
    return isReply(c) ? c : ok(inspectContainer(ctx.eng, c));
  },
  *'container.logs'(ctx) {
    const c = yield* target(ctx);
    if (isReply(c)) return c;
    const entries = yield* readLog(ctx.sys, c);
    return ok(entries.map((e) => ({ log: e.log, stream: e.stream, time: e.time })));
  },
  *'container.stop'(ctx) {
    const c = yield* target(ctx);
    if (isReply(c)) return c;
    yield* stopContainer(
      ctx.sys,
      c,
      num(ctx.req, 'timeout') || 10,
      signalFromName(c.config.StopSignal ?? '') ?? SIGTERM,
    );
    return ok(null);
  },
  *'container.restart'(ctx) {
    const c = yield* target(ctx);
    if (isReply(c)) return c;
    yield* stopContainer(
      ctx.sys,
      c,
      num(ctx.req, 'timeout') || 10,
      signalFromName(c.config.StopSignal ?? '') ?? SIGTERM,
    );
    const r = yield* startContainer(ctx.sys, ctx.eng, c, {});
    return 'ok' in r ? ok(null) : fail(r.error, 500);
  },
  *'container.kill'(ctx) {
    const c = yield* target(ctx);
    if (isReply(c)) return c;
    const sigText = str(ctx.req, 'signal');
    const sig = sigText === '' ? SIGKILL : signalFromName(sigText);
    if (sig === undefined) return fail(`Invalid signal: ${sigText}`, 400);
    const e = yield* killContainer(ctx.sys, c, sig);
    if (e) return fail(e, 409);
    if (sig === SIGKILL) yield* waitExit(ctx.sys, c);
    return ok(null);
  },
  *'container.remove'(ctx) {
    const c = yield* target(ctx);
    if (isReply(c)) return c;
    const e = yield* rmContainer(ctx.sys, ctx.eng, c, bool(ctx.req, 'force'));
    return e ? fail(e, 409) : ok(null);
  },
};

// docker exec, top and stats: processes inside a running container, seen from the host.

import { O_CLOEXEC } from '../../../kernel/abi/fcntl';
import type { Gen } from '../../../userland/sys';
import { readAll } from '../../../userland/libc/io';
import { dumpLinks } from '../../../userland/libc/rtnl';
import { decode } from '../../../lib/utf8';
import { cgroupDirs } from '../cgroups';
import { execInContainer } from '../exec';
import { readTextFile } from '../fsio';
import type { Container } from '../state';
import type { Json } from '../wire';
import { REPLIED } from '../wire';
import { execWithTty } from '../attach';
import type { Ctx, Handler } from './context';
import { bool, clientFd, fail, ok, str, strs } from './context';

function* running(ctx: Ctx): Gen<Container | { error: string; code: number }> {
  const name = str(ctx.req, 'id');
  const c = ctx.eng.find(name);
  if (!c) return { error: `No such container: ${name}`, code: 404 };
  if (c.status !== 'running') return { error: `Container ${c.id} is not running`, code: 409 };
  return c;
}

/** The pids (host namespace) in the container's cgroup. */
function* containerPids(ctx: Ctx, c: Container): Gen<Set<number>> {
  const dirs = cgroupDirs(ctx.eng, c.id);
  const dir = ctx.eng.cgroupV2 ? dirs[0] : dirs.find((d) => d.includes('/pids/'));
  const text = dir ? yield* readTextFile(ctx.sys, `${dir}/cgroup.procs`) : undefined;
  return new Set(
    (text ?? '')
      .split('\n')
      .filter((l) => l !== '')
      .map(Number),
  );
}

/** Run ps on the host (as dockerd does for docker top) and keep the header and the container's rows. */
function* top(
  ctx: Ctx,
  c: Container,
  args: readonly string[],
): Gen<{ Titles: string[]; Processes: string[][] } | string> {
  const { sys } = ctx;
  const p = yield* sys.pipe2(O_CLOEXEC);
  if (typeof p === 'number') return 'pipe failed';
  const argv = ['ps', ...(args.length > 0 ? args : ['-ef'])];
  const pid = yield* sys.clone(0, function* () {
    yield* sys.dup2(p[1], 1);
    yield* sys.execve('/usr/bin/ps', argv, ['PATH=/usr/bin:/bin']);
    return 127;
  });
  yield* sys.close(p[1]);
  const out = yield* readAll(sys, p[0]);
  yield* sys.close(p[0]);
  yield* sys.wait4(pid, 0);
  const lines = (typeof out === 'number' ? '' : decode(out)).split('\n').filter((l) => l !== '');
  const [head = '', ...rows] = lines;
  const titles = head.trim().split(/\s+/);
  const pidCol = titles.indexOf('PID');
  if (pidCol < 0) return `Couldn't find PID field in ps output`;
  const pids = yield* containerPids(ctx, c);
  const procs: string[][] = [];
  for (const row of rows) {
    const f = row.trim().split(/\s+/);
    if (!pids.has(Number(f[pidCol]))) continue;
    procs.push([...f.slice(0, titles.length - 1), f.slice(titles.length - 1).join(' ')]);
  }
  return { Titles: titles, Processes: procs };
}

function* num(ctx: Ctx, path: string): Gen<number> {
  const t = yield* readTextFile(ctx.sys, path);
  return Number((t ?? '0').trim().split(/\s+/)[0]) || 0;
}

function* cpuUsageNs(ctx: Ctx, c: Container): Gen<number> {
  const dirs = cgroupDirs(ctx.eng, c.id);
  if (!ctx.eng.cgroupV2)
    return yield* num(ctx, `${dirs.find((d) => d.includes('/cpuacct/')) ?? ''}/cpuacct.usage`);
  const stat = (yield* readTextFile(ctx.sys, `${dirs[0] ?? ''}/cpu.stat`)) ?? '';
  return Number(/usage_usec (\d+)/.exec(stat)?.[1] ?? 0) * 1000;
}

/** One docker stats sample (the API's one-shot stats, reduced to the columns the CLI shows). */
function* stats(ctx: Ctx, c: Container): Gen<Json> {
  const { eng, sys } = ctx;
  const dirs = cgroupDirs(eng, c.id);
  const mem = eng.cgroupV2
    ? `${dirs[0] ?? ''}/memory.current`
    : `${dirs.find((d) => d.includes('/memory/')) ?? ''}/memory.usage_in_bytes`;
  const limFile = eng.cgroupV2
    ? `${dirs[0] ?? ''}/memory.max`
    : `${dirs.find((d) => d.includes('/memory/')) ?? ''}/memory.limit_in_bytes`;
  const before = yield* cpuUsageNs(ctx, c);
  const t0 = yield* sys.clock_gettime(1);
  yield* sys.nanosleep(100_000_000);
  const after = yield* cpuUsageNs(ctx, c);
  const t1 = yield* sys.clock_gettime(1);
  const wall = (t1.sec - t0.sec) * 1e9 + (t1.nsec - t0.nsec);
  const limitText = ((yield* readTextFile(sys, limFile)) ?? '').trim();
  const limit = limitText === 'max' || Number(limitText) > eng.memTotal ? eng.memTotal : Number(limitText);
  const usage = yield* num(ctx, mem);
  const pids = (yield* containerPids(ctx, c)).size;
  const veth = (yield* dumpLinks(sys)).find((l) => l.ifname === `veth${c.id.slice(0, 7)}`);
  return {
    Container: c.id,
    Name: `/${c.name}`,
    ID: c.id,
    CPUPercentage: wall > 0 ? ((after - before) / wall) * 100 : 0,
    Memory: usage,
    MemoryLimit: limit,
    MemoryPercentage: limit > 0 ? (usage / limit) * 100 : 0,
    NetworkRx: veth?.stats.txBytes ?? 0,
    NetworkTx: veth?.stats.rxBytes ?? 0,
    BlockRead: 0,
    BlockWrite: 0,
    PidsCurrent: pids,
  };
}

export const processHandlers: Record<string, Handler> = {
  *'container.exec'(ctx) {
    const c = yield* running(ctx);
    if ('error' in c) return fail(c.error, c.code);
    const attach = !bool(ctx.req, 'detach');
    const base = {
      argv: strs(ctx.req, 'cmd'),
      env: [...(c.config.Env ?? []), ...strs(ctx.req, 'env')],
      user: str(ctx.req, 'user') || (c.config.User ?? ''),
      workdir: str(ctx.req, 'workdir') || (c.config.WorkingDir ?? ''),
    };
    if (attach && bool(ctx.req, 'tty')) {
      yield* execWithTty(
        ctx.sys,
        ctx.eng,
        c,
        { ...base, attach: {} },
        { pid: ctx.req.pid, conn: ctx.fd, pending: ctx.pending },
      );
      return REPLIED;
    }
    const r = yield* execInContainer(ctx.sys, ctx.eng, c, {
      argv: strs(ctx.req, 'cmd'),
      env: [...(c.config.Env ?? []), ...strs(ctx.req, 'env')],
      user: str(ctx.req, 'user') || (c.config.User ?? ''),
      workdir: str(ctx.req, 'workdir') || (c.config.WorkingDir ?? ''),
      attach: attach
        ? {
            ...(bool(ctx.req, 'interactive') ? { stdin: clientFd(ctx, 0) } : {}),
            stdout: clientFd(ctx, 1),
            stderr: clientFd(ctx, 2),
          }
        : {},
    });
    return typeof r === 'number' ? ok({ ExitCode: r }) : fail(r.error, r.status);
  },
  *'container.top'(ctx) {
    const c = yield* running(ctx);
    if ('error' in c) return fail(c.error, c.code);
    const r = yield* top(ctx, c, strs(ctx.req, 'args'));
    return typeof r === 'string' ? fail(r) : ok(r);
  },
  *'container.stats'(ctx) {
    const c = yield* running(ctx);
    if ('error' in c) return fail(c.error, c.code);
    return ok(yield* stats(ctx, c));
  },
};

// docker update (daemon/update.go, container/container_unix.go UpdateContainer): change a
// container's CPU and pids limits, running or not. NanoCPUs and CPUPeriod/CPUQuota exclude each
// other across updates; the merged limits pass the same checks as docker run's; a running
// container's cgroup files are rewritten at once (runc update).
//
// Simplification: memory, blkio, cpuset and restart-policy updates are not modelled (the client
// says so).

import { updateLimits, validateResources } from '../cgroups';
import { saveConfig } from '../create';
import type { Container, Resources } from '../state';
import type { Ctx, Handler } from './context';
import { fail, num, ok } from './context';
import { target } from './containers';

/** The conflict dockerd reports between what the update sets and what the container has. */
function conflict(want: Resources, have: Resources): string | undefined {
  if (want.nanoCpus > 0 && have.cpuPeriod > 0)
    return 'Nano CPUs cannot be updated as CPU Period has already been set';
  if (want.nanoCpus > 0 && have.cpuQuota > 0)
    return 'Nano CPUs cannot be updated as CPU Quota has already been set';
  if (want.cpuPeriod > 0 && have.nanoCpus > 0)
    return 'CPU Period cannot be updated as NanoCPUs has already been set';
  if (want.cpuQuota > 0 && have.nanoCpus > 0)
    return 'CPU Quota cannot be updated as NanoCPUs has already been set';
  return undefined;
}

/** The container's resources with the update applied (zero means "leave as it is"). */
function merged(want: Resources, have: Resources): Resources {
  return {
    memory: have.memory,
    nanoCpus: want.nanoCpus > 0 ? want.nanoCpus : have.nanoCpus,
    cpuPeriod: want.cpuPeriod > 0 ? want.cpuPeriod : have.cpuPeriod,
    cpuQuota: want.cpuQuota !== 0 ? want.cpuQuota : have.cpuQuota,
    cpuShares: want.cpuShares !== 0 ? want.cpuShares : have.cpuShares,
    pidsLimit: want.pidsLimit !== 0 ? want.pidsLimit : have.pidsLimit,
  };
}

function wanted(ctx: Ctx): Resources {
  return {
    memory: 0,
    nanoCpus: num(ctx.req, 'nanoCpus'),
    cpuPeriod: num(ctx.req, 'cpuPeriod'),
    cpuQuota: num(ctx.req, 'cpuQuota'),
    cpuShares: num(ctx.req, 'cpuShares'),
    pidsLimit: num(ctx.req, 'pidsLimit'),
  };
}

export const updateHandlers: Record<string, Handler> = {
  *'container.update'(ctx) {
    const c: Container | ReturnType<typeof fail> = yield* target(ctx);
    if ('error' in c || 'result' in c) return c;
    const want = wanted(ctx);
    const invalid = validateResources(want, ctx.eng.ncpu);
    if (invalid !== undefined) return fail(invalid, 400);
    const have = c.hostConfig.resources;
    const why = conflict(want, have);
    if (why !== undefined) return fail(`Cannot update container ${c.id}: Conflicting options: ${why}`, 409);
    const next = merged(want, have);
    if (c.status === 'running') {
      const e = yield* updateLimits(ctx.sys, ctx.eng, c.id, next);
      if (e !== undefined) return fail(`Cannot update container ${c.id}: ${e}`, 500);
    }
    c.hostConfig = { ...c.hostConfig, resources: next };
    yield* saveConfig(ctx.sys, c);
    return ok({ Warnings: [] });
  },
};

// docker run / create / start: create the container (pulling the image first when it is not
// local, as the CLI does on "No such image"), start it with our streams attached, wait for its
// exit status. Errors print as `docker: Error response from daemon: …` with status 125, or
// 126/127 when the program could not be executed, as Docker's CLI does.

import type { Gen } from '../../../userland/sys';
import { SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2 } from '../../../kernel/abi/signal';
import { getenv } from '../../../userland/libc/execvp';
import type { Json } from '../../engine/wire';
import { parseNormalizedNamed } from '../../image';
import type { Parsed } from './args';
import { flagBool, flagStr, parseArgs } from './args';
import type { Ctx } from './common';
import { restore, setRaw } from './tty';
import { isTerminal } from './archive';
import { err, needsArgs, out, result, usageError } from './common';
import { ramInBytes } from '../format';

export const RUN_SPEC = {
  bools: ['detach', 'interactive', 'tty', 'rm', 'help', 'privileged', 'init', 'quiet'],
  values: [
    'name',
    'workdir',
    'user',
    'hostname',
    'network',
    'net',
    'entrypoint',
    'memory',
    'cpus',
    'cpu-period',
    'cpu-quota',
    'cpu-shares',
    'pids-limit',
    'memory-swap',
    'restart',
    'pull',
    'platform',
    'stop-signal',
  ],
  multi: ['env', 'publish', 'volume', 'label', 'expose', 'add-host', 'mount', 'tmpfs', 'env-file'],
  short: {
    d: 'detach',
    i: 'interactive',
    t: 'tty',
    e: 'env',
    p: 'publish',
    v: 'volume',
    w: 'workdir',
    u: 'user',
    h: 'hostname',
    m: 'memory',
    c: 'cpu-shares',
    l: 'label',
    q: 'quiet',
  },
  interspersed: false,
} as const;

function* runError(ctx: Ctx, cmd: string, msg: string, status = 125): Gen<number> {
  yield* err(
    ctx,
    `docker: Error response from daemon: ${msg}\n\nRun 'docker ${cmd} --help' for more information\n`,
  );
  return status;
}

function ports(p: Parsed): Json[] | string {
  const out: Json[] = [];
  for (const spec of p.lists.get('publish') ?? []) {
    const [main = '', proto = 'tcp'] = spec.split('/');
    const parts = main.split(':');
    const cport = Number(parts[parts.length - 1]);
    const hport = parts.length >= 2 ? Number(parts[parts.length - 2]) : 0;
    const hostIp = parts.length === 3 ? (parts[0] ?? '') : '';
    if (!Number.isInteger(cport) || cport <= 0 || cport > 65535)
      return `invalid containerPort: ${parts[parts.length - 1] ?? ''}`;
    out.push({ hostIp, hostPort: hport, containerPort: cport, proto });
  }
  return out;
}

function num(p: Parsed, name: string): number | string {
  const v = flagStr(p, name);
  if (v === undefined) return 0;
  const n = Number(v);
  return Number.isFinite(n) && v.trim() !== ''
    ? n
    : `invalid argument "${v}" for "--${name}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`;
}

/** The create request's spec from run/create options, or a CLI error text. */
export function createSpec(ctx: Ctx, p: Parsed): Record<string, Json> | string {
  const [image = '', ...cmd] = p.args;
  const memText = flagStr(p, 'memory');
  const mem = memText === undefined ? { value: 0 } : ramInBytes(memText);
  if ('error' in mem) return `invalid argument "${memText ?? ''}" for "-m, --memory" flag: ${mem.error}`;
  const memory = mem.value;
  const cpusText = flagStr(p, 'cpus');
  const cpus = cpusText === undefined ? 0 : Number(cpusText);
  if (!Number.isFinite(cpus))
    return `invalid argument "${cpusText ?? ''}" for "--cpus" flag: failed to parse ${cpusText ?? ''} as a rational number`;
  const numbers = ['cpu-period', 'cpu-quota', 'cpu-shares', 'pids-limit'].map((n) => num(p, n));
  const bad = numbers.find((n) => typeof n === 'string');
  if (typeof bad === 'string') return bad;
  const [cpuPeriod, cpuQuota, cpuShares, pidsLimit] = numbers as number[];
  const pb = ports(p);
  if (typeof pb === 'string') return pb;
  // The client checks the reference first (Docker 20.10's vendored distribution/reference text).
  const ref = parseNormalizedNamed(image);
  if (!ref.ok)
    return ref.error.startsWith('invalid reference format: repository name')
      ? 'invalid reference format: repository name must be lowercase'
      : ref.error;
  const env = (p.lists.get('env') ?? []).flatMap((e) => {
    if (e.includes('=')) return [e];
    const v = getenv(ctx.envp, e);
    return v === undefined ? [] : [`${e}=${v}`];
  });
  const net = flagStr(p, 'network') ?? flagStr(p, 'net') ?? 'bridge';
  const entry = flagStr(p, 'entrypoint');
  const spec: Record<string, Json> = {
    image,
    cmd,
    env,
    tty: flagBool(p, 'tty'),
    openStdin: flagBool(p, 'interactive'),
    hostConfig: {
      networkMode: net === 'default' ? 'bridge' : net,
      autoRemove: flagBool(p, 'rm'),
      portBindings: pb,
      binds: p.lists.get('volume') ?? [],
      resources: {
        memory,
        nanoCpus: Math.round(cpus * 1e9),
        cpuPeriod: cpuPeriod ?? 0,
        cpuQuota: cpuQuota ?? 0,
        cpuShares: cpuShares ?? 0,
        pidsLimit: pidsLimit ?? 0,
      },
    },
  };
  for (const [flag, key] of [
    ['name', 'name'],
    ['workdir', 'workdir'],
    ['user', 'user'],
    ['hostname', 'hostname'],
  ] as const) {
    const v = flagStr(p, flag);
    if (v !== undefined) spec[key] = v;
  }
  if (entry !== undefined) spec.entrypoint = entry === '' ? [] : [entry];
  return spec;
}

/** Create, pulling on "No such image". Returns the container id or an exit status. */
export function* createWithPull(ctx: Ctx, cmdName: string, spec: Record<string, Json>): Gen<string | number> {
  let r = yield* ctx.client.api('container.create', { spec });
  if ('error' in r && r.code === 404 && r.error.startsWith('No such image')) {
    const image = String(spec.image);
    const shown = /[:@]/.test(image.split('/').pop() ?? '') ? image : `${image}:latest`;
    yield* err(ctx, `Unable to find image '${shown}' locally\n`);
    const pulled = yield* ctx.client.api('image.pull', { name: image }, (text) => err(ctx, text));
    if ('error' in pulled) return yield* runError(ctx, cmdName, pulled.error);
    r = yield* ctx.client.api('container.create', { spec });
  }
  if ('error' in r)
    return r.code === -1 ? yield* connError(ctx, r.error) : yield* runError(ctx, cmdName, r.error);
  const id = (result(r) as { Id?: string } | undefined)?.Id;
  return id ?? 125;
}

function* connError(ctx: Ctx, msg: string): Gen<number> {
  yield* err(ctx, `docker: ${msg}.\nSee 'docker run --help'.\n`);
  return 125;
}

export function* runMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, RUN_SPEC);
  if ('error' in p) return yield* usageError(ctx, 'run', p.error);
  if (p.args.length === 0)
    return yield* needsArgs(
      ctx,
      'run',
      'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
      'Run a command in a new container',
    );
  const spec = createSpec(ctx, p);
  if (typeof spec === 'string') return yield* usageError(ctx, 'run', `docker: ${spec}.`);
  const id = yield* createWithPull(ctx, 'run', spec);
  if (typeof id === 'number') return id;
  const detach = flagBool(p, 'detach');
  const tty = flagBool(p, 'tty') && !detach;
  if (tty && flagBool(p, 'interactive') && !(yield* isTerminal(ctx.sys, 0))) {
    yield* err(ctx, 'the input device is not a TTY\n');
    return 1;
  }
  const saved = tty ? yield* setRaw(ctx.sys) : undefined;
  const proxy = !tty && !detach ? yield* proxySignals(ctx, id) : undefined;
  const started = yield* ctx.client.api(
    'container.start',
    { id, attach: !detach, wait: !detach },
    undefined,
    tty && flagBool(p, 'interactive'),
    proxy,
  );
  yield* restore(ctx.sys, saved);
  if ('error' in started) {
    if (flagBool(p, 'rm')) yield* ctx.client.api('container.remove', { id, force: true });
    return yield* runError(
      ctx,
      'run',
      started.error,
      started.code > 0 && started.code < 256 ? started.code : 125,
    );
  }
  if (detach) {
    yield* out(ctx, `${id}\n`);
    return 0;
  }
  return (result(started) as { StatusCode?: number } | undefined)?.StatusCode ?? 125;
}

const PROXIED = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2];

/**
 * --sig-proxy (on by default without a terminal): signals the client gets are sent on to the
 * container, and the client goes on waiting. pid 1 without a handler ignores them, as on Linux.
 */
function* proxySignals(ctx: Ctx, id: string): Gen<() => Gen<void>> {
  const pending: number[] = [];
  for (const sig of PROXIED) yield* ctx.sys.rt_sigaction(sig, () => void pending.push(sig));
  return function* () {
    for (const sig of pending.splice(0)) yield* ctx.client.api('container.kill', { id, signal: String(sig) });
  };
}

export function* createMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, RUN_SPEC);
  if ('error' in p) return yield* usageError(ctx, 'create', p.error);
  const spec = createSpec(ctx, p);
  if (typeof spec === 'string') return yield* usageError(ctx, 'create', `docker: ${spec}.`);
  const id = yield* createWithPull(ctx, 'create', spec);
  if (typeof id === 'number') return id;
  yield* out(ctx, `${id}\n`);
  return 0;
}

// docker create (daemon/create.go): validate the resources, resolve the image, pick the id and
// name, and lay the container out on disk — its overlay2 init layer (/etc/hostname, /etc/hosts,
// /etc/resolv.conf, /.dockerenv and the mount points) and its own writable layer, the layerdb
// mount record, and /var/lib/docker/containers/<id>/ with its configuration.

import type { Gen, Sys } from '../../userland/sys';
import type { ImageRecord } from '../image';
import { dirNode, goJson, goTime } from '../image';
import type { GoValue } from '../image';
import { validateResources } from './cgroups';
import { mkdirAll, writeFileAt, writeTree } from './fsio';
import { registerImage } from './layers';
import { CONTAINERS_ROOT, LAYERDB, OVERLAY_ROOT, nowNs, randomHex, randomLink } from './state';
import type { Container, Engine, HostConfig } from './state';
import { NAMES } from './names';
import { DEFAULT_PATH } from '../build/builder';
import { encode } from '../../lib/utf8';

export interface CreateRequest {
  readonly image: string;
  readonly name?: string;
  readonly cmd: readonly string[];
  readonly entrypoint?: readonly string[];
  readonly env: readonly string[];
  readonly workdir?: string;
  readonly user?: string;
  readonly hostname?: string;
  readonly tty: boolean;
  readonly openStdin: boolean;
  readonly hostConfig: HostConfig;
}

export type ApiError = { readonly error: string; readonly code: number };

function mergeEnv(image: readonly string[], extra: readonly string[]): string[] {
  const out = [...image];
  if (!out.some((e) => e.startsWith('PATH='))) out.unshift(`PATH=${DEFAULT_PATH}`);
  for (const e of extra) {
    const key = e.split('=')[0] ?? '';
    const i = out.findIndex((x) => x.split('=')[0] === key);
    if (i >= 0) out[i] = e;
    else out.push(e);
  }
  return out;
}

function* pickName(sys: Sys, eng: Engine): Gen<string> {
  for (;;) {
    const r = yield* sys.getrandom(3);
    const adj = NAMES.left[(r[0] ?? 0) % NAMES.left.length] ?? 'happy';
    const who = NAMES.right[(((r[1] ?? 0) << 8) | (r[2] ?? 0)) % NAMES.right.length] ?? 'turing';
    const name = `${adj}_${who}`;
    if (!eng.find(name)) return name;
  }
}

/** Create a container; the image must be local (the CLI pulls first). */
export function* createContainer(sys: Sys, eng: Engine, req: CreateRequest): Gen<Container | ApiError> {
  const bad = validateResources(req.hostConfig.resources, eng.ncpu);
  if (bad) return { error: bad, code: 400 };
  const found = eng.store.resolve(req.image);
  if (!found.ok) return { error: found.error, code: 404 };
  const image = found.image;
  if (req.name !== undefined) {
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(req.name))
      return {
        error: `Invalid container name (${req.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
        code: 400,
      };
    const other = eng.find(req.name);
    if (other && other.name === req.name)
      return {
        error: `Conflict. The container name "/${req.name}" is already in use by container "${other.id}". You have to remove (or rename) that container to be able to reuse that name.`,
        code: 409,
      };
  }
  const cfg = image.config.config;
  const entrypoint = req.entrypoint ?? cfg.Entrypoint ?? [];
  const cmd = req.cmd.length > 0 || req.entrypoint ? req.cmd : (cfg.Cmd ?? []);
  const argv = [...entrypoint, ...cmd];
  if (argv.length === 0) return { error: 'No command specified', code: 400 };
  const id = yield* randomHex(sys, 32);
  const mountId = yield* randomHex(sys, 32);
  const reg = yield* registerImage(sys, eng, image);
  if (reg) return { error: reg, code: 500 };
  const hostname = req.hostname ?? id.slice(0, 12);
  const config = {
    ...cfg,
    Hostname: hostname,
    Tty: req.tty,
    OpenStdin: req.openStdin,
    Env: mergeEnv(cfg.Env ?? [], req.env),
    Cmd: cmd,
    Entrypoint: entrypoint.length > 0 ? entrypoint : null,
    WorkingDir: req.workdir ?? cfg.WorkingDir ?? '',
    User: req.user ?? cfg.User ?? '',
    Image: req.image,
  } as Container['config'];
  const c: Container = {
    id,
    name: req.name ?? (yield* pickName(sys, eng)),
    image: image.id,
    imageName: req.image,
    config,
    path: argv[0] ?? '',
    args: argv.slice(1),
    hostConfig: req.hostConfig,
    created: yield* nowNs(sys),
    mountId,
    status: 'created',
    paused: false,
    pid: 0,
    exitCode: 0,
    oomKilled: false,
    startedAt: 0n,
    finishedAt: 0n,
    shimPid: 0,
    exitFd: -1,
    ip: '',
    restartCount: 0,
  };
  const laid = yield* layout(sys, eng, c, image);
  if (laid) return { error: laid, code: 500 };
  eng.containers.set(id, c);
  yield* saveConfig(sys, c);
  return c;
}

export function hostsFile(ip = '', hostname = ''): string {
  return [
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'ff00::0\tip6-mcastprefix',
    'ff02::1\tip6-allnodes',
    'ff02::2\tip6-allrouters',
    ...(ip ? [`${ip}\t${hostname}`] : []),
    '',
  ].join('\n');
}

/** The init layer's tree (moby daemon/initlayer and the container's etc files). */
function initTree(c: Container): ReturnType<typeof dirNode> {
  const root = dirNode();
  const file = (data: string, mode = 0o755) => ({
    kind: 'file' as const,
    mode,
    uid: 0,
    gid: 0,
    mtime: 0,
    data: encode(data),
  });
  for (const d of ['dev', 'proc', 'sys', 'etc']) root.children.set(d, dirNode());
  const dev = root.children.get('dev');
  if (dev?.kind === 'dir') for (const d of ['pts', 'shm']) dev.children.set(d, dirNode());
  const etc = root.children.get('etc');
  if (etc?.kind === 'dir') {
    etc.children.set('hostname', file(`${c.config.Hostname}\n`, 0o644));
    etc.children.set('hosts', file(hostsFile(), 0o644));
    etc.children.set('resolv.conf', file('nameserver 10.0.2.3\n', 0o644));
    etc.children.set('mtab', {
      kind: 'symlink',
      mode: 0o777,
      uid: 0,
      gid: 0,
      mtime: 0,
      target: '/proc/mounts',
    });
  }
  root.children.set('.dockerenv', file('', 0o755));
  return root;
}

function* layout(sys: Sys, eng: Engine, c: Container, image: ImageRecord): Gen<string | undefined> {
  const top = image.layers[image.layers.length - 1];
  const topDisk = top ? eng.disk.get(top) : undefined;
  const lowers: string[] = [];
  for (let i = image.layers.length - 1; i >= 0; i--) {
    const chain = image.layers[i];
    const d = chain ? eng.disk.get(chain) : undefined;
    if (d) lowers.push(`l/${d.link}`);
  }
  const initDir = `${OVERLAY_ROOT}/${c.mountId}-init`;
  const initLink = yield* randomLink(sys);
  const ownLink = yield* randomLink(sys);
  yield* mkdirAll(sys, `${initDir}/diff`);
  yield* sys.mkdir(`${initDir}/work`, 0o700);
  const w = yield* writeTree(sys, `${initDir}/diff`, initTree(c));
  if (w < 0) return `init layer: errno ${-w}`;
  yield* writeFileAt(sys, `${initDir}/link`, initLink);
  yield* writeFileAt(sys, `${initDir}/lower`, lowers.join(':'));
  yield* sys.symlink(`../${c.mountId}-init/diff`, `${OVERLAY_ROOT}/l/${initLink}`);
  const dir = `${OVERLAY_ROOT}/${c.mountId}`;
  yield* mkdirAll(sys, `${dir}/diff`);
  yield* sys.mkdir(`${dir}/work`, 0o700);
  yield* sys.mkdir(`${dir}/merged`, 0o755);
  yield* writeFileAt(sys, `${dir}/link`, ownLink);
  yield* writeFileAt(sys, `${dir}/lower`, [`l/${initLink}`, ...lowers].join(':'));
  yield* sys.symlink(`../${c.mountId}/diff`, `${OVERLAY_ROOT}/l/${ownLink}`);
  const mounts = `${LAYERDB}/mounts/${c.id}`;
  yield* mkdirAll(sys, mounts);
  yield* writeFileAt(sys, `${mounts}/init-id`, `${c.mountId}-init`);
  yield* writeFileAt(sys, `${mounts}/mount-id`, c.mountId);
  if (top) yield* writeFileAt(sys, `${mounts}/parent`, top);
  yield* mkdirAll(sys, `${CONTAINERS_ROOT}/${c.id}`, 0o710);
  yield* writeFileAt(sys, `${CONTAINERS_ROOT}/${c.id}/hostname`, `${c.config.Hostname}\n`);
  yield* writeFileAt(sys, `${CONTAINERS_ROOT}/${c.id}/hosts`, hostsFile());
  return topDisk || image.layers.length === 0 ? undefined : 'image layers are not on disk';
}

/**
 * containers/<id>/config.v2.json: the container record as JSON (see-through, not for reloading),
 * saved again on start, exit, pause, unpause and rename as the daemon's checkpoint does.
 */
export function* saveConfig(sys: Sys, c: Container): Gen<void> {
  const v: GoValue = {
    ID: c.id,
    Created: goTime(c.created),
    Path: c.path,
    Args: [...c.args],
    State: { Status: c.status, Paused: c.paused, OOMKilled: c.oomKilled, Pid: c.pid, ExitCode: c.exitCode },
    Image: c.image,
    Name: `/${c.name}`,
    Driver: 'overlay2',
    Config: { Hostname: c.config.Hostname, Env: [...(c.config.Env ?? [])], Cmd: [...(c.config.Cmd ?? [])] },
  };
  yield* writeFileAt(sys, `${CONTAINERS_ROOT}/${c.id}/config.v2.json`, goJson(v), 0o600);
}

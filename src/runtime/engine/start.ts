// docker start: the daemon clones a monitor (containerd-shim's part) that mounts the overlay,
// creates the cgroups and the veth pair, clones the container's first process with the namespace
// flags, puts it into its cgroups and network, lets it go, and reports whether exec worked. The
// shim then copies the container's output to the json-file log (and to an attached client),
// reaps it, records the exit status and wakes everyone waiting on the exit pipe.

import {
  CLONE_NEWIPC,
  CLONE_NEWNET,
  CLONE_NEWNS,
  CLONE_NEWPID,
  CLONE_NEWUTS,
  WEXITSTATUS,
} from '../../kernel/abi/sched';
import { O_CLOEXEC, O_NOCTTY, O_RDONLY, O_RDWR } from '../../kernel/abi/fcntl';
import type { Gen, Program, Sys } from '../../userland/sys';
import { readAll } from '../../userland/libc/io';
import { decode } from '../../lib/utf8';
import { cgroupPath, createCgroups, joinCgroups, oomKilled } from './cgroups';
import { containerInit } from './init';
import { exitCode } from './exec';
import type { InitSpec } from './init';
import { copyOutput } from './logs';
import { allocateIp, createVeth, movePeer } from './network';
import { startProxies, stopProxy } from './proxy';
import { OVERLAY_ROOT, nowNs } from './state';
import type { Container, Engine } from './state';
import { cleanupContainer, removeContainer } from './remove';
import { hostsFile, saveConfig } from './create';
import { mkdirAll, openOrNull, writeFileAt } from './fsio';
import type { BindSpec } from './rootfs';

/** Where an attached client's streams are (paths the shim opens, e.g. /proc/PID/fd/1). */
export interface Attach {
  readonly stdin?: string;
  readonly stdout?: string;
  readonly stderr?: string;
  /** The three paths are one terminal: it becomes the controlling terminal; no log copy. */
  readonly tty?: boolean;
}

export type StartResult =
  { readonly ok: true } | { readonly error: string; readonly code: number; readonly status: number };

function nsFlags(c: Container): number {
  let f = CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWPID;
  if (c.hostConfig.networkMode !== 'host') f |= CLONE_NEWNET;
  return f;
}

/** Mount the container's overlay at overlay2/<mount-id>/merged. */
export function* mountRootfs(sys: Sys, c: Container): Gen<number> {
  const dir = `${OVERLAY_ROOT}/${c.mountId}`;
  const lower = yield* sys.open(`${dir}/lower`, O_RDONLY);
  if (lower < 0) return lower;
  const text = yield* readAll(sys, lower);
  yield* sys.close(lower);
  const lowers = typeof text === 'number' ? '' : decode(text);
  const opts = `lowerdir=${lowers
    .split(':')
    .map((l) => `${OVERLAY_ROOT}/${l}`)
    .join(':')},upperdir=${dir}/diff,workdir=${dir}/work`;
  return yield* sys.mount('overlay', `${dir}/merged`, 'overlay', 0, opts);
}

/** Start a created (or exited) container; returns once its program has been exec'd or failed. */
export function* startContainer(sys: Sys, eng: Engine, c: Container, attach: Attach): Gen<StartResult> {
  if (c.status === 'running') return { ok: true };
  const ready = yield* sys.pipe2(O_CLOEXEC);
  if (typeof ready === 'number') return { error: 'pipe failed', code: 500, status: 125 };
  const [rr, rw] = ready;
  yield* sys.clone(0, () => shim(sys, eng, c, attach, rw));
  yield* sys.close(rw);
  const answer = yield* readAll(sys, rr);
  yield* sys.close(rr);
  const text = typeof answer === 'number' ? '' : decode(answer);
  if (text === 'ok') return { ok: true };
  const [code, ...msg] = text.split(' ');
  return { error: msg.join(' ') || 'container start failed', code: 500, status: Number(code) || 125 };
}

/** -v SRC:DST[:ro]: an absolute SRC is a host directory (made if missing), a name a volume. */
function* resolveBinds(sys: Sys, c: Container): Gen<BindSpec[]> {
  const out: BindSpec[] = [];
  for (const spec of c.hostConfig.binds) {
    const [src = '', dst = '', mode = ''] = spec.split(':');
    const source = src.startsWith('/') ? src : `/var/lib/docker/volumes/${src}/_data`;
    yield* mkdirAll(sys, source);
    out.push({ source, target: dst, readonly: mode.split(',').includes('ro') });
  }
  return out;
}

/** Copy stderr in a clone and stdout here until the container's side closes them. */
function* startCopiers(
  sys: Sys,
  c: Container,
  attach: Attach,
  or: number,
  er: number,
  exitW: number,
): Gen<number> {
  const outFd = yield* openOrNull(sys, attach.stdout, O_RDWR);
  const errFd = yield* openOrNull(sys, attach.stderr, O_RDWR);
  const copier = yield* sys.clone(0, function* () {
    yield* sys.close(exitW);
    yield* copyOutput(sys, c, er, errFd, 'stderr');
    return 0;
  });
  yield* sys.close(er);
  yield* copyOutput(sys, c, or, outFd, 'stdout');
  return copier;
}

function* shim(sys: Sys, eng: Engine, c: Container, attach: Attach, report: number): Program {
  yield* sys.prctl_set_name('containerd-shim');
  const fail = function* (msg: string, status = 125): Program {
    yield* sys.write(report, `${status} ${msg}`);
    return 1;
  };
  const proxies: number[] = [];
  const exitPipe = yield* sys.pipe2(O_CLOEXEC);
  if (typeof exitPipe === 'number') return yield* fail('pipe failed');
  const m = yield* mountRootfs(sys, c);
  if (m < 0) return yield* fail(`error creating overlay mount: errno ${-m}`);
  const cg = yield* createCgroups(sys, eng, c.id, c.hostConfig.resources);
  if (cg)
    return yield* fail(
      `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${cg}: unknown`,
    );
  const veth = c.hostConfig.networkMode === 'bridge' ? yield* createVeth(sys, c.id) : undefined;
  if (typeof veth === 'string') return yield* fail(veth);
  if (veth) {
    c.ip = allocateIp(eng);
    yield* writeFileAt(
      sys,
      `${OVERLAY_ROOT}/${c.mountId}-init/diff/etc/hosts`,
      hostsFile(c.ip, c.config.Hostname),
    );
    const started = yield* startProxies(sys, c);
    if (typeof started === 'string') {
      yield* cleanupContainer(sys, eng, c, veth.host);
      return yield* fail(started);
    }
    proxies.push(...started);
  }
  const sync = yield* sys.pipe2(O_CLOEXEC);
  const err = yield* sys.pipe2(O_CLOEXEC);
  const out = yield* sys.pipe2(O_CLOEXEC);
  const errOut = yield* sys.pipe2(O_CLOEXEC);
  if ([sync, err, out, errOut].some((p) => typeof p === 'number')) return yield* fail('pipe failed');
  const [sr, sw] = sync as readonly [number, number];
  const [xr, xw] = err as readonly [number, number];
  const [or, ow] = out as readonly [number, number];
  const [er, ew] = errOut as readonly [number, number];
  const tty = attach.tty === true;
  const stdin = tty
    ? yield* openOrNull(sys, attach.stdin, O_RDWR | O_NOCTTY)
    : yield* openOrNull(sys, c.config.OpenStdin ? attach.stdin : undefined, O_RDONLY);
  const spec: InitSpec = {
    root: `${OVERLAY_ROOT}/${c.mountId}/merged`,
    cgroupV2: eng.cgroupV2,
    cgroupPath: cgroupPath(eng, c.id),
    binds: yield* resolveBinds(sys, c),
    hostname: c.config.Hostname,
    argv: [c.path, ...c.args],
    env: c.config.Env ?? [],
    workdir: c.config.WorkingDir ?? '',
    user: c.config.User ?? '',
    tty,
    net: veth
      ? { peer: veth.peer, ip: c.ip }
      : c.hostConfig.networkMode === 'none'
        ? { peer: '', ip: '' }
        : undefined,
    syncFd: sr,
    errFd: xw,
  };
  const pid = yield* sys.clone(nsFlags(c), function* () {
    yield* sys.dup2(stdin, 0);
    yield* sys.dup2(tty ? stdin : ow, 1);
    yield* sys.dup2(tty ? stdin : ew, 2);
    return yield* containerInit(sys, spec);
  });
  for (const fd of [sr, xw, ow, ew, stdin]) yield* sys.close(fd);
  if (pid < 0) return yield* fail(`clone failed: errno ${-pid}`);
  yield* joinCgroups(sys, eng, c.id, pid);
  if (veth) yield* movePeer(sys, veth.peer, pid);
  yield* sys.write(sw, 'g');
  yield* sys.close(sw);
  const msg = yield* readAll(sys, xr);
  yield* sys.close(xr);
  const why = typeof msg === 'number' ? '' : decode(msg);
  if (why !== '') {
    const st = yield* sys.wait4(pid, 0);
    const status = typeof st === 'number' ? 1 : WEXITSTATUS(st.status);
    for (const p of proxies) yield* stopProxy(sys, p);
    yield* cleanupContainer(sys, eng, c, veth?.host);
    const code = status === 126 || status === 127 ? status : 125;
    return yield* fail(
      `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${why}: unknown`,
      code,
    );
  }
  c.status = 'running';
  c.oomKilled = false;
  c.pid = pid;
  c.startedAt = yield* nowNs(sys);
  c.shimPid = yield* sys.getpid();
  c.exitFd = exitPipe[0];
  yield* sys.write(report, 'ok');
  yield* sys.close(report);
  yield* saveConfig(sys, c);
  const copier = tty ? 0 : yield* startCopiers(sys, c, attach, or, er, exitPipe[1]);
  if (tty) for (const fd of [or, er]) yield* sys.close(fd);
  const st = yield* sys.wait4(pid, 0);
  if (copier > 0) yield* sys.wait4(copier, 0);
  const status = typeof st === 'number' ? 0 : st.status;
  c.exitCode = exitCode(status);
  c.oomKilled = yield* oomKilled(sys, eng, c.id);
  c.finishedAt = yield* nowNs(sys);
  c.status = 'exited';
  c.pid = 0;
  yield* saveConfig(sys, c);
  for (const p of proxies) yield* stopProxy(sys, p);
  yield* cleanupContainer(sys, eng, c, veth?.host);
  if (c.hostConfig.autoRemove) yield* removeContainer(sys, eng, c);
  c.shimPid = 0;
  yield* sys.close(exitPipe[1]);
  return 0;
}

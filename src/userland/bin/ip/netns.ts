// ip netns: add, del, list, exec (ip/ipnetns.c). A named namespace is a file in /run/netns on
// which /proc/self/ns/net of a process that unshared its network namespace is bind-mounted; the
// directory is first made a shared mount (bound onto itself if need be) so the mounts propagate.
// Simplification: `exec` runs the program in place (iproute2 forks and waits, with the same exit
// status) and does not remount /sys or bind /etc/netns/NAME files.

import { EEXIST, EINVAL, strerror } from '../../../kernel/abi/errno';
import { CLONE_NEWNET, CLONE_NEWNS } from '../../../kernel/abi/sched';
import { MNT_DETACH, MS_BIND, MS_REC, MS_SHARED, MS_SLAVE } from '../../../kernel/abi/mount';
import { O_CREAT, O_EXCL, O_RDONLY } from '../../../kernel/abi/fcntl';
import type { Gen } from '../../sys';
import { execvp } from '../../libc/execvp';
import { nsidOfFd } from '../../libc/rtnl';
import { NETNS_RUN_DIR, fail, listNetns, matches } from './common';
import type { IpRun } from './common';

export function* ipNetns(run: IpRun, args: string[]): Gen<number> {
  const cmd = args[0];
  if (cmd === undefined || matches(cmd, 'list') || cmd === 'show') return yield* netnsList(run);
  if (matches(cmd, 'add')) return yield* netnsAdd(run, args[1]);
  if (matches(cmd, 'delete')) return yield* netnsDel(run, args[1]);
  if (matches(cmd, 'exec')) return yield* netnsExec(run, args.slice(1));
  return yield* fail(run, `Command "${cmd}" is unknown, try "ip netns help".`, 255);
}

function* netnsList(run: IpRun): Gen<number> {
  for (const name of yield* listNetns(run.sys)) {
    const fd = yield* run.sys.open(`${NETNS_RUN_DIR}/${name}`, O_RDONLY);
    const id = fd < 0 ? -1 : yield* nsidOfFd(run.sys, fd);
    if (fd >= 0) yield* run.sys.close(fd);
    yield* run.out.write(id >= 0 ? `${name} (id: ${id})\n` : `${name}\n`);
  }
  return 0;
}

function* netnsAdd(run: IpRun, name: string | undefined): Gen<number> {
  const sys = run.sys;
  if (name === undefined) return yield* fail(run, 'No netns name specified', 1);
  if (name.includes('/') || name === '.' || name === '..')
    return yield* fail(run, `Invalid netns name "${name}"`, 1);
  yield* sys.mkdir('/run', 0o755);
  const made = yield* sys.mkdir(NETNS_RUN_DIR, 0o755);
  if (made < 0 && made !== -EEXIST)
    return yield* fail(run, `mkdir ${NETNS_RUN_DIR} failed: ${strerror(-made)}`, 1);
  if ((yield* sys.mount('', NETNS_RUN_DIR, 'none', MS_SHARED | MS_REC, '')) === -EINVAL) {
    yield* sys.mount(NETNS_RUN_DIR, NETNS_RUN_DIR, 'none', MS_BIND | MS_REC, '');
    yield* sys.mount('', NETNS_RUN_DIR, 'none', MS_SHARED | MS_REC, '');
  }
  const path = `${NETNS_RUN_DIR}/${name}`;
  const fd = yield* sys.open(path, O_RDONLY | O_CREAT | O_EXCL, 0);
  if (fd < 0) return yield* fail(run, `Cannot create namespace file "${path}": ${strerror(-fd)}`, 1);
  yield* sys.close(fd);
  const un = yield* sys.unshare(CLONE_NEWNET);
  if (un < 0) {
    yield* sys.unlink(path);
    return yield* fail(run, `Failed to create a new network namespace "${name}": ${strerror(-un)}`, 1);
  }
  const bound = yield* sys.mount('/proc/self/ns/net', path, 'none', MS_BIND, '');
  if (bound < 0) {
    yield* sys.unlink(path);
    return yield* fail(run, `Bind /proc/self/ns/net -> ${path} failed: ${strerror(-bound)}`, 1);
  }
  return 0;
}

function* netnsDel(run: IpRun, name: string | undefined): Gen<number> {
  if (name === undefined) return yield* fail(run, 'No netns name specified', 1);
  const path = `${NETNS_RUN_DIR}/${name}`;
  yield* run.sys.umount2(path, MNT_DETACH);
  const r = yield* run.sys.unlink(path);
  if (r < 0) return yield* fail(run, `Cannot remove namespace file "${path}": ${strerror(-r)}`, 1);
  return 0;
}

function* netnsExec(run: IpRun, args: string[]): Gen<number> {
  const sys = run.sys;
  const [name, cmd] = args;
  if (name === undefined) return yield* fail(run, 'No netns name specified', 1);
  if (cmd === undefined) return yield* fail(run, 'No command specified', 1);
  const fd = yield* sys.open(`${NETNS_RUN_DIR}/${name}`, O_RDONLY);
  if (fd < 0) return yield* fail(run, `Cannot open network namespace "${name}": ${strerror(-fd)}`, 255);
  const joined = yield* sys.setns(fd, CLONE_NEWNET);
  yield* sys.close(fd);
  if (joined < 0)
    return yield* fail(run, `setting the network namespace "${name}" failed: ${strerror(-joined)}`, 255);
  if ((yield* sys.unshare(CLONE_NEWNS)) < 0)
    return yield* fail(run, 'unshare failed: Operation not permitted', 255);
  yield* sys.mount('', '/', 'none', MS_SLAVE | MS_REC, '');
  yield* run.out.flush();
  const r = yield* execvp(sys, cmd, args.slice(1), run.envp);
  return yield* fail(run, `exec of "${cmd}" failed: ${strerror(-r)}`, 1);
}

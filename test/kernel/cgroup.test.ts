import { describe, expect, it } from 'vitest';
import { bootWith } from './harness';
import { readText, writeAll } from '../../src/userland/libc/io';
import * as E from '../../src/kernel/abi/errno';
import { O_CREAT, O_WRONLY, O_TRUNC } from '../../src/kernel/abi/fcntl';
import { WIFSIGNALED, WTERMSIG } from '../../src/kernel/abi/sched';
import type { Sys } from '../../src/userland/sys';

function* say(sys: Sys, ...values: unknown[]) {
  yield* writeAll(sys, 1, values.map(String).join(' ') + '\n');
}

/** echo TEXT > PATH: the write's result (bytes or -errno). */
function* put(sys: Sys, path: string, text: string) {
  const fd = yield* sys.open(path, O_WRONLY | O_TRUNC | O_CREAT, 0o644);
  if (fd < 0) return fd;
  const r = yield* sys.write(fd, text + '\n');
  yield* sys.close(fd);
  return r;
}

function* cat(sys: Sys, path: string) {
  const r = yield* readText(sys, path);
  return typeof r === 'number' ? `errno ${-r}` : r;
}

describe('cgroup v2', () => {
  it('has the root and child files of Linux 6.18 and their defaults', () => {
    const r = bootWith().run(function* (sys) {
      const CG = '/sys/fs/cgroup';
      yield* sys.mkdir(`${CG}/t1`, 0o755);
      const fd = yield* sys.open(`${CG}/t1`, 0);
      const names = ((yield* sys.getdents64(fd)) as { name: string }[])
        .map((d) => d.name)
        .filter((n) => !n.startsWith('.'));
      yield* say(sys, names.sort().join(' '));
      yield* say(sys, (yield* cat(sys, `${CG}/cgroup.controllers`)).trim());
      yield* say(
        sys,
        (yield* cat(sys, `${CG}/t1/cpu.max`)).trim(),
        (yield* cat(sys, `${CG}/t1/pids.max`)).trim(),
      );
      yield* say(sys, JSON.stringify(yield* cat(sys, `${CG}/t1/cgroup.events`)));
      return 0;
    });
    const lines = r.output.split('\n');
    expect(lines[0]).toContain('cgroup.controllers cgroup.events cgroup.freeze cgroup.kill cgroup.max.depth');
    expect(lines[0]).toContain('cpu.max');
    expect(lines[0]).toContain('memory.max');
    expect(lines[1]).toBe('cpuset cpu io memory hugetlb pids rdma misc');
    expect(lines[2]).toBe('max 100000 max');
    expect(lines[3]).toBe('"populated 0\\nfrozen 0\\n"');
  });

  it('reports the errors of the reference host (cg2-02)', () => {
    const r = bootWith({}, 'hybrid').run(function* (sys) {
      const CG = '/sys/fs/cgroup/unified';
      yield* sys.mkdir(`${CG}/t1`, 0o755);
      yield* sys.mkdir(`${CG}/t1/child`, 0o755);
      yield* say(sys, (yield* cat(sys, `${CG}/cgroup.controllers`)).trim());
      yield* say(sys, (yield* put(sys, `${CG}/cgroup.subtree_control`, '+bogus')) === -E.EINVAL);
      yield* say(sys, (yield* put(sys, `${CG}/t1/cgroup.subtree_control`, '+pids')) === -E.ENOENT);
      yield* say(sys, (yield* sys.rmdir(`${CG}/t1`)) === -E.EBUSY);
      yield* say(sys, (yield* sys.open(`${CG}/t1/newfile`, O_CREAT | O_WRONLY, 0o644)) === -E.EACCES);
      yield* say(sys, (yield* sys.mkdir(`${CG}/t1/cgroup.procs`, 0o755)) === -E.EEXIST);
      yield* say(sys, (yield* put(sys, `${CG}/t1/cgroup.procs`, '999999')) === -E.ESRCH);
      yield* say(sys, (yield* put(sys, `${CG}/t1/cgroup.procs`, 'abc')) === -E.EINVAL);
      yield* say(sys, yield* sys.rmdir(`${CG}/t1/child`), yield* sys.rmdir(`${CG}/t1`));
      return 0;
    });
    expect(r.output).toBe('hugetlb\ntrue\ntrue\ntrue\ntrue\ntrue\ntrue\ntrue\n0 0\n');
  });

  it('moves a process, shows populated and /proc/PID/cgroup, and refuses rmdir while busy', () => {
    const r = bootWith().run(function* (sys) {
      const CG = '/sys/fs/cgroup';
      yield* sys.mkdir(`${CG}/t1`, 0o755);
      yield* sys.mkdir(`${CG}/t1/a`, 0o755);
      const pid = yield* sys.clone(0, function* () {
        yield* sys.nanosleep(30e9);
        return 0;
      });
      yield* put(sys, `${CG}/t1/a/cgroup.procs`, String(pid));
      yield* say(sys, (yield* cat(sys, `${CG}/t1/a/cgroup.procs`)).trim() === String(pid));
      yield* say(
        sys,
        JSON.stringify(yield* cat(sys, `${CG}/t1/cgroup.procs`)),
        (yield* cat(sys, `${CG}/t1/cgroup.events`)).split('\n')[0],
      );
      yield* say(sys, (yield* cat(sys, `/proc/${pid}/cgroup`)).trim());
      yield* say(sys, (yield* sys.rmdir(`${CG}/t1/a`)) === -E.EBUSY);
      yield* sys.kill(pid, 9);
      yield* sys.wait4(pid, 0);
      yield* say(
        sys,
        (yield* cat(sys, `${CG}/t1/a/cgroup.events`)).split('\n')[0],
        yield* sys.rmdir(`${CG}/t1/a`),
      );
      return 0;
    });
    expect(r.output).toBe('true\n"" populated 1\n0::/t1/a\ntrue\npopulated 0 0\n');
  });

  it('cgroup.kill kills every process with SIGKILL; cgroup.freeze stops scheduling', () => {
    const r = bootWith().run(function* (sys) {
      const CG = '/sys/fs/cgroup';
      yield* sys.mkdir(`${CG}/t1`, 0o755);
      const pid = yield* sys.clone(0, function* () {
        for (;;) yield* sys.compute(1_000_000);
      });
      yield* put(sys, `${CG}/t1/cgroup.procs`, String(pid));
      yield* put(sys, `${CG}/t1/cgroup.freeze`, '1');
      yield* sys.nanosleep(100e6);
      const before = (yield* cat(sys, `/proc/${pid}/stat`)).split(' ');
      yield* sys.nanosleep(100e6);
      const after = (yield* cat(sys, `/proc/${pid}/stat`)).split(' ');
      yield* say(
        sys,
        before[2],
        before[13] === after[13],
        (yield* cat(sys, `${CG}/t1/cgroup.events`)).split('\n')[1],
      );
      yield* put(sys, `${CG}/t1/cgroup.kill`, '1');
      const w = yield* sys.wait4(pid, 0);
      yield* say(sys, typeof w !== 'number' && WIFSIGNALED(w.status) && WTERMSIG(w.status));
      return 0;
    });
    expect(r.output).toBe('S true frozen 1\n9\n');
  });

  it('pids.max makes fork fail with EAGAIN and counts it in pids.events', () => {
    const r = bootWith().run(function* (sys) {
      const CG = '/sys/fs/cgroup';
      yield* sys.mkdir(`${CG}/t1`, 0o755);
      yield* put(sys, `${CG}/t1/pids.max`, '2');
      yield* put(sys, `${CG}/t1/cgroup.procs`, String(yield* sys.getpid()));
      const results: number[] = [];
      for (let i = 0; i < 3; i++) {
        results.push(
          yield* sys.clone(0, function* () {
            yield* sys.nanosleep(1e9);
            return 0;
          }),
        );
      }
      yield* say(sys, results.map((p) => (p > 0 ? 'ok' : p === -E.EAGAIN ? 'EAGAIN' : p)).join(' '));
      yield* say(
        sys,
        (yield* cat(sys, `${CG}/t1/pids.current`)).trim(),
        (yield* cat(sys, `${CG}/t1/pids.events`)).trim(),
      );
      return 0;
    });
    expect(r.output).toBe('ok EAGAIN EAGAIN\n2 max 2\n');
  });

  it('cpu.max throttles a busy loop to its quota and counts periods and throttling', () => {
    const r = bootWith().run(function* (sys) {
      const CG = '/sys/fs/cgroup';
      yield* sys.mkdir(`${CG}/t1`, 0o755);
      yield* put(sys, `${CG}/t1/cpu.max`, '20000 100000');
      const pid = yield* sys.clone(0, function* () {
        for (;;) yield* sys.compute(100_000);
      });
      yield* put(sys, `${CG}/t1/cgroup.procs`, String(pid));
      yield* sys.nanosleep(1e9);
      const stat = (yield* cat(sys, `/proc/${pid}/stat`)).split(' ');
      const ticks = Number(stat[13]) + Number(stat[14]);
      const cpu = Object.fromEntries(
        (yield* cat(sys, `${CG}/t1/cpu.stat`))
          .trim()
          .split('\n')
          .map((l) => l.split(' ')),
      );
      yield* say(
        sys,
        ticks >= 18 && ticks <= 22,
        Number(cpu.nr_periods) >= 9,
        Number(cpu.nr_throttled) >= 9 && Number(cpu.nr_throttled) <= Number(cpu.nr_periods),
        Number(cpu.throttled_usec) > 0,
      );
      yield* sys.kill(pid, 9);
      return 0;
    });
    expect(r.output).toBe('true true true true\n');
  });
});

describe('cgroup v1 (hybrid profile)', () => {
  it('validates cpu.cfs_* like the reference host (cg1-01)', () => {
    const r = bootWith({}, 'hybrid').run(function* (sys) {
      const C = '/sys/fs/cgroup/cpu';
      yield* sys.mkdir(`${C}/t1`, 0o755);
      const fd = yield* sys.open(`${C}/t1`, 0);
      const names = ((yield* sys.getdents64(fd)) as { name: string }[])
        .map((d) => d.name)
        .filter((n) => !n.startsWith('.'));
      yield* say(sys, names.sort().join(' '));
      yield* say(
        sys,
        (yield* put(sys, `${C}/t1/cpu.cfs_quota_us`, '150000')) > 0,
        (yield* cat(sys, `${C}/t1/cpu.cfs_quota_us`)).trim(),
      );
      yield* say(sys, (yield* put(sys, `${C}/t1/cpu.cfs_quota_us`, '500')) === -E.EINVAL);
      yield* say(sys, (yield* put(sys, `${C}/t1/cpu.cfs_period_us`, '2000000')) === -E.EINVAL);
      yield* put(sys, `${C}/t1/cpu.shares`, '1');
      yield* say(sys, (yield* cat(sys, `${C}/t1/cpu.shares`)).trim());
      yield* put(sys, `${C}/t1/cpu.cfs_quota_us`, '-5');
      yield* say(sys, (yield* cat(sys, `${C}/t1/cpu.cfs_quota_us`)).trim());
      yield* say(sys, JSON.stringify((yield* cat(sys, '/proc/self/cgroup')).split('\n').slice(0, 2)));
      return 0;
    });
    expect(r.output).toBe(
      'cgroup.clone_children cgroup.procs cpu.cfs_burst_us cpu.cfs_period_us cpu.cfs_quota_us cpu.idle cpu.rt_period_us cpu.rt_runtime_us cpu.shares cpu.stat cpu.stat.local notify_on_release tasks\n' +
        'true 150000\ntrue\ntrue\n2\n-1\n["9:name=systemd:/","8:pids:/"]\n',
    );
  });
});

describe('memory cgroup and OOM', () => {
  it('going over memory.max OOM-kills the biggest task with SIGKILL and logs it', () => {
    const m = bootWith({
      *hog(sys) {
        for (let i = 0; i < 100; i++) yield* sys.mmap(10 << 20);
        return 0;
      },
    });
    const r = m.run(function* (sys) {
      const CG = '/sys/fs/cgroup';
      yield* sys.mkdir(`${CG}/m`, 0o755);
      yield* put(sys, `${CG}/m/memory.max`, '100M');
      const pid = yield* sys.clone(0, function* () {
        yield* put(sys, `${CG}/m/cgroup.procs`, String(yield* sys.getpid()));
        return yield* sys.execve('/bin/hog', ['hog'], []);
      });
      const w = yield* sys.wait4(pid, 0);
      yield* say(
        sys,
        typeof w !== 'number' && WTERMSIG(w.status),
        (yield* cat(sys, `${CG}/m/memory.events`)).split('\n')[4],
      );
      const log = (yield* sys.syslog(3)) as string;
      yield* say(
        sys,
        log.includes(`Memory cgroup out of memory: Killed process ${pid} (hog)`),
        log.includes('hog invoked oom-killer'),
      );
      return 0;
    });
    expect(r.output).toBe('9 oom_kill 1\ntrue true\n');
  });
});

describe('time namespaces', () => {
  it('boottime offsets shift /proc/uptime for processes in the new namespace only', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.unshare(0x80);
      yield* put(sys, '/proc/self/timens_offsets', 'boottime 86400 0');
      const pid = yield* sys.clone(0, function* () {
        yield* say(sys, JSON.stringify(yield* cat(sys, '/proc/self/timens_offsets')));
        yield* say(sys, Number((yield* cat(sys, '/proc/uptime')).split(' ')[0]) >= 86400);
        return 0;
      });
      yield* sys.wait4(pid, 0);
      yield* say(sys, (yield* put(sys, '/proc/self/timens_offsets', 'boottime 1 0')) === -E.EACCES);
      return 0;
    });
    expect(r.output).toBe(
      '"monotonic           0         0\\nboottime        86400         0\\n"\ntrue\ntrue\n',
    );
  });
});

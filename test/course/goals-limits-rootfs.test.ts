// @vitest-environment node
// The goal kinds of limits.ts and rootfs.ts: each checked on a real world before and after the
// commands that should satisfy it, and against commands that should not.
import { describe, expect, test } from 'vitest';
import { GOALS, takeSnapshot } from '../../src/course/goals';
import type { GoalParams } from '../../src/course/goals';
import { createWorld } from '../../src/world';
import type { Profile } from '../../src/world/types';

function holds(kind: string, params: GoalParams, script: string, profile: Profile = 'default') {
  const world = createWorld({ seed: 1, profile });
  const goal = GOALS[kind];
  if (!goal) throw new Error(kind);
  const before = goal.test(takeSnapshot(world, []), params);
  world.exec(script);
  let checks = 0; // a busy loop never blocks: bound the settling
  world.pump({ wallNowMs: 0, shouldYield: () => ++checks > 4096 });
  return [before, goal.test(takeSnapshot(world, []), params)];
}

describe('limits', () => {
  test('processRss: a booted qemu holds ~200 MB, a sleep does not', () => {
    const vm = 'qemu-system-x86_64 -m 1G -display none -daemonize\nsleep 10';
    expect(holds('processRss', { comm: 'qemu-system-x86', atLeastMb: 150 }, vm)).toEqual([false, true]);
    expect(holds('processRss', { comm: 'sleep', atLeastMb: 150 }, 'sleep 100 &')).toEqual([false, false]);
  });

  test('cgroupThrottled needs a quota and a busy process', () => {
    const setup =
      'mkdir /sys/fs/cgroup/demo\nsh -c "echo \\$\\$ > /sys/fs/cgroup/demo/cgroup.procs; while :; do :; done" &\n';
    const params = { path: '/demo' };
    expect(
      holds('cgroupThrottled', params, `${setup}echo "20000 100000" > /sys/fs/cgroup/demo/cpu.max\nsleep 1`),
    ).toEqual([false, true]);
    expect(holds('cgroupThrottled', params, `${setup}sleep 1`)).toEqual([false, false]);
  }, 60_000);

  test('containerCgroup reads the container’s own cgroup (v2 and v1)', () => {
    const run = 'docker run -d --cpu-period=100000 --cpu-quota=20000 -m 64m busybox sleep 100';
    const quota = { quotaUs: 20000, periodUs: 100000, memoryMaxBytes: 64 * 1024 * 1024 };
    expect(holds('containerCgroup', quota, run)).toEqual([false, true]);
    expect(holds('containerCgroup', quota, run, 'hybrid')).toEqual([false, true]);
    expect(holds('containerCgroup', { quotaUs: 50000 }, run)).toEqual([false, false]);
    // A cgroup with the quota that is no container's does not count.
    const plain = 'mkdir /sys/fs/cgroup/demo && echo "20000 100000" > /sys/fs/cgroup/demo/cpu.max';
    expect(holds('containerCgroup', { quotaUs: 20000 }, plain)).toEqual([false, false]);
  });
});

describe('rootfs', () => {
  const rootfs = 'mkdir -p /r/bin /r/proc /r/old && cp /bin/busybox /r/bin/ && ln -s busybox /r/bin/sh\n';

  test('fileExists and hostMount (a mount made in a chroot lands in the host namespace)', () => {
    expect(holds('fileExists', { path: '/r/bin/busybox' }, rootfs)).toEqual([false, true]);
    const chrootProc = `${rootfs}chroot /r /bin/busybox mount -t proc proc /proc`;
    expect(holds('hostMount', { target: '/r/proc', fstype: 'proc' }, chrootProc)).toEqual([false, true]);
    expect(holds('hostMount', { target: '/r/proc', fstype: 'tmpfs' }, chrootProc)).toEqual([false, false]);
  });

  test('pivotedRoot: the root moves, then only / and /proc remain', () => {
    const pivot =
      `${rootfs}unshare -m sh -c "mount --make-rprivate / && mount --bind /r /r && cd /r && pivot_root . old && ` +
      'KEEP && exec /bin/busybox sleep 100" &';
    const keep = pivot.replace('KEEP', 'true');
    const clean = pivot.replace(
      'KEEP',
      '/bin/busybox umount -l /old && /bin/busybox mount -t proc proc /proc',
    );
    expect(holds('pivotedRoot', { root: '/r' }, keep)).toEqual([false, true]);
    expect(holds('pivotedRoot', { root: '/r', mounts: '/,/proc' }, keep)).toEqual([false, false]);
    expect(holds('pivotedRoot', { root: '/r', mounts: '/,/proc' }, clean)).toEqual([false, true]);
    expect(holds('pivotedRoot', { root: '/elsewhere' }, clean)).toEqual([false, false]);
    expect(holds('bindMounted', { root: '/r' }, keep)).toEqual([false, true]);
    expect(holds('bindMounted', { root: '/r' }, 'unshare -m sleep 100 &')).toEqual([false, false]);
  });

  test('every new kind describes itself in both languages', () => {
    for (const kind of [
      'processRss',
      'cgroupThrottled',
      'containerCgroup',
      'fileExists',
      'hostMount',
      'pivotedRoot',
    ]) {
      const goal = GOALS[kind];
      expect(goal, kind).toBeDefined();
      const params = { comm: 'x', atLeastMb: 1, path: '/p', target: '/t', root: '/r', quotaUs: 1 };
      expect(goal?.describe(params, 'en')).toMatch(/[a-z]/);
      expect(goal?.describe(params, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

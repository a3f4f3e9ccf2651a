// /proc/self/mountinfo in a chroot shows only the mounts reachable from the new root, with paths
// relative to it (fs/proc_namespace.c: seq_path_root skips the others). Recorded on Linux 6.x as root:
//   mkdir -p /tmp/r/bin /tmp/r/proc && cp /usr/bin/busybox /tmp/r/bin/ && ln -s busybox /tmp/r/bin/sh
//   unshare -m sh -c 'mount --make-rprivate /; chroot /tmp/r /bin/sh -c \
//     "/bin/busybox mount -t proc proc /proc; /bin/busybox cat /proc/self/mountinfo"'
//   → 68 45 0:38 / /proc rw,relatime - proc proc rw        (one line; ids differ per machine)
import { expect, test } from 'vitest';
import { runSh } from '../helpers/run';

const SETUP =
  'mkdir -p /tmp/r/bin /tmp/r/proc && cp /bin/busybox /tmp/r/bin/ && ln -s busybox /tmp/r/bin/sh\n';

test('a chroot sees only its own mounts in mountinfo', () => {
  const r = runSh(
    SETUP +
      'unshare -m sh -c \'mount --make-rprivate /; chroot /tmp/r /bin/sh -c "/bin/busybox mount -t proc proc /proc; /bin/busybox cat /proc/self/mountinfo"\'',
  );
  expect(r.output).toMatch(/^\d+ \d+ \d+:\d+ \/ \/proc rw,relatime - proc proc rw\n$/);
});

test('outside the chroot the same mount shows under the chroot directory', () => {
  const r = runSh(
    SETUP +
      'chroot /tmp/r /bin/busybox mount -t proc proc /proc\ngrep -c " /tmp/r/proc " /proc/self/mountinfo',
  );
  expect(r.output).toBe('1\n');
});

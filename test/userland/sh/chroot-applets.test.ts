// A busybox sh in a fresh chroot, before /proc is mounted there, still runs applets by name.
// Expected output recorded on Debian 12 (busybox 1.35.0, root):
//   mkdir -p /tmp/r/bin && cp /usr/bin/busybox /tmp/r/bin/ && ln -s busybox /tmp/r/bin/sh
//   chroot /tmp/r /bin/sh -c 'ls /'      → "bin\n", status 0
// (real busybox runs ls in-process; ours finds /bin/ls, the rootfs's link to busybox).
import { expect, test } from 'vitest';
import { runSh } from '../../helpers/run';

test('chroot into a busybox rootfs without /proc: sh runs ls by name', () => {
  const r = runSh(
    [
      'mkdir -p /tmp/r/bin',
      'cp /bin/busybox /tmp/r/bin/ && ln -s busybox /tmp/r/bin/sh && ln -s busybox /tmp/r/bin/ls',
      "chroot /tmp/r /bin/sh -c 'ls /'",
    ].join('\n'),
  );
  expect(r.output).toBe('bin\n');
  expect(r.status).toBe(0);
});

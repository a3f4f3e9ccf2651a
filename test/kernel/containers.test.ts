// Kernel behaviour the container engine relies on, each checked against Linux 6.x on the
// reference VM with the same commands: init of a child pid namespace ignores SIGTERM from an
// ancestor unless it handles it (SIGKILL still kills), programs in an overlay's lower layer can
// be executed through the merged view, and pivot_root(".", ".") + umount -l . leaves the new
// root alone (runc's sequence).
import { describe, expect, it } from 'vitest';
import { runSh } from '../helpers/run';

describe('kernel pieces under containers', () => {
  it('delivers SIGTERM from an ancestor namespace to a pid-namespace init only if it handles it', () => {
    const r = runSh(
      [
        'unshare -fp sleep 100 &',
        'sleep 0.5; P=$(pgrep -f "^sleep 100$" | head -1)',
        'kill -TERM $P; sleep 0.3; ps -o comm= -p $P',
        'kill -KILL $P; sleep 0.3; ps -o pid= -p $P || echo gone',
      ].join('\n'),
    );
    expect(r.stdout).toBe('sleep\ngone\n');
  });

  it('executes a lower-layer program through an overlay mount', () => {
    const r = runSh(
      [
        'mkdir -p /tmp/ovt/l /tmp/ovt/u /tmp/ovt/w /tmp/ovt/m; cp /bin/true /tmp/ovt/l/t',
        'mount -t overlay o -o lowerdir=/tmp/ovt/l,upperdir=/tmp/ovt/u,workdir=/tmp/ovt/w /tmp/ovt/m && /tmp/ovt/m/t; echo st=$?',
      ].join('\n'),
    );
    expect(r.output).toBe('st=0\n');
  });

  it('keeps the new root after pivot_root(".", ".") and a lazy unmount of "."', () => {
    const r = runSh(
      "unshare -m sh -c 'mkdir -p /tmp/pr; mount -t tmpfs t /tmp/pr; cp /bin/busybox /tmp/pr/; cd /tmp/pr; pivot_root . .; /busybox umount -l .; /busybox ls /; [ -e /tmp ] || echo no /tmp'",
    );
    expect(r.output).toBe('busybox\nno /tmp\n');
  });
});

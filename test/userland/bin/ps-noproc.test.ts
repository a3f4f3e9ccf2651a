// ps with no /proc mounted. Recorded on Debian 12 (procps-ng 4.0.2) as root:
//   unshare -m sh -c 'umount -l /proc; ps; echo rc=$?'
//   → "Error, do this: mount -t proc proc /proc" on stderr, then rc=47
import { expect, test } from 'vitest';
import { runSh } from '../../helpers/run';

test('ps without a procfs asks for one and exits 47', () => {
  const r = runSh("unshare -m sh -c 'umount -l /proc; ps; echo rc=$?'");
  expect(r.stderr).toBe('Error, do this: mount -t proc proc /proc\n');
  expect(r.stdout).toBe('rc=47\n');
});

// End to end through bash: mount, umount, df, dmesg, timeout, which, stress, busybox, man, help.
// Expected texts were printed by util-linux 2.38.1, coreutils 9.1, debianutils 5.7, stress 1.0.7,
// man-db 2.11 and busybox 1.35.0 on Debian 12 (numbers that depend on the machine excepted).
import { describe, expect, it } from 'vitest';
import { runSh } from '../../../helpers/run';

const DMESG_HINT = '       dmesg(1) may have more information after failed mount system call.\n';

describe('mount and umount', () => {
  it('lists mounts in util-linux format', () => {
    expect(runSh('mount | head -2').stdout).toBe(
      '/dev/root on / type tmpfs (rw,relatime)\nproc on /proc type proc (rw,nosuid,nodev,noexec,relatime)\n',
    );
  });

  it('mounts tmpfs with options, binds, and lists by type', () => {
    const r = runSh(
      'mkdir -p /tmp/mt /tmp/mt2 /tmp/mt3; mount -t tmpfs -o ro,size=1m,nosuid,mode=700 tmpfs /tmp/mt3; ' +
        'mount -t tmpfs -o size=1m tmpfs /tmp/mt; mount -v --bind /tmp/mt /tmp/mt2; mount -t tmpfs | grep /tmp/mt',
    );
    expect(r.stdout).toBe(
      'mount: /tmp/mt bound on /tmp/mt2.\n' +
        'tmpfs on /tmp/mt3 type tmpfs (ro,nosuid,relatime,size=1024k,mode=700)\n' +
        'tmpfs on /tmp/mt type tmpfs (rw,relatime,size=1024k)\n' +
        'tmpfs on /tmp/mt2 type tmpfs (rw,relatime,size=1024k)\n',
    );
  });

  it('reports mount(2) failures in libmount words, exit 32', () => {
    const r = runSh(
      'mount -t tmpfs tmpfs /nonexist; echo rc=$?; mount -t foo x /mnt; mount --bind /nope /mnt; ' +
        'mount none /mnt; mount /etc/hostname /mnt; mount -t tmpfs tmpfs /etc/hostname; ' +
        'mount --make-private /tmp; mount -o remount,ro /tmp; echo rc=$?',
    );
    expect(r.stderr).toBe(
      'mount: /nonexist: mount point does not exist.\n' +
        DMESG_HINT +
        "mount: /mnt: unknown filesystem type 'foo'.\n" +
        DMESG_HINT +
        'mount: /mnt: special device /nope does not exist.\n' +
        DMESG_HINT +
        'mount: /mnt: special device none does not exist.\n' +
        DMESG_HINT +
        'mount: /mnt: /etc/hostname is not a block device; try "-o loop".\n' +
        DMESG_HINT +
        'mount: /etc/hostname: mount point is not a directory.\n' +
        DMESG_HINT +
        'mount: /tmp: not mount point or bad option.\n' +
        DMESG_HINT +
        'mount: /tmp: mount point not mounted or bad option.\n' +
        DMESG_HINT,
    );
    expect(r.stdout).toBe('rc=32\nrc=32\n');
  });

  it('usage errors exit 1', () => {
    expect(runSh('mount a b c; echo $?; mount -z; echo $?; mount /mnt; echo $?').output).toBe(
      "mount: bad usage\nTry 'mount --help' for more information.\n1\n" +
        "mount: invalid option -- 'z'\nTry 'mount --help' for more information.\n1\n" +
        "mount: /mnt: can't find in /etc/fstab.\n1\n",
    );
  });

  it('umount: not mounted, busy, recursive, lazy', () => {
    const r = runSh(
      'mkdir -p /tmp/mt; umount /tmp/mt; echo $?; umount /nonexist; umount; echo $?; ' +
        'mount -t tmpfs tmpfs /tmp/mt; mkdir /tmp/mt/a; mount -t tmpfs tmpfs /tmp/mt/a; ' +
        'cd /tmp/mt/a; umount /tmp/mt/a; cd /; umount -v -R /tmp/mt; echo $?; umount -R /tmp/mt; umount -R /nonex; echo $?',
    );
    expect(r.output).toBe(
      'umount: /tmp/mt: not mounted.\n32\numount: /nonexist: no mount point specified.\n' +
        "umount: bad usage\nTry 'umount --help' for more information.\n1\n" +
        'umount: /tmp/mt/a: target is busy.\n' +
        'umount: /tmp/mt/a unmounted\numount: /tmp/mt unmounted\n0\n' +
        'umount: /tmp/mt: not mounted\numount: /nonex: not found\n1\n',
    );
  });
});

describe('df', () => {
  it('shows a tmpfs as GNU df does', () => {
    const r = runSh(
      'mkdir /tmp/mt; mount -t tmpfs -o size=8m tmpfs /tmp/mt; df -h /tmp/mt; df -hT /tmp/mt; ' +
        'df --total -h /tmp/mt; df -k /tmp/mt | tail -1; df -B512 /tmp/mt | head -1',
    );
    expect(r.stdout).toBe(
      'Filesystem      Size  Used Avail Use% Mounted on\ntmpfs           8.0M     0  8.0M   0% /tmp/mt\n' +
        'Filesystem     Type   Size  Used Avail Use% Mounted on\ntmpfs          tmpfs  8.0M     0  8.0M   0% /tmp/mt\n' +
        'Filesystem      Size  Used Avail Use% Mounted on\ntmpfs           8.0M     0  8.0M   0% /tmp/mt\ntotal           8.0M     0  8.0M   0% -\n' +
        'tmpfs               8192     0      8192   0% /tmp/mt\n' +
        'Filesystem     512B-blocks  Used Available Use% Mounted on\n',
    );
  });

  it('hides pseudo filesystems unless -a', () => {
    const plain = runSh('df').stdout;
    expect(plain).toMatch(/^Filesystem {5}1K-blocks {2}Used Available Use% Mounted on\n/);
    expect(plain).not.toMatch(/proc|sysfs|devpts/);
    expect(runSh('df -Pa | grep proc').stdout).toBe(
      'proc                     0     0         0        - /proc\n',
    );
  });

  it('errors', () => {
    expect(
      runSh('df /nonexist; echo $?; df -x tmpfs -t tmpfs; echo $?; df -t foo; echo $?; df -Bx; echo $?')
        .output,
    ).toBe(
      'df: /nonexist: No such file or directory\n1\n' +
        'df: file system type ‘tmpfs’ both selected and excluded\n1\n' +
        'df: no file systems processed\n1\n' +
        "df: invalid -B argument 'x'\n1\n",
    );
  });
});

describe('dmesg', () => {
  it('reads, strips timestamps, clears', () => {
    const r = runSh('dmesg | head -1; dmesg -t | head -1; dmesg -C; dmesg | wc -l; dmesg x');
    expect(r.stdout).toMatch(/^\[ {4}0\.000000\] Linux version .*\nLinux version .*\n0\n$/);
    expect(r.stderr).toBe("dmesg: bad usage\nTry 'dmesg --help' for more information.\n");
  });
});

describe('timeout', () => {
  it('exit statuses and messages', () => {
    const r = runSh(
      'timeout; echo $?; timeout 1x sleep 1; echo $?; timeout -s FOO 1 true; echo $?; ' +
        'timeout 1 nonexist; echo $?; timeout 0.2 sleep 1; echo $?; timeout -v 0.2 sleep 1; echo $?; ' +
        'timeout --preserve-status 0.2 sleep 1; echo $?; timeout 1 sh -c "exit 3"; echo $?; timeout 0 true; echo $?',
    );
    expect(r.output).toBe(
      "Try 'timeout --help' for more information.\n125\n" +
        "timeout: invalid time interval ‘1x’\nTry 'timeout --help' for more information.\n125\n" +
        "timeout: ‘FOO’: invalid signal\nTry 'timeout --help' for more information.\n125\n" +
        'timeout: failed to run command ‘nonexist’: No such file or directory\n127\n124\n' +
        'timeout: sending signal TERM to command ‘sleep’\n124\n143\n3\n0\n',
    );
  });

  it('KILL reaches timeout itself too (137)', () => {
    expect(runSh('timeout -s KILL 0.2 sleep 1; echo $?').stdout).toBe('137\n');
    expect(runSh('timeout --foreground -s KILL 0.2 sleep 1; echo $?').stdout).toBe('137\n');
  });
});

describe('which', () => {
  it('finds programs, exit 1 if any is missing, 2 on a bad option', () => {
    expect(runSh('which ls nonexist; echo $?; which -a sh; which; echo $?').stdout).toBe(
      '/usr/bin/ls\n1\n/usr/bin/sh\n/bin/sh\n1\n',
    );
    const bad = runSh('which -z; echo $?');
    expect(bad.stderr).toBe('Illegal option -z\n');
    expect(bad.stdout).toBe('Usage: /usr/bin/which [-a] args\n2\n');
  });
});

describe('stress', () => {
  it('runs CPU hogs for the timeout', () => {
    const r = runSh('stress --cpu 2 --timeout 1s; echo $?; stress -q -c 1 -t 1; echo $?');
    expect(r.stdout).toMatch(
      /^stress: info: \[(\d+)\] dispatching hogs: 2 cpu, 0 io, 0 vm, 0 hdd\nstress: info: \[\1\] successful run completed in 1s\n0\n0\n$/,
    );
  });
  it('rejects bad arguments like stress 1.0.7', () => {
    expect(
      runSh('stress --bogus; stress --cpu x; stress -c 0; stress -c; stress -c 1 -t 1x').stderr.replace(
        /\[\d+\]/g,
        '[N]',
      ),
    ).toBe(
      'stress: FAIL: [N] (251) unrecognized option: --bogus\n' +
        'stress: FAIL: [N] (665) unrecognized suffix: x\n' +
        'stress: FAIL: [N] (171) invalid number of cpu hogs: 0\n' +
        "stress: FAIL: [N] (167) missing argument to option '--cpu'\n" +
        'stress: FAIL: [N] (723) unrecognized suffix: x\n',
    );
  });
});

describe('busybox', () => {
  it('banner, applets, unknown applet', () => {
    const r = runSh('busybox | head -2; busybox echo hi; busybox foo; echo $?');
    expect(r.output).toBe(
      'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n' +
        'BusyBox is copyrighted by many authors between 1998-2015.\nhi\nfoo: applet not found\n127\n',
    );
  });
  it('runs as the applet a link is named after, from a copy outside /usr/bin', () => {
    const r = runSh(
      'mkdir -p /tmp/r/bin /tmp/r/proc; cp /bin/busybox /tmp/r/bin/; ln -s busybox /tmp/r/bin/sh; ' +
        'cd /tmp/r && /tmp/r/bin/sh -c "echo \\$0; /tmp/r/bin/busybox ls /tmp/r"',
    );
    expect(r.stdout).toBe('/tmp/r/bin/sh\nbin\nproc\n');
  });
});

describe('man and help', () => {
  it('man: header, missing page, no argument', () => {
    const r = runSh('man ls | head -4; man nonexist; echo $?; man; echo $?');
    expect(r.output).toBe(
      'LS(1)                       General Commands Manual                      LS(1)\n\nNAME\n' +
        '       ls - list directory contents\n' +
        'No manual entry for nonexist\n16\n' +
        "What manual page do you want?\nFor example, try 'man man'.\n1\n",
    );
  });
  it('/bin/help lists commands with their summaries', () => {
    const r = runSh('/bin/help | grep -E "^  (mount|timeout) "; /bin/help nosuch; echo $?');
    expect(r.stdout).toMatch(
      /^ {2}mount +mount a filesystem\n {2}timeout +run a command with a time limit\n1\n$/,
    );
  });
});

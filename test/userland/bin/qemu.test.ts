// qemu-system-x86_64, the VM prop: one host process holding its guest's memory. Option errors
// and the SeaBIOS/console bytes were recorded from Debian 12's qemu-system-x86 (QEMU 7.2.22);
// the ~40 MB qemu needs before a guest runs was measured there (VmRSS of `-m 1G -display none
// -daemonize` with no disk: 39860 kB). The guest's ~200 MB is the source material's figure.

import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/world';
import { runSh } from '../../helpers/run';

const MiB_KB = 1024;
const vmRssKb = (out: string, label = 'VmRSS'): number =>
  Number(new RegExp(`${label}:\\s+(\\d+) kB`).exec(out)?.[1] ?? NaN);

describe('qemu-system-x86_64: option errors as QEMU 7.2 words them', () => {
  const size =
    "Parameter 'size' expects a non-negative number below 2^64\n" +
    'Optional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\n' +
    'and exabytes, respectively.\n';
  const cases: Array<[string, string]> = [
    ['-m foo', `qemu-system-x86_64: -m foo: ${size}`],
    ['-m 2X', `qemu-system-x86_64: -m 2X: ${size}`],
    ['-m -5', `qemu-system-x86_64: -m -5: ${size}`],
    ['-m', 'qemu-system-x86_64: -m: requires an argument\n'],
    ['-smp', 'qemu-system-x86_64: -smp: requires an argument\n'],
    ['-smp foo', "qemu-system-x86_64: Parameter 'smp.cpus' expects integer\n"],
    [
      '-smp 99999',
      "qemu-system-x86_64: Invalid SMP CPUs 99999. The max CPUs supported by machine 'pc-i440fx-7.2' is 255\n",
    ],
    ['-bogus', 'qemu-system-x86_64: -bogus: invalid option\n'],
    ['-hda /nonexist.img', "qemu-system-x86_64: -hda /nonexist.img: Could not open '/nonexist.img': No such file or directory\n"], // prettier-ignore
    ['extra.img', "qemu-system-x86_64: extra.img: Could not open 'extra.img': No such file or directory\n"],
    ['-kernel /nonexist', "qemu: could not open kernel file '/nonexist': No such file or directory\n"],
    ['-nographic -daemonize', 'qemu-system-x86_64: -nographic cannot be used with -daemonize\n'],
    ['-display foo', "qemu-system-x86_64: -display foo: Parameter 'type' does not accept value 'foo'\n"],
    [
      '-enable-kvm',
      'Could not access KVM kernel module: No such file or directory\n' +
        'qemu-system-x86_64: failed to initialize kvm: No such file or directory\n',
    ],
    [
      '-accel kvm',
      'Could not access KVM kernel module: No such file or directory\n' +
        'qemu-system-x86_64: -accel kvm: failed to initialize kvm: No such file or directory\n',
    ],
    ['-m 100T', "qemu-system-x86_64: cannot set up guest memory 'pc.ram': Cannot allocate memory\n"],
  ];
  it.each(cases)('%s', (args, message) => {
    const r = runSh(`qemu-system-x86_64 ${args}`);
    expect(r.stderr).toBe(message);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
  });

  it('--version prints the Debian build, status 0', () => {
    const r = runSh('qemu-system-x86_64 --version');
    expect(r.stdout).toBe(
      'QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)\n' +
        'Copyright (c) 2003-2022 Fabrice Bellard and the QEMU Project developers\n',
    );
    expect(r.status).toBe(0);
  });
});

describe('qemu-system-x86_64 -nographic: the guest console', () => {
  // Keys come on stdin, read once the guest's getty runs: a login, a password, then Ctrl-A x.
  const r = runSh('qemu-system-x86_64 -m 1G -smp 2 -nographic; echo rc=$?', {
    stdin: 'root\rsecret\r',
  });
  const out = r.stdout.replace(/\r/g, '');

  it('prints SeaBIOS, boots Linux 6.1 with timestamps, systemd, and a login prompt', () => {
    expect(out).toContain('SeaBIOS (version 1.16.2-debian-1.16.2-1)\n');
    expect(out).toContain('Booting from Hard Disk...\n');
    expect(out).toMatch(
      /^\[ {4}0\.000000\] Linux version 6\.1\.0-18-amd64 \(debian-kernel@lists\.debian\.org\)/m,
    );
    expect(out).toContain('smpboot: Allowing 2 CPUs, 0 hotplug CPUs');
    expect(out).toContain('Welcome to \x1b[1mDebian GNU/Linux 12 (bookworm)\x1b[0m!');
    expect(out).toContain('\nDebian GNU/Linux 12 debian ttyS0\n\ndebian login: ');
    const stamps = [...out.matchAll(/^\[ *(\d+\.\d{6})\] /gm)].map((m) => Number(m[1]));
    expect(stamps.length).toBeGreaterThan(20);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(stamps.at(-1)!).toBeGreaterThan(1);
  });

  it('echoes the login name, not the password, and turns the login down', () => {
    expect(out).toContain('debian login: root\nPassword: \n\nLogin incorrect\ndebian login: ');
    expect(out).not.toContain('secret');
  });

  it('keeps running at end of input, like qemu reading </dev/null (killed at the timeout)', () => {
    expect(out).not.toContain('rc=');
  });
});

describe('qemu-system-x86_64: Ctrl-A x and signals end it with status 0', () => {
  it('Ctrl-A h lists the keys, Ctrl-A x prints "QEMU: Terminated"', () => {
    const r = runSh('qemu-system-x86_64 -nographic; echo rc=$?', { stdin: '\x01h\x01x' });
    expect(r.stdout).toContain('\n\rC-a h    print this help\n\rC-a x    exit emulator\n\r');
    expect(r.stdout.endsWith('debian login: \n\rC-a h    print this help')).toBe(false);
    expect(r.stdout).toContain('C-a C-a  sends C-a\n\rQEMU: Terminated\n\rrc=0\n');
  });

  it('SIGTERM: "terminating on signal 15"', () => {
    const r = runSh('qemu-system-x86_64 -display none & sleep 1; kill $!; wait $!; echo rc=$?');
    expect(r.stderr).toBe('qemu-system-x86_64: terminating on signal 15\n');
    expect(r.stdout).toBe('rc=0\n');
  });

  it("with no display named, says the GUI modules are missing and serves VNC, as Debian's package does", () => {
    const r = runSh('qemu-system-x86_64 & sleep 1; kill $!; wait $!');
    expect(r.stderr).toBe(
      'qemu: module ui-ui-gtk not found, do you want to install qemu-system-gui package?\n' +
        'qemu: module ui-ui-sdl not found, do you want to install qemu-system-gui package?\n' +
        'VNC server running on 127.0.0.1:5900\n' +
        'qemu-system-x86_64: terminating on signal 15\n',
    );
  });

  it('-kernel boots "from ROM" with -append as the kernel command line; -hda warns about raw probing', () => {
    const k = runSh(
      "touch /boot-vmlinuz; qemu-system-x86_64 -kernel /boot-vmlinuz -append 'console=ttyS0 quiet' -nographic",
      { stdin: '\x01x' },
    );
    expect(k.stdout).toContain('Booting from ROM...');
    expect(k.stdout).toContain('] Command line: console=ttyS0 quiet\r\n');
    const d = runSh('touch x.img; qemu-system-x86_64 -hda x.img -display none & sleep 1; kill $!; wait', {});
    expect(d.stderr).toContain(
      "WARNING: Image format was not specified for 'x.img' and probing guessed raw.\n" +
        '         Automatically detecting the format is dangerous for raw images, write operations on block 0 will be restricted.\n' +
        "         Specify the 'raw' format explicitly to remove the restrictions.\n",
    );
  });
});

describe('qemu-system-x86_64: the VM is one host process holding its guest memory', () => {
  it('-daemonize returns at once; the guest boots on and idles at about 200 MB resident', () => {
    const r = runSh(
      'qemu-system-x86_64 -m 1G -display none -daemonize -pidfile /run/vm.pid; echo rc=$?; pid=$(cat /run/vm.pid); ' +
        'grep VmRSS /proc/$pid/status; sleep 10; grep -E "^(Name|PPid|VmRSS)" /proc/$pid/status; ' +
        'ps -o comm= -C qemu-system-x86 | wc -l; cut -d" " -f14 /proc/$pid/stat',
    );
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('rc=0');
    const early = vmRssKb(lines[1]!);
    expect(early).toBeGreaterThanOrEqual(40 * MiB_KB);
    expect(early).toBeLessThan(60 * MiB_KB);
    expect(lines[2]).toBe('Name:\tqemu-system-x86');
    expect(lines[3]).toBe('PPid:\t1');
    const booted = vmRssKb(lines[4]!);
    expect(booted).toBeGreaterThanOrEqual(195 * MiB_KB);
    expect(booted).toBeLessThanOrEqual(205 * MiB_KB);
    expect(lines[5]).toBe('1');
    // Booting cost CPU: more than a second of user time (in clock ticks of 10 ms).
    expect(Number(lines[6])).toBeGreaterThan(100);
  });

  it('a guest touches no more than its RAM: the default 128M gives a smaller process', () => {
    const r = runSh(
      'qemu-system-x86_64 -display none -daemonize -pidfile p; sleep 10; grep VmRSS /proc/$(cat p)/status',
    );
    const rss = vmRssKb(r.stdout);
    expect(rss).toBeGreaterThan(1024 + 39 * MiB_KB + 127 * MiB_KB);
    expect(rss).toBeLessThanOrEqual(1024 + 39 * MiB_KB + 128 * MiB_KB);
  });

  it('its memory is charged to its cgroup, and a limit below it OOM-kills the VM', () => {
    const r = runSh(
      'mkdir /sys/fs/cgroup/vm /sys/fs/cgroup/small; echo 100M > /sys/fs/cgroup/small/memory.max; ' +
        "sh -c 'echo $$ > /sys/fs/cgroup/vm/cgroup.procs; exec qemu-system-x86_64 -m 1G -display none' & sleep 10; " +
        'cat /sys/fs/cgroup/vm/memory.current; kill $!; wait; ' +
        "sh -c 'echo $$ > /sys/fs/cgroup/small/cgroup.procs; exec qemu-system-x86_64 -m 1G -display none'; echo rc=$?; " +
        'cat /sys/fs/cgroup/small/memory.events | grep oom_kill; dmesg | grep -c "Killed process .* (qemu-system-x86)"',
    );
    const [current, rc, oomKill, killed] = r.stdout.trim().split('\n');
    expect(Number(current) / 2 ** 20).toBeCloseTo(200, -1);
    expect(rc).toBe('rc=137');
    expect(oomKill).toBe('oom_kill 1');
    expect(killed).toBe('1');
  });
});

describe('qemu-system-x86_64 on a terminal', () => {
  it('puts the terminal in raw mode, quits on Ctrl-A x and gives the shell back its settings', () => {
    const world = createWorld({ seed: 1 });
    const term = world.openTerminal(120, 40);
    let screen = '';
    term.onOutput((d) => (screen += d));
    world.pump();
    term.input('qemu-system-x86_64 -m 512 -nographic\r');
    world.pump();
    expect(screen).toContain('debian login: ');
    // Ctrl-C goes to the guest (qemu's stdio has no signals): the VM keeps running.
    term.input('\x03');
    world.pump();
    expect(screen).not.toContain('terminating on signal');
    term.input('\x01x');
    world.pump();
    expect(screen).toContain('QEMU: Terminated\r\n\r');
    screen = '';
    term.input('echo after-$?\r');
    world.pump();
    expect(screen).toContain('after-0');
  });

  it('in the background it stops on its tcsetattr (SIGTTOU), and `fg` brings the console back', () => {
    const world = createWorld({ seed: 1 });
    const term = world.openTerminal(100, 30);
    let screen = '';
    term.onOutput((d) => (screen += d));
    world.pump();
    term.input('qemu-system-x86_64 -nographic -m 1G &\r');
    world.pump();
    term.input('jobs\r');
    world.pump();
    // bash 5.2 says "Stopped" whichever signal stopped the job (here SIGTTOU).
    expect(screen).toContain('[1]+  Stopped                 qemu-system-x86_64 -nographic -m 1G\r\n');
    expect(screen).not.toContain('SeaBIOS');
    term.input('fg\r');
    world.pump();
    expect(screen).toContain('debian login: ');
    term.input('\x01x');
    world.pump();
    expect(screen).toMatch(/QEMU: Terminated\r\n\rroot@glasshouse:~# $/);
  });
});

// qemu-system-x86_64 (QEMU 7.2, Debian 12): a TEACHING PROP, NOT AN EMULATOR. It shows what a
// virtual machine is from the host's point of view: ONE host process that holds its guest's
// memory. It maps the guest RAM the guest touches (charged to its memory cgroup like any
// process's memory), spends CPU time booting the guest's own kernel over a few virtual seconds
// and idles at about 200 MB resident, where a container is just a process of ~1 MB. With
// -nographic it prints the guest's boot console (SeaBIOS, Linux 6.1, systemd, a login prompt);
// Ctrl-A x quits, as in qemu. -daemonize (with -display none) runs it in the background.
//
// Simplification: no instruction is emulated; whatever -kernel or disk image is named, the guest
// is the same Debian 12 boot; with no disk at all it boots that guest too (real qemu would find
// no bootable device). Options that change nothing here are accepted and ignored (see args.ts).

import type { Command } from '../../command';
import type { Gen, Program, Sys } from '../../sys';
import { SIGHUP, SIGINT, SIGTERM, SIGCHLD } from '../../../kernel/abi/signal';
import { O_CREAT, O_RDWR, O_TRUNC, O_WRONLY } from '../../../kernel/abi/fcntl';
import { ICANON, ECHO, ISIG, IEXTEN, IXON, ICRNL, OPOST, TCGETS, TCSETSW } from '../../../kernel/abi/termios';
import type { Termios } from '../../../kernel/abi/termios';
import { strerror } from '../../../kernel/abi/errno';
import { STDERR, STDOUT, writeAll } from '../../libc/io';
import { PROG, parseQemuArgs } from './args';
import type { QemuPlan } from './args';
import { SerialConsole } from './console';
import { QEMU_SELF_BYTES } from './guest';
import type { GuestConfig } from './guest';
import { boot, idle, touch } from './machine';
import type { Run } from './machine';

const NO_MEMORY = `${PROG}: cannot set up guest memory 'pc.ram': Cannot allocate memory\n`;
const RAW_PROBE = (path: string): string =>
  `WARNING: Image format was not specified for '${path}' and probing guessed raw.\n` +
  '         Automatically detecting the format is dangerous for raw images, write operations on block 0 will be restricted.\n' +
  "         Specify the 'raw' format explicitly to remove the restrictions.\n";
const NO_GUI =
  'qemu: module ui-ui-gtk not found, do you want to install qemu-system-gui package?\n' +
  'qemu: module ui-ui-sdl not found, do you want to install qemu-system-gui package?\n' +
  'VNC server running on 127.0.0.1:5900\n';

function isTermios(value: unknown): value is Termios {
  return typeof value === 'object' && value !== null && 'lflag' in value;
}

/** qemu's stdio chardev: raw input, no signals from keys (Ctrl-C goes to the guest), output processing kept. */
function rawStdio(t: Termios): Termios {
  return {
    ...t,
    iflag: t.iflag & ~(IXON | ICRNL),
    oflag: t.oflag | OPOST,
    lflag: t.lflag & ~(ICANON | ECHO | ISIG | IEXTEN),
  };
}

/** Checks made before the machine starts: KVM, the kernel and disk files, the RAM size. */
function* preflight(sys: Sys, plan: QemuPlan): Gen<string | null> {
  if (plan.kvm && typeof (yield* sys.stat('/dev/kvm')) === 'number') {
    const where = plan.kvm.option ? `${plan.kvm.option}: ` : '';
    return `Could not access KVM kernel module: No such file or directory\n${PROG}: ${where}failed to initialize kvm: No such file or directory\n`;
  }
  if (plan.kernel !== undefined) {
    const st = yield* sys.stat(plan.kernel);
    if (typeof st === 'number') return `qemu: could not open kernel file '${plan.kernel}': ${strerror(st)}\n`;
  }
  if (plan.disk) {
    const st = yield* sys.stat(plan.disk.path);
    if (typeof st === 'number')
      return `${PROG}: ${plan.disk.option}: Could not open '${plan.disk.path}': ${strerror(st)}\n`;
  }
  const info = yield* sys.sysinfo();
  if (plan.ramBytes > info.totalram + info.totalswap) return NO_MEMORY;
  return null;
}

function guestConfig(plan: QemuPlan): GuestConfig {
  const cmdline =
    plan.kernel !== undefined
      ? (plan.append ?? '')
      : 'BOOT_IMAGE=/boot/vmlinuz-6.1.0-18-amd64 root=PARTUUID=6e2b8ba2-01 ro console=tty0 console=ttyS0,115200';
  return {
    ramBytes: plan.ramBytes,
    cpus: plan.cpus,
    bootFrom: plan.kernel !== undefined ? 'ROM' : 'Hard Disk',
    cmdline,
  };
}

function* writePidfile(sys: Sys, path: string): Gen<boolean> {
  const fd = yield* sys.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600);
  if (fd < 0) {
    yield* writeAll(sys, STDERR, `${PROG}: cannot create PID file: Cannot open pid file: ${strerror(fd)}\n`);
    return false;
  }
  yield* writeAll(sys, fd, `${yield* sys.getpid()}\n`);
  yield* sys.close(fd);
  return true;
}

/** The machine's life in this process: boot, idle, stop. `ready` runs once qemu itself is set up. */
function* runMachine(sys: Sys, plan: QemuPlan, ready: () => Gen<void>): Program {
  const saved = plan.display === 'nographic' ? yield* sys.ioctl(0, TCGETS) : undefined;
  const tty = isTermios(saved);
  const r: Run = {
    sys,
    console: plan.display === 'nographic' ? new SerialConsole() : null,
    tty,
    signal: 0,
    quit: false,
    touched: 0,
    outOfMemory: false,
  };
  for (const sig of [SIGHUP, SIGINT, SIGTERM]) yield* sys.rt_sigaction(sig, (s) => void (r.signal = s));
  if (!(yield* touch(r, QEMU_SELF_BYTES))) return (yield* writeAll(sys, STDERR, NO_MEMORY), 1);
  if (plan.pidfile !== undefined && !(yield* writePidfile(sys, plan.pidfile))) return 1;
  yield* ready();
  // From a background job this tcsetattr stops qemu (SIGTTOU) until `fg` continues it.
  if (tty) yield* sys.ioctl(0, TCSETSW, rawStdio(saved));
  if (yield* boot(r, guestConfig(plan))) yield* idle(r);
  if (tty) yield* sys.ioctl(0, TCSETSW, saved);
  if (r.outOfMemory) return (yield* writeAll(sys, STDERR, NO_MEMORY), 1);
  if (r.signal !== 0) yield* writeAll(sys, STDERR, `${PROG}: terminating on signal ${r.signal}\n`);
  return 0;
}

/** -daemonize: the parent returns once the child has set the machine up; the child runs it. */
function* daemonize(sys: Sys, plan: QemuPlan): Program {
  const p = yield* sys.pipe2(0);
  if (typeof p === 'number') return 1;
  const [rd, wr] = p;
  const pid = yield* sys.clone(SIGCHLD, function* () {
    yield* sys.close(rd);
    yield* sys.setsid();
    return yield* runMachine(sys, plan, function* () {
      const nul = yield* sys.open('/dev/null', O_RDWR);
      for (const fd of [0, 1, 2]) yield* sys.dup2(nul, fd);
      yield* sys.chdir('/');
      yield* sys.write(wr, '\0');
      yield* sys.close(wr);
    });
  });
  yield* sys.close(wr);
  if (pid < 0) return 1;
  const ok = yield* sys.read(rd, 1);
  return typeof ok !== 'number' && ok.length === 1 ? 0 : 1;
}

function* qemuMain(sys: Sys, argv: readonly string[]): Program {
  const plan = parseQemuArgs(argv.slice(1));
  if ('exit' in plan) {
    if (plan.stdout) yield* writeAll(sys, STDOUT, plan.stdout);
    if (plan.stderr) yield* writeAll(sys, STDERR, plan.stderr);
    return plan.exit;
  }
  for (const w of plan.warnings) yield* writeAll(sys, STDERR, w);
  const problem = yield* preflight(sys, plan);
  if (problem) return (yield* writeAll(sys, STDERR, problem), 1);
  if (plan.disk) yield* writeAll(sys, STDERR, RAW_PROBE(plan.disk.path));
  if (plan.display === 'default') yield* writeAll(sys, STDERR, NO_GUI);
  if (plan.processName !== undefined) yield* sys.prctl_set_name(plan.processName);
  if (plan.daemonize) return yield* daemonize(sys, plan);
  return yield* runMachine(sys, plan, function* () {});
}

export const qemu: Command = {
  summary: 'qemu-system-x86_64 - QEMU PC system emulator (a teaching prop: a VM as one host process)',
  synopsis: 'qemu-system-x86_64 [options] [disk_image]',
  description:
    'Start a virtual machine.  -m SIZE sets the guest RAM (default 128M; 512 means 512M; suffixes k, M, G, T), ' +
    '-smp N its CPUs, -name NAME its name, -kernel FILE / -hda FILE what it boots, -nographic puts the guest ' +
    'console on this terminal (Ctrl-A x quits, Ctrl-A h lists the keys), -display none -daemonize runs it in ' +
    'the background (-pidfile FILE records its pid).  On the host the whole VM is this one process: its resident ' +
    'memory is the guest RAM the guest has touched (about 200 MB once a Debian guest has booted).  This is a ' +
    'prop: it emulates no instructions and always boots the same Debian 12 guest.',
  main: qemuMain,
};

// qemu-system-x86_64's command line (QEMU 7.2, Debian 12's qemu-system-x86): single- or
// double-dash options, each taking the next word as its argument whatever it looks like, and one
// bare word for the disk image. Messages are qemu's, checked against the real binary.
//
// Simplification: options this prop does nothing with (-cpu, -drive, -netdev, -device, …) are
// accepted and ignored; -smp reads only the CPU count.

export const PROG = 'qemu-system-x86_64';

const MiB = 1024 * 1024;

export type Display = 'default' | 'none' | 'nographic';

export interface QemuPlan {
  readonly ramBytes: number;
  readonly cpus: number;
  readonly display: Display;
  readonly daemonize: boolean;
  readonly name?: string;
  /** -name process=… : the process name qemu sets with prctl. */
  readonly processName?: string;
  readonly kernel?: string;
  readonly append?: string;
  /** -hda or the bare disk image, as given (with the option that named it, for messages). */
  readonly disk?: { readonly path: string; readonly option: string };
  readonly pidfile?: string;
  readonly kvm: { readonly option: string } | null;
  /** Warnings printed before the machine starts. */
  readonly warnings: readonly string[];
}

export type ParseResult =
  QemuPlan | { readonly exit: number; readonly stdout?: string; readonly stderr?: string };

const WITH_ARG = new Set([
  'm', 'smp', 'name', 'kernel', 'hda', 'display', 'pidfile', 'append', 'initrd', 'accel', 'cpu',
  'machine', 'M', 'drive', 'netdev', 'device', 'nic', 'net', 'serial', 'monitor', 'boot', 'cdrom',
  'hdb', 'hdc', 'hdd', 'fda', 'vga', 'k', 'rtc', 'chardev', 'bios', 'object', 'global', 'qmp',
  'vnc', 'usbdevice', 'fsdev', 'virtfs', 'L', 'D', 'd',
]); // prettier-ignore

const FLAGS = new Set([
  'nographic', 'daemonize', 'enable-kvm', 'version', 'h', 'help', 'snapshot', 'no-reboot',
  'no-shutdown', 'S', 's', 'usb', 'full-screen', 'no-hpet', 'no-acpi',
]); // prettier-ignore

export const VERSION =
  'QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)\n' +
  'Copyright (c) 2003-2022 Fabrice Bellard and the QEMU Project developers\n';

export const USAGE =
  VERSION +
  `usage: ${PROG} [options] [disk_image]\n\n` +
  "'disk_image' is a raw hard disk image for IDE hard disk 0\n\n" +
  'Standard options:\n' +
  '-h or -help     display this help and exit\n' +
  '-version        display version information and exit\n' +
  '-m [size=]megs  configure guest RAM size (default 128M; suffixes k, M, G, T)\n' +
  '-smp [cpus=]n   set the number of CPUs to n\n' +
  '-name string1[,process=string2]\n' +
  '                set the name of the guest; string2 sets the process name\n' +
  '-hda file       use file as IDE hard disk 0 image\n' +
  '-kernel bzImage use bzImage as kernel image\n' +
  '-append cmdline use cmdline as kernel command line\n' +
  '-display none|vnc=display\n' +
  '                select the display backend\n' +
  '-nographic      disable graphical output and redirect serial I/Os to console\n' +
  '-daemonize      daemonize QEMU after initializing the emulated machine\n' +
  '-pidfile file   write PID to file\n' +
  '-enable-kvm     enable KVM full virtualization support\n\n' +
  'During emulation, the following keys are useful:\n' +
  'ctrl-alt-f      toggle full screen\n' +
  'ctrl-alt-n      switch to virtual console n\n' +
  'ctrl-alt        toggle mouse and keyboard grab\n\n' +
  "When using -nographic, press 'ctrl-a h' to get some help.\n";

const SIZE_HELP =
  "Parameter 'size' expects a non-negative number below 2^64\n" +
  'Optional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\n' +
  'and exabytes, respectively.\n';

const SUFFIX: Record<string, number> = {
  b: 1,
  k: 2 ** 10,
  m: 2 ** 20,
  g: 2 ** 30,
  t: 2 ** 40,
  p: 2 ** 50,
  e: 2 ** 60,
};

/** qemu_strtosz with MiB as the default unit: "512" is 512 MiB, "2G", "1.5G", "size=2G,slots=2". */
export function parseRamSize(value: string): number | undefined {
  const first = value.split(',')[0] ?? '';
  const text = first.startsWith('size=') ? first.slice(5) : first;
  const m = /^(\d+(?:\.\d+)?)([bkmgtpe]?)$/i.exec(text);
  if (!m) return undefined;
  const unit = m[2] ? SUFFIX[m[2].toLowerCase()]! : MiB;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes < 2 ** 64 ? bytes : undefined;
}

interface Draft {
  ramBytes: number;
  cpus: number;
  display: Display;
  nographic: boolean;
  daemonize: boolean;
  name?: string;
  processName?: string;
  kernel?: string;
  append?: string;
  disk?: { path: string; option: string };
  pidfile?: string;
  kvm: { option: string } | null;
  warnings: string[];
}

type Fail = { readonly exit: number; readonly stderr: string };

const fail = (message: string): Fail => ({ exit: 1, stderr: message });

function applyName(d: Draft, value: string): void {
  for (const [i, part] of value.split(',').entries()) {
    if (part.startsWith('guest=')) d.name = part.slice(6);
    else if (part.startsWith('process=')) d.processName = part.slice(8);
    else if (i === 0) d.name = part;
  }
}

function applySmp(d: Draft, value: string): Fail | undefined {
  const first = value.split(',')[0] ?? '';
  const count = first.startsWith('cpus=') ? first.slice(5) : first;
  if (!/^\d+$/.test(count)) return fail(`${PROG}: Parameter 'smp.cpus' expects integer\n`);
  const n = Number(count);
  if (n === 0) {
    d.warnings.push(
      `${PROG}: warning: Deprecated CPU topology (considered invalid): CPU topology parameters must be greater than zero\n`,
    );
    return undefined;
  }
  if (n > 255)
    return fail(`${PROG}: Invalid SMP CPUs ${n}. The max CPUs supported by machine 'pc-i440fx-7.2' is 255\n`);
  d.cpus = n;
  return undefined;
}

function applyDisplay(d: Draft, spelt: string, value: string): Fail | undefined {
  const type = value.split(',')[0] ?? '';
  if (type === 'none' || type === 'curses' || type.startsWith('vnc')) d.display = 'none';
  else if (type === 'gtk' || type === 'sdl')
    return fail(
      `qemu: module ui-ui-${type} not found, do you want to install qemu-system-gui package?\n` +
        `${PROG}: Display '${type}' is not available.\n`,
    );
  else return fail(`${PROG}: ${spelt} ${value}: Parameter 'type' does not accept value '${type}'\n`);
  return undefined;
}

/** One option with its argument; returns a failure or undefined. */
function apply(d: Draft, name: string, spelt: string, value: string): Fail | undefined {
  switch (name) {
    case 'm': {
      const bytes = parseRamSize(value);
      if (bytes === undefined) return fail(`${PROG}: ${spelt} ${value}: ${SIZE_HELP}`);
      if (bytes > 0) d.ramBytes = bytes;
      return undefined;
    }
    case 'smp':
      return applySmp(d, value);
    case 'display':
      return applyDisplay(d, spelt, value);
    case 'name':
      applyName(d, value);
      return undefined;
    case 'kernel':
      d.kernel = value;
      return undefined;
    case 'append':
      d.append = value;
      return undefined;
    case 'hda':
      d.disk = { path: value, option: `${spelt} ${value}` };
      return undefined;
    case 'pidfile':
      d.pidfile = value;
      return undefined;
    case 'accel':
      if (value.split(',')[0] === 'kvm') d.kvm = { option: `${spelt} ${value}` };
      return undefined;
    default:
      return undefined;
  }
}

function applyFlag(d: Draft, name: string): void {
  if (name === 'nographic') d.nographic = true;
  else if (name === 'daemonize') d.daemonize = true;
  else if (name === 'enable-kvm') d.kvm = { option: '' };
}

export function parseQemuArgs(args: readonly string[]): ParseResult {
  const d: Draft = { ramBytes: 128 * MiB, cpus: 1, display: 'default', nographic: false, daemonize: false, kvm: null, warnings: [] }; // prettier-ignore
  for (let i = 0; i < args.length; i++) {
    const spelt = args[i]!;
    if (!spelt.startsWith('-')) {
      d.disk = { path: spelt, option: spelt };
      continue;
    }
    const name = spelt.replace(/^--?/, '');
    if (name === 'h' || name === 'help') return { exit: 0, stdout: USAGE };
    if (name === 'version') return { exit: 0, stdout: VERSION };
    if (FLAGS.has(name)) {
      applyFlag(d, name);
      continue;
    }
    if (!WITH_ARG.has(name)) return fail(`${PROG}: ${spelt}: invalid option\n`);
    const value = args[++i];
    if (value === undefined) return fail(`${PROG}: ${spelt}: requires an argument\n`);
    const failed = apply(d, name, spelt, value);
    if (failed) return failed;
  }
  if (d.nographic && d.daemonize) return fail(`${PROG}: -nographic cannot be used with -daemonize\n`);
  const { nographic, ...plan } = d;
  return nographic ? { ...plan, display: 'nographic' } : plan;
}

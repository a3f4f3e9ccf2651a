// The guest's boot, as a script: what the serial console prints at each stage, how much guest
// RAM the stage touches (qemu maps it on the host, so the host sees it as the qemu process's
// resident memory) and the CPU and waiting time it costs. The figures give what the source
// material says of a VM: it boots its own kernel over a few seconds and idles at about 200 MB.
//
// Simplification: one Debian 12 guest, whatever the disk or kernel named; the kernel log is a
// short, believable excerpt of a real one (SeaBIOS 1.16.2, Linux 6.1.0-18-amd64, systemd 252).

export const MiB = 1024 * 1024;

/** qemu's own memory before the guest runs: binary, libraries, TCG buffers (measured: ~40 MB). */
export const QEMU_SELF_BYTES = 39 * MiB;

export type Line =
  /** Printed as is (firmware, systemd). */
  | { readonly raw: string }
  /** A kernel log line, printed with its [ seconds.micros] stamp since the guest kernel started. */
  | { readonly klog: string };

export interface Stage {
  readonly lines: readonly Line[];
  /** Guest RAM touched in this stage, in bytes. */
  readonly touchBytes: number;
  /** Virtual CPU time spent (sys.compute), in ns. */
  readonly cpuNs: number;
  /** Time the guest spends waiting (devices, timers), in ns. */
  readonly waitNs: number;
  /** The guest kernel starts at the beginning of this stage (its clock starts at 0). */
  readonly kernelStart?: boolean;
}

export interface GuestConfig {
  readonly ramBytes: number;
  readonly cpus: number;
  readonly bootFrom: 'ROM' | 'Hard Disk';
  readonly cmdline: string;
}

export const GUEST_RELEASE = '6.1.0-18-amd64';
export const GUEST_HOSTNAME = 'debian';

const OK = (what: string): Line => ({ raw: `[\x1b[0;32m  OK  \x1b[0m] ${what}\r\n` });
const k = (text: string): Line => ({ klog: text });
const ms = (n: number): number => n * 1e6;

function firmware(c: GuestConfig): Stage {
  return {
    lines: [
      { raw: '\x1bc\x1b[2J\x1b[0mSeaBIOS (version 1.16.2-debian-1.16.2-1)\r\n\r\n\r\n' },
      { raw: 'iPXE (http://ipxe.org) 00:03.0 CA00 PCI2.10 PnP PMM+1EFCF160+1EF0F160 CA00\r\n' },
      { raw: 'Press Ctrl-B to configure iPXE (PCI 00:03.0)...\r\n\r\n\r\n' },
      { raw: `Booting from ${c.bootFrom}...\r\n` },
    ],
    touchBytes: 2 * MiB,
    cpuNs: ms(60),
    waitNs: ms(400),
  };
}

function memoryLine(ramBytes: number): string {
  const totalK = Math.floor(ramBytes / 1024) - 392;
  const reservedK = 62128 + Math.floor(totalK / 64);
  return (
    `Memory: ${totalK - reservedK}K/${totalK}K available (14336K kernel code, 2465K rwdata, 9028K rodata, ` +
    `2796K init, 17356K bss, ${reservedK}K reserved, 0K cma-reserved)`
  );
}

function kernelEarly(c: GuestConfig): Stage {
  const lastPage = (Math.floor(c.ramBytes / 4096) - 1).toString(16).padStart(13, '0');
  return {
    kernelStart: true,
    lines: [
      k(
        `Linux version ${GUEST_RELEASE} (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, ` +
          'GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)',
      ),
      k(`Command line: ${c.cmdline}`),
      k('BIOS-provided physical RAM map:'),
      k('BIOS-e820: [mem 0x0000000000000000-0x000000000009fbff] usable'),
      k(`BIOS-e820: [mem 0x0000000000100000-0x${lastPage}fff] usable`),
      k('DMI: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.2-debian-1.16.2-1 04/01/2014'),
      k(`smpboot: Allowing ${c.cpus} CPUs, 0 hotplug CPUs`),
      k(`Kernel command line: ${c.cmdline}`),
      k(memoryLine(c.ramBytes)),
    ],
    touchBytes: 30 * MiB,
    cpuNs: ms(250),
    waitNs: 0,
  };
}

function kernelInit(c: GuestConfig): Stage {
  return {
    lines: [
      k('smp: Bringing up secondary CPUs ...'),
      k(`smp: Brought up 1 node, ${c.cpus} CPU${c.cpus === 1 ? '' : 's'}`),
      k('devtmpfs: initialized'),
      k('NET: Registered PF_INET protocol family'),
      k('Serial: 8250/16550 driver, 4 ports, IRQ sharing enabled'),
      k('00:04: ttyS0 at I/O 0x3f8 (irq = 4, base_baud = 115200) is a 16550A'),
      k('Freeing unused kernel image (initmem) memory: 2796K'),
      k('Run /init as init process'),
    ],
    touchBytes: 20 * MiB,
    cpuNs: ms(400),
    waitNs: ms(200),
  };
}

function rootfs(): Stage {
  return {
    lines: [
      k('ata1.00: ATA-7: QEMU HARDDISK, 2.5+, max UDMA/100'),
      k('sd 0:0:0:0: [sda] 4194304 512-byte logical blocks: (2.15 GB/2.00 GiB)'),
      k(' sda: sda1 sda14 sda15'),
      k('EXT4-fs (sda1): mounted filesystem with ordered data mode. Quota mode: none.'),
      k('Run /sbin/init as init process'),
    ],
    touchBytes: 25 * MiB,
    cpuNs: ms(150),
    waitNs: ms(300),
  };
}

function systemd(): Stage {
  return {
    lines: [
      k(
        'systemd[1]: systemd 252.22-1~deb12u1 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +SECCOMP)',
      ),
      k('systemd[1]: Detected virtualization qemu.'),
      k('systemd[1]: Detected architecture x86-64.'),
      { raw: '\r\nWelcome to \x1b[1mDebian GNU/Linux 12 (bookworm)\x1b[0m!\r\n\r\n' },
      k(`systemd[1]: Hostname set to <${GUEST_HOSTNAME}>.`),
      OK('Created slice system-getty.slice - Slice /system/getty.'),
      OK('Started systemd-journald.service - Journal Service.'),
      OK('Finished systemd-remount-fs.service - Remount Root and Kernel File Systems.'),
      OK('Started systemd-udevd.service - Rule-based Manager for Device Events and Files.'),
      OK('Reached target local-fs.target - Local File Systems.'),
    ],
    touchBytes: 60 * MiB,
    cpuNs: ms(500),
    waitNs: ms(500),
  };
}

function services(): Stage {
  return {
    lines: [
      OK('Started systemd-networkd.service - Network Configuration.'),
      OK('Reached target network.target - Network.'),
      OK('Started cron.service - Regular background program processing daemon.'),
      OK('Started ssh.service - OpenBSD Secure Shell server.'),
      OK('Started serial-getty@ttyS0.service - Serial Getty on ttyS0.'),
      OK('Reached target getty.target - Login Prompts.'),
      OK('Reached target multi-user.target - Multi-User System.'),
      { raw: `\r\nDebian GNU/Linux 12 ${GUEST_HOSTNAME} ttyS0\r\n\r\n` },
    ],
    touchBytes: 23 * MiB,
    cpuNs: ms(300),
    waitNs: ms(600),
  };
}

export const LOGIN_PROMPT = `${GUEST_HOSTNAME} login: `;

/** The boot, stage by stage. A guest never touches more than its RAM. */
export function bootStages(c: GuestConfig): readonly Stage[] {
  const stages = [firmware(c), kernelEarly(c), kernelInit(c), rootfs(), systemd(), services()];
  const wanted = stages.reduce((n, s) => n + s.touchBytes, 0);
  const scale = Math.min(1, c.ramBytes / wanted);
  return stages.map((s) => ({ ...s, touchBytes: Math.floor((s.touchBytes * scale) / 4096) * 4096 }));
}

/** "[    1.234567] " as printk stamps a line. */
export function stamp(ns: number): string {
  const us = Math.max(0, Math.floor(ns / 1000));
  return `[${String(Math.floor(us / 1e6)).padStart(5)}.${String(us % 1e6).padStart(6, '0')}] `;
}

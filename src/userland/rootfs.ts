// The root filesystem's files: a small Debian 12 layout (merged /usr), the configuration files
// programs read (/etc/passwd, /etc/group, /etc/hostname, /etc/motd...), and a man page per command.

import type { Command } from './command';
import { programImage } from '../kernel/abi/binfmt';
import { encode } from '../lib/utf8';

export interface RootfsEntry {
  readonly path: string;
  readonly content: string;
  readonly mode: number;
}

export const ROOTFS_DIRS: ReadonlyArray<readonly [string, number]> = [
  ['/etc', 0o755],
  ['/home', 0o755],
  ['/root', 0o700],
  ['/mnt', 0o755],
  ['/opt', 0o755],
  ['/srv', 0o755],
  ['/boot', 0o755],
  ['/media', 0o755],
  ['/lib64', 0o755],
  ['/run/lock', 0o1777],
  ['/usr/bin', 0o755],
  ['/usr/sbin', 0o755],
  ['/usr/lib', 0o755],
  ['/usr/local/bin', 0o755],
  ['/usr/share/man/man1', 0o755],
  ['/var/log', 0o755],
  ['/var/tmp', 0o1777],
  ['/var/lib', 0o755],
];

export const ROOTFS_SYMLINKS: ReadonlyArray<readonly [string, string]> = [
  ['/bin', 'usr/bin'],
  ['/sbin', 'usr/sbin'],
  ['/lib', 'usr/lib'],
  ['/var/run', '/run'],
  ['/var/lock', '/run/lock'],
];

export const MOTD = `
Welcome to Glasshouse, a see-through Linux machine.

Everything here is simulated, and nothing is hidden: every command you type is
a process made of system calls. Try: ps -ef, ls /proc/self, cat /proc/mounts.
Type 'help' for the list of commands.

`;

function etcFiles(hostname: string): RootfsEntry[] {
  const files: Array<[string, string]> = [
    ['/etc/hostname', `${hostname}\n`],
    [
      '/etc/hosts',
      `127.0.0.1\tlocalhost\n127.0.1.1\t${hostname}\n::1\t\tlocalhost ip6-localhost ip6-loopback\n`,
    ],
    [
      '/etc/passwd',
      'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\n' +
        'sys:x:3:3:sys:/dev:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n' +
        'learner:x:1000:1000:Learner,,,:/home/learner:/bin/bash\n',
    ],
    [
      '/etc/group',
      'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nsudo:x:27:learner\nusers:x:100:\nnogroup:x:65534:\nlearner:x:1000:\n',
    ],
    ['/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n'],
    [
      '/etc/os-release',
      'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\n' +
        'VERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\n',
    ],
    ['/etc/debian_version', '12.8\n'],
    ['/etc/motd', MOTD],
    ['/etc/fstab', '# <file system> <mount point>   <type>  <options>       <dump>  <pass>\n'],
  ];
  return files.map(([path, content]) => ({ path, content, mode: 0o644 }));
}

/** The man page text `man` shows for a command. */
export function manPage(name: string, cmd: Command): string {
  const indent = (text: string): string =>
    text
      .split('\n')
      .map((l) => (l === '' ? '' : `       ${l}`))
      .join('\n');
  return `NAME\n${indent(cmd.summary)}\n\nSYNOPSIS\n${indent(cmd.synopsis)}\n\nDESCRIPTION\n${indent(cmd.description)}\n`;
}

export function rootfsFiles(hostname: string, commands: Readonly<Record<string, Command>>): RootfsEntry[] {
  const out = etcFiles(hostname);
  out.push({
    path: '/root/.bashrc',
    content: '# ~/.bashrc: executed by bash for interactive shells.\n',
    mode: 0o644,
  });
  out.push({ path: '/root/.profile', content: '# ~/.profile: executed by login shells.\n', mode: 0o644 });
  for (const [name, cmd] of Object.entries(commands)) {
    out.push({ path: `/usr/share/man/man1/${name}.1`, content: manPage(name, cmd), mode: 0o644 });
  }
  return out;
}

/** Where each command's executable goes. */
export function binaryPath(name: string): string {
  return name === 'init' ? '/usr/sbin/init' : `/usr/bin/${name}`;
}

/**
 * Sizes of executables whose size learners see (docker history of an image holding a copy):
 * Debian 12's static busybox is 1,982,256 bytes. Others are just the program image.
 */
const PROGRAM_SIZES: Readonly<Record<string, number>> = { busybox: 1982256 };
const images = new Map<string, Uint8Array>();

/** An installed program's executable bytes, padded to its real size; shared between machines. */
export function programFile(name: string): Uint8Array {
  let bytes = images.get(name);
  if (!bytes) {
    const head = encode(programImage(name));
    bytes = new Uint8Array(Math.max(head.length, PROGRAM_SIZES[name] ?? 0));
    bytes.set(head);
    images.set(name, bytes);
  }
  return bytes;
}

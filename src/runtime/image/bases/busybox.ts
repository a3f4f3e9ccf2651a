// busybox and alpine root filesystems. The busybox image (uclibc/glibc variant) holds /bin/busybox
// and every applet as a hard link to it; Alpine links applets to /bin/busybox with symlinks and
// adds apk's database and configuration.

import type { TreeBuilder } from './fs';

/** Applets of Glasshouse's busybox program (bin/busybox.ts) that the images link. */
export const APPLETS = [
  'ash',
  'awk',
  'basename',
  'cat',
  'chgrp',
  'chmod',
  'chown',
  'chroot',
  'clear',
  'cp',
  'cut',
  'date',
  'df',
  'dirname',
  'dmesg',
  'du',
  'echo',
  'env',
  'false',
  'find',
  'free',
  'grep',
  'groups',
  'head',
  'hostname',
  'id',
  'ip',
  'kill',
  'ln',
  'ls',
  'mkdir',
  'mkfifo',
  'mknod',
  'mount',
  'mv',
  'nc',
  'nproc',
  'nsenter',
  'pgrep',
  'ping',
  'pkill',
  'printenv',
  'printf',
  'ps',
  'pwd',
  'readlink',
  'realpath',
  'rm',
  'rmdir',
  'sed',
  'seq',
  'sh',
  'sha256sum',
  'sleep',
  'sort',
  'stat',
  'sync',
  'tail',
  'tar',
  'tee',
  'timeout',
  'top',
  'touch',
  'tr',
  'true',
  'umount',
  'uname',
  'uniq',
  'unshare',
  'uptime',
  'wc',
  'wget',
  'which',
  'whoami',
  'xargs',
  'yes',
] as const;

/** Directories every image's root has, with their modes. */
export function skeleton(b: TreeBuilder, dirs: readonly string[]): void {
  for (const d of dirs) b.dir(d, d === 'root' ? 0o700 : d === 'tmp' || d === 'var/tmp' ? 0o1777 : 0o755);
}

export function busyboxRoot(b: TreeBuilder): void {
  skeleton(b, ['bin', 'dev', 'etc', 'home', 'lib', 'root', 'tmp', 'usr/sbin', 'var/spool/mail', 'var/www']);
  b.exe('bin/busybox');
  for (const a of APPLETS) b.link(`bin/${a}`, 'bin/busybox');
  b.file(
    'etc/group',
    'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\n' +
      'mail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\n' +
      'audio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\n' +
      'lock:x:54:\nnetdev:x:82:\nusers:x:100:\nnogroup:x:65534:\n',
  );
  b.file(
    'etc/passwd',
    'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\n' +
      'bin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\n' +
      'mail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\n' +
      'operator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
  );
  b.file(
    'etc/shadow',
    'root:*::::::\ndaemon:*::::::\nbin:*::::::\nsys:*::::::\nsync:*::::::\n' +
      'mail:*::::::\nwww-data:*::::::\noperator:*::::::\nnobody:*::::::\n',
    0o600,
  );
  b.file('etc/localtime', 'TZif2\n', 0o644);
  b.file('etc/network/if-up.d/.keep', '');
}

const ALPINE_OS_RELEASE = `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.18.4
PRETTY_NAME="Alpine Linux v3.18"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`;

const ALPINE_PACKAGES: readonly [string, string][] = [
  ['alpine-baselayout', '3.4.3-r1'],
  ['alpine-baselayout-data', '3.4.3-r1'],
  ['alpine-keys', '2.4-r1'],
  ['apk-tools', '2.14.0-r2'],
  ['busybox', '1.36.1-r2'],
  ['busybox-binsh', '1.36.1-r2'],
  ['ca-certificates-bundle', '20230506-r0'],
  ['libc-utils', '0.7.2-r5'],
  ['libcrypto3', '3.1.3-r0'],
  ['libssl3', '3.1.3-r0'],
  ['musl', '1.2.4-r2'],
  ['musl-utils', '1.2.4-r2'],
  ['scanelf', '1.3.7-r1'],
  ['ssl_client', '1.36.1-r2'],
  ['zlib', '1.2.13-r1'],
];

export function alpineRoot(b: TreeBuilder): void {
  skeleton(b, [
    'bin',
    'dev',
    'etc/apk/keys',
    'etc/profile.d',
    'home',
    'lib/apk/db',
    'media',
    'mnt',
    'opt',
    'proc',
    'root',
    'run',
    'sbin',
    'srv',
    'sys',
    'tmp',
    'usr/bin',
    'usr/lib',
    'usr/local/bin',
    'usr/sbin',
    'usr/share',
    'var/cache/apk',
    'var/log',
    'var/tmp',
  ]);
  b.exe('bin/busybox');
  for (const a of APPLETS) b.symlink(`bin/${a}`, '/bin/busybox');
  b.exe('sbin/apk', 'apk');
  b.file('etc/os-release', ALPINE_OS_RELEASE).symlink('usr/lib/os-release', '../../etc/os-release');
  b.file('etc/alpine-release', '3.18.4\n');
  b.file('etc/hostname', 'localhost\n');
  b.file('etc/apk/arch', 'x86_64\n');
  b.file('etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nlibc-utils\n');
  b.file(
    'etc/apk/repositories',
    'https://dl-cdn.alpinelinux.org/alpine/v3.18/main\n' +
      'https://dl-cdn.alpinelinux.org/alpine/v3.18/community\n',
  );
  b.file(
    'lib/apk/db/installed',
    ALPINE_PACKAGES.map(([p, v]) => `P:${p}\nV:${v}\nA:x86_64\n`).join('\n') + '\n',
  );
  b.file(
    'etc/passwd',
    'root:x:0:0:root:/root:/bin/ash\nbin:x:1:1:bin:/bin:/sbin/nologin\n' +
      'daemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n',
  );
  b.file(
    'etc/group',
    'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\n' +
      'wheel:x:10:root\nnogroup:x:65533:\nnobody:x:65534:\n',
  );
  b.file('etc/shadow', 'root:*::0:::::\nbin:!::0:::::\ndaemon:!::0:::::\nnobody:!::0:::::\n', 0o640);
  b.file('etc/profile', 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n');
}

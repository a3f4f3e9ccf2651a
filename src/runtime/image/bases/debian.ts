// Debian and Ubuntu root filesystems as their official images ship them: base-files' os-release,
// base-passwd's passwd and group, dpkg's status database, apt sources, and the essential tools
// (each an executable naming the Glasshouse program that plays it).

import type { TreeBuilder } from './fs';
import { skeleton } from './busybox';

export interface DebianRelease {
  /** The /etc/os-release text. */
  readonly osRelease: string;
  /** /etc/debian_version. */
  readonly debianVersion: string;
  /** /bin, /sbin, /lib are symlinks into /usr (bookworm and jammy). */
  readonly mergedUsr: boolean;
  /** apt source lines (written to /etc/apt/sources.list). */
  readonly sources: string;
  readonly packages: readonly [string, string][];
}

export const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

const GROUPS = [
  'root:0', 'daemon:1', 'bin:2', 'sys:3', 'adm:4', 'tty:5', 'disk:6', 'lp:7', 'mail:8', 'news:9',
  'uucp:10', 'man:12', 'proxy:13', 'kmem:15', 'dialout:20', 'fax:21', 'voice:22', 'cdrom:24',
  'floppy:25', 'tape:26', 'sudo:27', 'audio:29', 'dip:30', 'www-data:33', 'backup:34', 'operator:37',
  'list:38', 'irc:39', 'src:40', 'shadow:42', 'utmp:43', 'video:44', 'sasl:45', 'plugdev:46',
  'staff:50', 'games:60', 'users:100', 'nogroup:65534',
]; // prettier-ignore

/** The tools of a Debian base image, by the Glasshouse program that runs them. */
const TOOLS = [
  'bash', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'df', 'dmesg', 'echo', 'false', 'grep',
  'hostname', 'ln', 'ls', 'mkdir', 'mknod', 'mount', 'mv', 'pwd', 'readlink', 'rm', 'rmdir', 'sed',
  'sleep', 'stat', 'sync', 'tar', 'touch', 'true', 'umount', 'uname', 'which',
  'basename', 'cut', 'dirname', 'du', 'env', 'find', 'groups', 'head', 'id', 'mawk', 'mkfifo', 'nproc',
  'printenv', 'printf', 'realpath', 'seq', 'sha256sum', 'sort', 'tail', 'tee', 'timeout', 'tr', 'uniq',
  'wc', 'whoami', 'xargs', 'yes', 'chroot', 'pivot_root', 'unshare', 'nsenter', 'lsns',
]; // prettier-ignore

function dpkgStatus(packages: readonly [string, string][]): string {
  return packages
    .map(([p, v]) => `Package: ${p}\nStatus: install ok installed\nArchitecture: amd64\nVersion: ${v}\n`)
    .join('\n');
}

export function debianRoot(b: TreeBuilder, r: DebianRelease): void {
  const usr = r.mergedUsr ? 'usr/' : '';
  skeleton(b, ['boot', 'dev', 'etc/apt/apt.conf.d', 'etc/apt/sources.list.d', 'etc/skel', 'home', 'media',
    'mnt', 'opt', 'proc', 'root', 'run/lock', 'srv', 'sys', 'tmp', 'usr/bin', 'usr/lib/x86_64-linux-gnu',
    'usr/local/bin', 'usr/local/sbin', 'usr/sbin', 'usr/share/doc', 'var/cache/apt', 'var/lib/apt/lists',
    'var/lib/dpkg/info', 'var/log', 'var/mail', 'var/tmp']); // prettier-ignore
  if (r.mergedUsr) {
    for (const d of ['bin', 'lib', 'lib64', 'sbin']) b.symlink(d, `usr/${d}`);
  } else {
    skeleton(b, ['bin', 'lib', 'lib64', 'sbin']);
  }
  for (const t of TOOLS) b.exe(`${usr}bin/${t}`);
  b.exe(`${usr}bin/dash`, 'sh').symlink(`${usr}bin/sh`, 'dash');
  b.symlink('etc/alternatives/awk', '/usr/bin/mawk').symlink('usr/bin/awk', '/etc/alternatives/awk');
  for (const t of ['apt', 'apt-get', 'apt-cache', 'dpkg', 'dpkg-query']) b.exe(`usr/bin/${t}`);
  b.file('etc/os-release', r.osRelease).symlink('usr/lib/os-release', '../../etc/os-release');
  b.file('etc/debian_version', r.debianVersion + '\n');
  b.file('etc/hostname', '');
  b.file('etc/passwd', PASSWD);
  b.file('etc/group', GROUPS.map((g) => g.replace(':', ':x:') + ':\n').join(''));
  b.file('etc/shadow', PASSWD.replace(/:x:.*$/gm, ':*:19675:0:99999:7:::'), 0o640);
  b.file('etc/apt/sources.list', r.sources);
  b.file('etc/skel/.bashrc', '# ~/.bashrc: executed by bash(1) for non-login shells.\n');
  b.file('root/.bashrc', '# ~/.bashrc: executed by bash(1) for non-login shells.\n');
  b.file('root/.profile', '# ~/.profile: executed by Bourne-compatible login shells.\n');
  b.file('var/lib/dpkg/status', dpkgStatus(r.packages));
}

function osRelease(pretty: string, version: string, codename: string): string {
  return `PRETTY_NAME="Debian GNU/Linux ${pretty}"
NAME="Debian GNU/Linux"
VERSION_ID="${version}"
VERSION="${version} (${codename})"
VERSION_CODENAME=${codename}
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;
}

const BASE_PACKAGES = ['base-files', 'base-passwd', 'bash', 'coreutils', 'dash', 'debianutils', 'dpkg',
  'apt', 'findutils', 'grep', 'gzip', 'hostname', 'libc6', 'login', 'mawk', 'mount', 'ncurses-base',
  'passwd', 'perl-base', 'sed', 'sysvinit-utils', 'tar', 'tzdata', 'util-linux']; // prettier-ignore

function packages(version: string): [string, string][] {
  return BASE_PACKAGES.map((p) => [p, version]);
}

export const BOOKWORM: DebianRelease = {
  osRelease: osRelease('12 (bookworm)', '12', 'bookworm'),
  debianVersion: '12.2',
  mergedUsr: true,
  sources: 'deb http://deb.debian.org/debian bookworm main\n',
  packages: packages('12.2'),
};

export const BULLSEYE: DebianRelease = {
  osRelease: osRelease('11 (bullseye)', '11', 'bullseye'),
  debianVersion: '11.8',
  mergedUsr: false,
  sources: 'deb http://deb.debian.org/debian bullseye main\n',
  packages: packages('11.8'),
};

export const BUSTER: DebianRelease = {
  osRelease: osRelease('10 (buster)', '10', 'buster'),
  debianVersion: '10.13',
  mergedUsr: false,
  sources: 'deb http://deb.debian.org/debian buster main\n',
  packages: packages('10.13'),
};

export const JAMMY: DebianRelease = {
  osRelease: `PRETTY_NAME="Ubuntu 22.04.3 LTS"
NAME="Ubuntu"
VERSION_ID="22.04"
VERSION="22.04.3 LTS (Jammy Jellyfish)"
VERSION_CODENAME=jammy
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=jammy
`,
  debianVersion: 'bookworm/sid',
  mergedUsr: true,
  sources: 'deb http://archive.ubuntu.com/ubuntu/ jammy main restricted\n',
  packages: packages('22.04'),
};

// The host side of the container-start bench (performance.md §2.2, §9 G1, §10): an OCI bundle
// with a busybox-static rootfs for runc and crun, and the private mount namespace crun 1.8 needs
// on a host with hybrid cgroups. Linux only, as root; every helper cleans up after itself.

import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BUSYBOX = '/bin/busybox';
const UNIFIED = '/sys/fs/cgroup/unified';

export interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Set when the program could not be started at all (ENOENT: not installed). */
  readonly error?: string;
}

export function run(command: string, args: readonly string[]): Ran {
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    ...(r.error ? { error: r.error.message } : {}),
  };
}

/** Why `command` cannot be used, or undefined when `command --version` works. */
export function missing(command: string): string | undefined {
  const r = run(command, ['--version']);
  if (r.error !== undefined) return `${command} is not installed`;
  return r.status === 0 ? undefined : `${command} --version failed`;
}

/**
 * A bundle in a new temp dir: rootfs/bin/busybox with its applet symlinks, and the config.json of
 * `<runtime> spec` with terminal false and args ["true"] (default namespaces, read-only root).
 */
export function makeBundle(runtime: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'glasshouse-bench-'));
  const bin = join(dir, 'rootfs', 'bin');
  mkdirSync(bin, { recursive: true });
  copyFileSync(BUSYBOX, join(bin, 'busybox'));
  for (const applet of run(BUSYBOX, ['--list']).stdout.split('\n'))
    if (applet && applet !== 'busybox') symlinkSync('busybox', join(bin, applet));
  const spec = run(runtime, ['spec', '--bundle', dir]);
  if (spec.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${runtime} spec: ${spec.stderr.trim()}`);
  }
  const file = join(dir, 'config.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as { process: Record<string, unknown> };
  config.process.terminal = false;
  config.process.args = ['true'];
  writeFileSync(file, JSON.stringify(config, null, 2));
  return dir;
}

export function removeBundle(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function isMountPoint(path: string): boolean {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .some((line) => line.split(' ')[4] === path);
}

/** A mount namespace pinned on a file, entered with `nsenter --mount=<file>`. */
export interface PinnedNs {
  /** The command prefix that runs a program inside it (empty when none was needed). */
  readonly prefix: readonly string[];
  readonly description: string;
  release(): void;
}

/**
 * crun 1.8 refuses hybrid cgroups ("cgroups in hybrid mode not supported"). When the cgroup2
 * "unified" mount exists, pin a private mount namespace without it (`unshare --mount=<file>` on a
 * private bind mount, then `umount` inside) so each run is one `nsenter --mount=<file> crun run`.
 */
export function crunNamespace(dir: string): PinnedNs {
  if (!isMountPoint(UNIFIED))
    return { prefix: [], description: 'crun run directly (no hybrid cgroup mount)', release() {} };
  const pin = join(dir, 'ns');
  mkdirSync(pin);
  const file = join(pin, 'mnt');
  writeFileSync(file, '');
  const steps: [string, string[]][] = [
    ['mount', ['--bind', pin, pin]],
    ['mount', ['--make-private', pin]],
    ['unshare', [`--mount=${file}`, 'umount', UNIFIED]],
  ];
  const release = (): void => {
    run('umount', [file]);
    run('umount', [pin]);
  };
  for (const [command, args] of steps) {
    const r = run(command, args);
    if (r.status !== 0) {
      release();
      throw new Error(`${command} ${args.join(' ')}: ${r.error ?? r.stderr.trim()}`);
    }
  }
  return {
    prefix: ['nsenter', `--mount=${file}`],
    description: `nsenter --mount=F crun run; F: a mount ns without ${UNIFIED} (crun 1.8 rejects hybrid cgroups)`,
    release,
  };
}

// Building a machine: a kernel booted with the chosen profile, the root filesystem installed from
// userland's description, every command installed as an executable, and init started as pid 1.

import { createKernel } from '../kernel';
import type { Kernel, ProgramEntry } from '../kernel';
import { createSys } from '../userland/libc/syscall';
import { commands as userlandCommands } from '../userland/bin';
import { imagePrograms, runtimeCommands } from '../runtime';
import { ROOTFS_DIRS, ROOTFS_SYMLINKS, binaryPath, programFile, rootfsFiles } from '../userland/rootfs';
import type { WorldOptions } from './types';

export const HOSTNAME = 'glasshouse';
export const BASE_ENV: readonly string[] = [
  'HOME=/root',
  'LOGNAME=root',
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'SHELL=/bin/bash',
  'USER=root',
];

const GIB = 1024 ** 3;
const commands = { ...userlandCommands, ...runtimeCommands };

export function bootMachine(options: WorldOptions): Kernel {
  const programs = (name: string): ProgramEntry | undefined =>
    (commands[name] ?? imagePrograms[name])?.main as ProgramEntry | undefined;
  const kernel = createKernel({
    seed: options.seed ?? 1,
    profile: options.profile ?? 'default',
    cpus: options.cpus ?? 2,
    memoryBytes: options.memoryBytes ?? 23 * GIB,
    hostname: HOSTNAME,
    programs,
    sys: createSys(),
  });
  for (const [dir, perm] of ROOTFS_DIRS) kernel.mkdir(dir, perm);
  for (const [path, target] of ROOTFS_SYMLINKS) kernel.installSymlink(path, target);
  for (const f of rootfsFiles(HOSTNAME, commands)) kernel.installFile(f.path, f.content, f.mode);
  for (const name of Object.keys(commands))
    kernel.installFile(binaryPath(name), programFile(name), 0o755, true);
  if (commands.bash) kernel.installSymlink('/usr/bin/sh', 'bash');
  const devnull = kernel.source(new Uint8Array(0));
  const console = kernel.sink(() => {});
  const init = kernel.spawn({
    path: '/sbin/init',
    argv: ['/sbin/init'],
    envp: [],
    stdio: { files: [devnull, console, console] },
    setsid: true,
  });
  if (typeof init === 'number') throw new Error(`cannot start init: ${init}`);
  return kernel;
}

// execve(2) and the binary formats it understands (fs/exec.c, binfmt_script.c).
// An executable is either a "#!interpreter [arg]" script or an ELF-like image whose header names
// the built-in program to run: "\x7fELF" followed by "glasshouse:NAME\n".
// Simplification: there is no machine code; the image only selects one of the installed programs.

import { EACCES, ELOOP, ENOEXEC } from '../abi/errno';
import { ELF_MAGIC, IMAGE_TAG } from '../abi/binfmt';
import { S_IFMT, S_IFREG } from '../abi/stat';
import { SIG_DFL } from '../abi/signal';
import { MS_NOEXEC } from '../abi/mount';
import { decode } from '../../lib/utf8';
import type { KernelCore, ProgramEntry } from '../core';
import type { Task } from './task';
import { lookupPath } from '../vfs/lookup';
import { MAY_EXEC, permission } from '../vfs/permission';
import { RegularInode } from '../vfs/inode';
import { idIn } from '../ns/idmap';

export { programImage } from '../abi/binfmt';

interface Loaded {
  readonly entry: ProgramEntry;
  readonly argv: readonly string[];
  readonly path: string;
}

function load(
  k: KernelCore,
  task: Task,
  path: string,
  argv: readonly string[],
  depth: number,
): Loaded | number {
  if (depth > 4) return -ELOOP;
  const found = lookupPath(task.fs, task.cred, path, { follow: true });
  if (typeof found === 'number') return found;
  const inode = found.inode;
  const data = inode.dataSource();
  if ((inode.mode & S_IFMT) !== S_IFREG || !(data instanceof RegularInode)) return -EACCES;
  if (found.mnt.flags & MS_NOEXEC) return -EACCES;
  const denied = permission(task.cred, inode, MAY_EXEC);
  if (denied < 0) return denied;
  const head = decode(data.bytes().subarray(0, 256));
  if (head.startsWith('#!')) {
    const line = head.slice(2).split('\n')[0]!.trim();
    const space = line.search(/[ \t]/);
    const interp = space < 0 ? line : line.slice(0, space);
    const arg = space < 0 ? '' : line.slice(space).trim();
    if (interp === '') return -ENOEXEC;
    const newArgv = [interp, ...(arg ? [arg] : []), path, ...argv.slice(1)];
    return load(k, task, interp, newArgv, depth + 1);
  }
  if (head.startsWith(ELF_MAGIC)) {
    const at = head.indexOf(IMAGE_TAG);
    const name = at < 0 ? '' : head.slice(at + IMAGE_TAG.length).split('\n')[0]!;
    const entry = k.programs(name);
    if (!entry) return -ENOEXEC;
    return { entry, argv, path };
  }
  return -ENOEXEC;
}

export function sysExecve(
  k: KernelCore,
  task: Task,
  path: string,
  argv: readonly string[],
  envp: readonly string[],
): number | undefined {
  const loaded = load(k, task, path, argv, 0);
  if (typeof loaded === 'number') return loaded;
  task.fds.closeOnExec();
  // Since Linux 5.11 execve moves the task into its time_for_children namespace.
  task.ns = { ...task.ns, time: task.ns.timeForChildren };
  task.ns.time.entered = true;
  task.cred.caps = idIn(task.ns.user, task.cred.euid, 'uid') === 0;
  for (let i = 0; i < task.handlers.length; i++) {
    if (typeof task.handlers[i] === 'function') task.handlers[i] = SIG_DFL;
  }
  const base = path.slice(path.lastIndexOf('/') + 1);
  task.comm = base.slice(0, 15);
  task.cmdline = [...loaded.argv];
  task.environ = [...envp];
  task.exe = loaded.path;
  task.gen = loaded.entry(k.sys, loaded.argv, envp);
  k.emit({ type: 'taskExeced', pid: task.pid, comm: task.comm, timeNs: k.clock.monotonicNs });
  return undefined;
}

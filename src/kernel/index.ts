// src/kernel: the model of one Linux machine. Tasks run programs (generators yielding system
// calls) under a scheduler in virtual time; the VFS joins tmpfs, proc, sysfs and devpts mounts;
// terminals have a line discipline; pipes, signals, sessions and process groups behave as on Linux.
// Invariants: no module-level state (everything hangs off createKernel()'s result), no DOM, no wall
// clock, no Math.random: the same seed and inputs give the same bytes out.
// Simplifications are marked "Simplification:" in each file and in syscall/table.ts.

export { createKernel, Kernel } from './kernel';
export type { KernelOptions, ProgramEntry, SpawnOptions, StdioSpec, Tty } from './kernel';
export { programImage } from './task/exec';
export { SYSCALL_TABLE } from './syscall/table';
export type { KernelEvent } from './events';

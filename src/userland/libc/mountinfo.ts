// The mount table as util-linux and gnulib read it: /proc/self/mountinfo (proc(5)), one line per
// mount: "ID PARENT MAJ:MIN ROOT TARGET VFS-OPTS [OPTIONAL...] - FSTYPE SOURCE FS-OPTS".
// Paths and sources come octal-escaped ("\040" for a space); they are unescaped here.

import type { Gen, Sys } from '../sys';
import { isErr } from '../sys';
import { readText } from './io';

export interface MountEntry {
  readonly id: number;
  readonly parent: number;
  readonly major: number;
  readonly minor: number;
  /** The mount's root within its filesystem ("/" unless a bind mount of a subdirectory). */
  readonly root: string;
  readonly target: string;
  /** Per-mount options: "rw,nosuid,relatime". */
  readonly vfsOptions: string;
  /** Optional fields: "shared:1", "master:2"... */
  readonly optional: readonly string[];
  readonly fstype: string;
  readonly source: string;
  /** Superblock options: "rw,size=1024k". */
  readonly fsOptions: string;
}

/** Undo the kernel's mangle(): "\ooo" octal escapes. */
export function unmangle(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

export function parseMountinfoLine(line: string): MountEntry | null {
  const w = line.split(' ');
  const dash = w.indexOf('-', 6);
  if (w.length < 10 || dash < 0) return null;
  const [major, minor] = (w[2] ?? '0:0').split(':').map(Number);
  return {
    id: Number(w[0]),
    parent: Number(w[1]),
    major: major ?? 0,
    minor: minor ?? 0,
    root: unmangle(w[3]!),
    target: unmangle(w[4]!),
    vfsOptions: w[5]!,
    optional: w.slice(6, dash),
    fstype: unmangle(w[dash + 1] ?? ''),
    source: unmangle(w[dash + 2] ?? ''),
    fsOptions: w[dash + 3] ?? '',
  };
}

export function parseMountinfo(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const e = line === '' ? null : parseMountinfoLine(line);
    if (e) out.push(e);
  }
  return out;
}

/** The mounts of this process's namespace, or -errno if /proc is not mounted. */
export function* readMountinfo(sys: Sys): Gen<MountEntry[] | number> {
  const text = yield* readText(sys, '/proc/self/mountinfo');
  if (isErr(text)) return text;
  return parseMountinfo(text as string);
}

/** The last (topmost) mount whose target is exactly `path`. */
export function findByTarget(mounts: readonly MountEntry[], path: string): MountEntry | undefined {
  for (let i = mounts.length - 1; i >= 0; i--) if (mounts[i]!.target === path) return mounts[i];
  return undefined;
}

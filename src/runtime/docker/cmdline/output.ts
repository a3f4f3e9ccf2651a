// Printing what the parser decided: the one place this folder touches Sys.

import type { Gen, Sys } from '../../../userland/sys';
import { STDERR, STDOUT, writeAll } from '../../../userland/libc/io';

/**
 * Write a DockerOutput (or an invocation's notices) and return its exit status. When both streams
 * have text, the stderr part came first in docker (the global `-h` deprecation notice).
 */
export function* writeUsage(
  sys: Sys,
  out: { readonly stdout: string; readonly stderr: string; readonly status?: number },
): Gen<number> {
  if (out.stderr !== '') yield* writeAll(sys, STDERR, out.stderr);
  if (out.stdout !== '') yield* writeAll(sys, STDOUT, out.stdout);
  return out.status ?? 0;
}

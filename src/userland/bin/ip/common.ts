// Shared state of one `ip` run: global options, output, the link-name maps, netns name lookup,
// and iproute2's matches() prefix rule.

import { O_RDONLY } from '../../../kernel/abi/fcntl';
import type { Gen, Sys } from '../../sys';
import { warn } from '../../libc/io';
import type { Output } from '../../libc/io';
import { dumpLinks, nsidOfFd } from '../../libc/rtnl';
import type { LinkContext } from '../../libc/ipfmt';
import type { LinkMsg } from '../../../kernel/abi/rtnetlink';

/** Where named network namespaces live (iproute2 built with NETNS_RUN_DIR=/run/netns on Debian). */
export const NETNS_RUN_DIR = '/run/netns';

export interface IpOptions {
  oneline: boolean;
  brief: boolean;
  family: number | undefined;
  details: boolean;
}

export interface IpRun {
  readonly sys: Sys;
  readonly out: Output;
  readonly opts: IpOptions;
  readonly envp: readonly string[];
}

/** iproute2 matches(): `arg` is a non-empty prefix of `word`. */
export function matches(arg: string | undefined, word: string): boolean {
  return arg !== undefined && arg.length > 0 && word.startsWith(arg);
}

/** Print an error on stderr and return the exit status. */
export function* fail(run: IpRun, message: string, status: number): Gen<number> {
  yield* run.out.flush();
  yield* warn(run.sys, message);
  return status;
}

/** The names of named network namespaces, by the nsid this namespace gave each. */
export function* netnsNames(sys: Sys): Gen<Map<number, string>> {
  const names = new Map<number, string>();
  for (const name of yield* listNetns(sys)) {
    const fd = yield* sys.open(`${NETNS_RUN_DIR}/${name}`, O_RDONLY);
    if (fd < 0) continue;
    const id = yield* nsidOfFd(sys, fd);
    yield* sys.close(fd);
    if (id >= 0) names.set(id, name);
  }
  return names;
}

export function* listNetns(sys: Sys): Gen<string[]> {
  const fd = yield* sys.open(NETNS_RUN_DIR, O_RDONLY);
  if (fd < 0) return [];
  const entries = yield* sys.getdents64(fd);
  yield* sys.close(fd);
  if (typeof entries === 'number') return [];
  return entries.map((e) => e.name).filter((n) => n !== '.' && n !== '..');
}

export function* linkContext(sys: Sys, links?: readonly LinkMsg[]): Gen<LinkContext> {
  const all = links ?? (yield* dumpLinks(sys));
  const names = new Map(all.map((l) => [l.index, l.ifname] as const));
  return { names, netnsNames: yield* netnsNames(sys) };
}

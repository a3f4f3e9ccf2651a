// `pip install` as pip 20.0.2's legacy resolver does it: requirements are taken in order (the
// given ones, then each one's dependencies as they are discovered), each either "already
// satisfied" or collected from the index (catalogue.ts), then installed dependencies first and
// reported sorted by name.

import type { Gen, Sys } from '../../sys';
import { strerror } from '../../../kernel/abi/errno';
import type { Dist } from './catalogue';
import { canonicalName, compareVersions, findDist } from './catalogue';
import type { Req } from './reqs';
import { fromPath, matches, parseReq, reqText, reqWithFrom } from './reqs';
import type { Installed } from './site';
import { installDist, installedDists, removeDist } from './site';

/** Where pip's messages go: INFO to stdout, WARNING and ERROR to stderr (filtered by -q). */
export interface Log {
  info(text: string): Gen<void>;
  warn(text: string): Gen<void>;
  error(text: string): Gen<void>;
}

export interface InstallOptions {
  readonly site: string;
  /** The site directory as pip displays it (relative to the working directory if inside it). */
  readonly shownSite: string;
  readonly upgrade: boolean;
}

interface Node {
  readonly req: Req;
  readonly dist: Dist | undefined;
  /** Set when the requirement is already satisfied. */
  readonly have: Installed | undefined;
  readonly deps: string[];
}

/** pip's get_installation_order: dependencies before dependents, in discovery order. */
function installOrder(nodes: Map<string, Node>): { req: Req; dist: Dist }[] {
  const order: { req: Req; dist: Dist }[] = [];
  const done = new Set<string>();
  const schedule = (key: string): void => {
    const n = nodes.get(key);
    if (n === undefined || done.has(key)) return;
    done.add(key);
    for (const d of n.deps) schedule(d);
    if (n.have === undefined && n.dist !== undefined) order.push({ req: n.req, dist: n.dist });
  };
  for (const key of nodes.keys()) schedule(key);
  return order;
}

/** Resolve `roots`; false after reporting a requirement the index cannot satisfy. */
function* resolve(
  sys: Sys,
  roots: readonly Req[],
  opts: InstallOptions,
  log: Log,
): Gen<Map<string, Node> | false> {
  const installed = yield* installedDists(sys, opts.site);
  const nodes = new Map<string, Node>();
  const queue: Req[] = [...roots];
  for (let i = 0; i < queue.length; i++) {
    const req = queue[i]!;
    const key = canonicalName(req.name);
    if (nodes.has(key)) continue;
    const dist = findDist(req.name);
    const found = installed.find((x) => canonicalName(x.name) === key);
    const newer =
      dist !== undefined && found !== undefined && compareVersions(dist.version, found.version) > 0;
    const isRoot = i < roots.length;
    let have: Installed | undefined;
    if (found !== undefined && matches(req, found.version) && !(opts.upgrade && isRoot && newer)) {
      have = found;
      const how = opts.upgrade && isRoot ? 'already up-to-date' : 'already satisfied';
      const from = req.from === null ? '' : ` (from ${req.from})`;
      yield* log.info(`Requirement ${how}: ${reqText(req)} in ${opts.shownSite}${from} (${found.version})`);
    } else if (dist === undefined || !matches(req, dist.version)) {
      const versions = dist === undefined ? 'none' : dist.version;
      yield* log.error(
        `ERROR: Could not find a version that satisfies the requirement ${reqWithFrom(req)} (from versions: ${versions})`,
      );
      yield* log.error(`ERROR: No matching distribution found for ${reqWithFrom(req)}`);
      return false;
    } else {
      yield* log.info(`Collecting ${reqText(req)}`);
      yield* log.info(`  Downloading ${dist.file} (${dist.size})`);
    }
    const deps: string[] = [];
    for (const text of dist?.requires ?? []) {
      const dep = parseReq(text, fromPath(req));
      if (typeof dep === 'string') continue;
      deps.push(canonicalName(dep.name));
      queue.push(dep);
    }
    nodes.set(key, { req, dist, have, deps });
  }
  return nodes;
}

export function* install(sys: Sys, roots: readonly Req[], opts: InstallOptions, log: Log): Gen<number> {
  const nodes = yield* resolve(sys, roots, opts, log);
  if (nodes === false) return 1;
  const order = installOrder(nodes);
  if (order.length === 0) return 0;
  yield* log.info(`Installing collected packages: ${order.map((n) => n.req.name).join(', ')}`);
  const installed = yield* installedDists(sys, opts.site);
  for (const n of order) {
    const dist = n.dist;
    const old = installed.find((x) => canonicalName(x.name) === canonicalName(dist.name));
    if (old !== undefined) {
      yield* log.info(`  Attempting uninstall: ${n.req.name}`);
      yield* log.info(`    Found existing installation: ${old.name} ${old.version}`);
      yield* log.info(`    Uninstalling ${old.name}-${old.version}:`);
      yield* removeDist(sys, opts.site, old);
      yield* log.info(`      Successfully uninstalled ${old.name}-${old.version}`);
    }
    const r = yield* installDist(sys, opts.site, dist);
    if (r.err < 0) {
      yield* log.error(
        `ERROR: Could not install packages due to an EnvironmentError: [Errno ${-r.err}] ${strerror(r.err)}: '${r.path}'\n` +
          'Consider using the `--user` option or check the permissions.\n',
      );
      return 1;
    }
  }
  const names = order
    .map((n) => `${n.req.name}-${n.dist!.version}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  yield* log.info(`Successfully installed ${names.join(' ')}`);
  return 0;
}

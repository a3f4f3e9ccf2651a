// ip route: show, add, del (ip/iproute.c).

import { NLM_F_CREATE, NLM_F_EXCL, RTM_DELROUTE, RTM_NEWROUTE } from '../../../kernel/abi/rtnetlink';
import { formatIPv4, networkOf, parseIPv4 } from '../../../lib/inet';
import type { Gen } from '../../sys';
import { dumpLinks, dumpRoutes, linkIndex, talk } from '../../libc/rtnl';
import { routeLine } from '../../libc/ipfmt';
import { fail, matches } from './common';
import type { IpRun } from './common';

export function* ipRoute(run: IpRun, args: string[]): Gen<number> {
  const cmd = args[0];
  if (cmd === undefined || matches(cmd, 'show') || matches(cmd, 'list'))
    return yield* routeShow(run, args.slice(1));
  if (matches(cmd, 'add') || matches(cmd, 'delete')) return yield* routeChange(run, cmd, args.slice(1));
  return yield* fail(run, `Command "${cmd}" is unknown, try "ip route help".`, 255);
}

function* routeShow(run: IpRun, args: string[]): Gen<number> {
  const dev = args[0] === 'dev' ? args[1] : undefined;
  const links = yield* dumpLinks(run.sys);
  const names = new Map(links.map((l) => [l.index, l.ifname] as const));
  const only = dev === undefined ? undefined : links.find((l) => l.ifname === dev)?.index;
  if (dev !== undefined && only === undefined) return yield* fail(run, `Cannot find device "${dev}"`, 1);
  for (const r of yield* dumpRoutes(run.sys)) {
    if (only !== undefined && r.oif !== only) continue;
    let line = routeLine(r, names);
    // With a device filter, iproute2 leaves out "dev NAME".
    if (only !== undefined) line = line.replace(`dev ${dev} `, '');
    yield* run.out.write(`${line}\n`);
  }
  return 0;
}

function parseDst(text: string): { dst: number; len: number } | undefined {
  if (text === 'default' || text === 'all' || text === 'any') return { dst: 0, len: 0 };
  const [a, l] = text.split('/');
  const addr = parseIPv4(a ?? '');
  const len = l === undefined ? 32 : Number(l);
  if (addr === undefined || !/^\d+$/.test(l ?? '32') || len > 32) return undefined;
  return { dst: networkOf(addr, len), len };
}

function* routeChange(run: IpRun, cmd: string, args: string[]): Gen<number> {
  let target: string | undefined;
  let via: string | undefined;
  let dev: string | undefined;
  let metric: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === 'via') via = args[++i];
    else if (word === 'dev' || word === 'oif') dev = args[++i];
    else if (word === 'metric' || word === 'preference' || word === 'priority') metric = Number(args[++i]);
    else if (word === 'to') target = args[++i];
    else target = word;
  }
  const dst = parseDst(target ?? '');
  if (!dst) return yield* fail(run, `Error: any valid prefix is expected rather than "${target ?? ''}".`, 1);
  if (via !== undefined && parseIPv4(via) === undefined)
    return yield* fail(run, `Error: inet address is expected rather than "${via}".`, 1);
  let oif: number | undefined;
  if (dev !== undefined) {
    oif = yield* linkIndex(run.sys, dev);
    if (oif === 0) return yield* fail(run, `Cannot find device "${dev}"`, 1);
  }
  const add = matches(cmd, 'add');
  const err = yield* talk(run.sys, {
    type: add ? RTM_NEWROUTE : RTM_DELROUTE,
    flags: add ? NLM_F_CREATE | NLM_F_EXCL : 0,
    dst: formatIPv4(dst.dst),
    dstLen: dst.len,
    ...(via === undefined ? {} : { gateway: via }),
    ...(oif === undefined ? {} : { oif }),
    ...(metric === undefined ? {} : { metric }),
  });
  return err === undefined ? 0 : yield* fail(run, err, 2);
}

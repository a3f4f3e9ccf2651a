// ip address: show (with -4, -o, -br), add, del, flush (ip/ipaddress.c).

import { AF_INET } from '../../../kernel/abi/socket';
import { RTM_DELADDR, RTM_NEWADDR } from '../../../kernel/abi/rtnetlink';
import type { AddrMsg, LinkMsg } from '../../../kernel/abi/rtnetlink';
import { broadcastOf, formatIPv4, parseIPv4 } from '../../../lib/inet';
import type { Gen } from '../../sys';
import { dumpAddrs, dumpLinks, linkIndex, talk } from '../../libc/rtnl';
import { addrLines, briefAddr, linkHeader, linkLayerLine, oneline } from '../../libc/ipfmt';
import type { LinkContext } from '../../libc/ipfmt';
import { fail, linkContext, matches } from './common';
import type { IpRun } from './common';

export function* ipAddr(run: IpRun, args: string[]): Gen<number> {
  const cmd = args[0];
  if (cmd === undefined || matches(cmd, 'show') || matches(cmd, 'list') || cmd === 'lst')
    return yield* addrShow(run, args.slice(1));
  if (matches(cmd, 'add') || matches(cmd, 'delete')) return yield* addrChange(run, cmd, args.slice(1));
  if (matches(cmd, 'flush')) return yield* addrFlush(run, args.slice(1));
  return yield* fail(run, `Command "${cmd}" is unknown, try "ip address help".`, 255);
}

function* addrShow(run: IpRun, args: string[]): Gen<number> {
  const dev = args[0] === 'dev' ? args[1] : args[0];
  const links = yield* dumpLinks(run.sys);
  const shown = dev === undefined ? links : links.filter((l) => l.ifname === dev);
  if (dev !== undefined && shown.length === 0) return yield* fail(run, `Device "${dev}" does not exist.`, 1);
  const addrs = yield* dumpAddrs(run.sys, run.opts.family);
  const ctx = yield* linkContext(run.sys, links);
  for (const l of shown) {
    const mine = addrs.filter((a) => a.index === l.index);
    if (run.opts.family !== undefined && mine.length === 0) continue;
    yield* run.out.write(showOne(run, l, mine, ctx));
  }
  return 0;
}

function showOne(run: IpRun, l: LinkMsg, mine: readonly AddrMsg[], ctx: LinkContext): string {
  if (run.opts.brief) return `${briefAddr(l, ctx, mine)}\n`;
  if (run.opts.oneline) {
    return mine
      .map((a) => `${oneline([`${l.index}: ${l.ifname}${addrLines(a)[0]}`, addrLines(a)[1]])}\n`)
      .join('');
  }
  const lines = [linkHeader(l, ctx, false)];
  if (run.opts.family === undefined) lines.push(linkLayerLine(l, ctx));
  for (const a of mine) lines.push(...addrLines(a));
  return `${lines.join('\n')}\n`;
}

/** "10.0.0.1/24" → address and prefix length (a bare address is /32). */
function parsePrefix(text: string): { addr: number; len: number } | undefined {
  const [a, l] = text.split('/');
  const addr = parseIPv4(a ?? '');
  const len = l === undefined ? 32 : Number(l);
  if (addr === undefined || !/^\d+$/.test(l ?? '32') || len > 32) return undefined;
  return { addr, len };
}

function* addrChange(run: IpRun, cmd: string, args: string[]): Gen<number> {
  let local: string | undefined;
  let dev: string | undefined;
  let brd: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === 'dev') dev = args[++i];
    else if (word === 'brd' || word === 'broadcast') brd = args[++i];
    else if (word === 'local') local = args[++i];
    else local = word;
  }
  if (dev === undefined) return yield* fail(run, 'Not enough information: "dev" argument is required.', 255);
  const p = local === undefined ? undefined : parsePrefix(local);
  if (!p) return yield* fail(run, `Error: any valid prefix is expected rather than "${local ?? ''}".`, 1);
  const index = yield* linkIndex(run.sys, dev);
  if (index === 0) return yield* fail(run, `Cannot find device "${dev}"`, 1);
  const broadcast = brd === '+' ? formatIPv4(broadcastOf(p.addr, p.len)) : brd;
  const type = matches(cmd, 'add') ? RTM_NEWADDR : RTM_DELADDR;
  const req = { type, index, local: formatIPv4(p.addr), prefixlen: p.len } as const;
  const err = yield* talk(run.sys, broadcast === undefined ? req : { ...req, broadcast });
  return err === undefined ? 0 : yield* fail(run, err, 2);
}

function* addrFlush(run: IpRun, args: string[]): Gen<number> {
  const dev = args[0] === 'dev' ? args[1] : args[0];
  if (dev === undefined) return yield* fail(run, 'Flush requires arguments.', 1);
  const index = yield* linkIndex(run.sys, dev);
  if (index === 0) return yield* fail(run, `Device "${dev}" does not exist.`, 1);
  for (const a of yield* dumpAddrs(run.sys, AF_INET)) {
    if (a.index !== index) continue;
    yield* talk(run.sys, { type: RTM_DELADDR, index, local: a.local, prefixlen: a.prefixlen });
  }
  return 0;
}

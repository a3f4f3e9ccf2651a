// ip link: show, set, add (veth, bridge, dummy) and del (ip/iplink.c, ip/ipaddress.c).

import {
  NLM_F_CREATE,
  NLM_F_EXCL,
  RTM_DELLINK,
  RTM_NEWLINK,
  RTM_SETLINK,
} from '../../../kernel/abi/rtnetlink';
import type { RtRequest } from '../../../kernel/abi/rtnetlink';
import { O_RDONLY } from '../../../kernel/abi/fcntl';
import type { Gen } from '../../sys';
import { dumpLinks, linkIndex, talk } from '../../libc/rtnl';
import { briefLink, linkHeader, linkLayerLine, oneline } from '../../libc/ipfmt';
import { NETNS_RUN_DIR, fail, linkContext, matches } from './common';
import type { IpRun } from './common';

type SetLinkRequest = { -readonly [K in keyof SetLink]: SetLink[K] };
type SetLink = Extract<RtRequest, { type: typeof RTM_SETLINK }>;

export function* ipLink(run: IpRun, args: string[]): Gen<number> {
  const cmd = args[0];
  if (cmd === undefined || matches(cmd, 'show') || matches(cmd, 'list') || cmd === 'lst')
    return yield* linkShow(run, args.slice(1));
  if (matches(cmd, 'set')) return yield* linkSet(run, args.slice(1));
  if (matches(cmd, 'add')) return yield* linkAdd(run, args.slice(1));
  if (matches(cmd, 'delete')) return yield* linkDel(run, args.slice(1));
  if (matches(cmd, 'help'))
    return yield* fail(run, 'Usage: ip link add [link DEV | parentdev NAME] [ name ] NAME', 255);
  return yield* fail(run, `Command "${cmd}" is unknown, try "ip link help".`, 255);
}

/** The device operand: "dev NAME" or just NAME. */
function devArg(args: string[]): { dev: string | undefined; rest: string[] } {
  if (args[0] === 'dev') return { dev: args[1], rest: args.slice(2) };
  return { dev: args[0], rest: args.slice(1) };
}

function* linkShow(run: IpRun, args: string[]): Gen<number> {
  const { dev } = devArg(args);
  const links = yield* dumpLinks(run.sys);
  const shown = dev === undefined ? links : links.filter((l) => l.ifname === dev);
  if (dev !== undefined && shown.length === 0) return yield* fail(run, `Device "${dev}" does not exist.`, 1);
  const ctx = yield* linkContext(run.sys, links);
  for (const l of shown) {
    if (run.opts.brief) {
      yield* run.out.write(`${briefLink(l, ctx)}\n`);
      continue;
    }
    const lines = [linkHeader(l, ctx, true), linkLayerLine(l, ctx)];
    yield* run.out.write(run.opts.oneline ? `${oneline(lines)}\n` : `${lines.join('\n')}\n`);
  }
  return 0;
}

function* linkSet(run: IpRun, args: string[]): Gen<number> {
  const { dev, rest } = devArg(args);
  if (dev === undefined) return yield* fail(run, 'Not enough information: "dev" argument is required.', 255);
  const index = yield* linkIndex(run.sys, dev);
  if (index === 0) return yield* fail(run, `Cannot find device "${dev}"`, 1);
  const req: SetLinkRequest = { type: RTM_SETLINK, index };
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    const value = rest[i + 1];
    if (word === 'up' || word === 'down') req.up = word === 'up';
    else if (word === 'nomaster') req.master = 0;
    else if (value === undefined)
      return yield* fail(run, `Command line is not complete. Try option "help"`, 255);
    else if (word === 'master') {
      const m = yield* linkIndex(run.sys, value);
      if (m === 0)
        return yield* fail(run, `Error: argument "${value}" is wrong: Device does not exist\n`, 255);
      req.master = m;
      i++;
    } else if (word === 'netns') {
      const r = yield* netnsTarget(run, value);
      if (typeof r === 'string') return yield* fail(run, r, 255);
      Object.assign(req, r);
      i++;
    } else if (word === 'name') {
      req.ifname = value;
      i++;
    } else if (word === 'mtu') {
      req.mtu = Number(value);
      i++;
    } else if (word === 'address') {
      req.address = value;
      i++;
    } else return yield* fail(run, `Error: argument "${word}" is wrong: Unknown option`, 255);
  }
  const err = yield* talk(run.sys, req);
  return err === undefined ? 0 : yield* fail(run, err, 2);
}

/** "netns NAME" (a file in /run/netns) or "netns PID". */
function* netnsTarget(run: IpRun, value: string): Gen<{ netnsFd: number } | { netnsPid: number } | string> {
  const fd = yield* run.sys.open(`${NETNS_RUN_DIR}/${value}`, O_RDONLY);
  if (fd >= 0) return { netnsFd: fd };
  if (/^\d+$/.test(value)) return { netnsPid: Number(value) };
  return `Error: argument "${value}" is wrong: Invalid "netns" value\n`;
}

function* linkAdd(run: IpRun, args: string[]): Gen<number> {
  let name: string | undefined;
  let kind: string | undefined;
  let peer: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === 'name' || word === 'dev') name = args[++i];
    else if (word === 'type') {
      kind = args[++i];
      const rest = args.slice(i + 1);
      if (rest[0] === 'peer' && rest[1] === 'name') peer = rest[2];
      break;
    } else name = word;
  }
  if (kind === undefined) return yield* fail(run, 'Not enough information: "type" argument is required', 255);
  if (name === undefined) return yield* fail(run, 'Not enough information: "dev" argument is required.', 255);
  const req = { type: RTM_NEWLINK, flags: NLM_F_CREATE | NLM_F_EXCL, ifname: name, kind } as const;
  const err = yield* talk(run.sys, peer === undefined ? req : { ...req, peer });
  return err === undefined ? 0 : yield* fail(run, err, 2);
}

function* linkDel(run: IpRun, args: string[]): Gen<number> {
  const { dev } = devArg(args);
  if (dev === undefined) return yield* fail(run, 'Not enough information: "dev" argument is required.', 255);
  const index = yield* linkIndex(run.sys, dev);
  if (index === 0) return yield* fail(run, `Cannot find device "${dev}"`, 1);
  const err = yield* talk(run.sys, { type: RTM_DELLINK, index });
  return err === undefined ? 0 : yield* fail(run, err, 2);
}

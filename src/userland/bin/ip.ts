// ip(8) from iproute2 6.1: show and change network devices, addresses, routes and named network
// namespaces of the caller's network namespace, through rtnetlink. Objects and commands may be
// abbreviated as iproute2 allows ("ip a", "ip l sh", "ip r"). Options: -o (one line per record),
// -4, -br (brief), -d (accepted).
// Simplification: only the link, address, route and netns objects; no IPv6 configuration; no JSON.

import type { Command } from '../command';
import { AF_INET, AF_INET6 } from '../../kernel/abi/socket';
import type { Program, Sys } from '../sys';
import { Output, STDOUT } from '../libc/io';
import { fail, matches } from './ip/common';
import type { IpOptions, IpRun } from './ip/common';
import { ipLink } from './ip/link';
import { ipAddr } from './ip/addr';
import { ipRoute } from './ip/route';
import { ipNetns } from './ip/netns';

const USAGE = `Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |
                   link | macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}
`;

/** Objects in iproute2's table order, so abbreviations resolve the same way. */
const OBJECTS = ['address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'ntable', 'link', 'netns'];

function parseOptions(argv: readonly string[]): { opts: IpOptions; rest: string[] } | string {
  const opts: IpOptions = { oneline: false, brief: false, family: undefined, details: false };
  let i = 1;
  for (; i < argv.length && argv[i]!.startsWith('-'); i++) {
    const o = argv[i]!.replace(/^--?/, '');
    if (o === '4') opts.family = AF_INET;
    else if (o === '6') opts.family = AF_INET6;
    else if (matches(o, 'oneline')) opts.oneline = true;
    else if (o.length >= 2 && matches(o, 'brief')) opts.brief = true;
    else if (matches(o, 'details') || matches(o, 'statistics')) opts.details = true;
    else if (o === 'V' || matches(o, 'Version')) return 'version';
    else return `Option "${argv[i]}" is unknown, try "ip -help".`;
  }
  return { opts, rest: argv.slice(i) };
}

function* main(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const out = new Output(sys, STDOUT);
  const parsed = parseOptions(argv);
  const run0: IpRun = {
    sys,
    out,
    envp,
    opts: { oneline: false, brief: false, family: undefined, details: false },
  };
  if (parsed === 'version') {
    yield* out.write('ip utility, iproute2-6.1.0, libbpf 1.1.2\n');
    yield* out.flush();
    return 0;
  }
  if (typeof parsed === 'string') return yield* fail(run0, parsed, 255);
  const run: IpRun = { ...run0, opts: parsed.opts };
  const [object, ...args] = parsed.rest;
  if (object === undefined || matches(object, 'help')) return yield* fail(run, USAGE.trimEnd(), 255);
  const which = OBJECTS.find((o) => matches(object, o));
  let status: number;
  if (which === 'address') status = yield* ipAddr(run, args);
  else if (which === 'route') status = yield* ipRoute(run, args);
  else if (which === 'link') status = yield* ipLink(run, args);
  else if (which === 'netns') status = yield* ipNetns(run, args);
  else return yield* fail(run, `Object "${object}" is unknown, try "ip help".`, 1);
  yield* out.flush();
  return status;
}

export const ip: Command = {
  summary: 'ip - show / manipulate routing, network devices, interfaces and tunnels',
  synopsis: 'ip [ OPTIONS ] OBJECT { COMMAND | help }',
  description:
    'OBJECT is link (show, set DEV up|down|master BR|nomaster|netns NS|name N|mtu N, add NAME type veth peer name PEER | bridge | dummy, del DEV), ' +
    'address (show [dev DEV], add ADDR/LEN [brd +] dev DEV, del, flush), route (show, add PREFIX|default [via GW] [dev DEV] [metric N], del) ' +
    'or netns (list, add NAME, del NAME, exec NAME COMMAND...).\n\nOptions: -o one line per record, -4 IPv4 only, -br brief tables.',
  main,
};

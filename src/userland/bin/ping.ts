// ping(8) from iputils 20221126: send ICMP echo requests through a ping socket and report the
// replies, "Destination Host Unreachable" errors and iputils' summary (loss, rtt min/avg/max/mdev,
// pipe). Options: -c count, -i interval, -W timeout, -q, -s size, -w deadline.
// Simplification: IPv4 only; no -f/-R/-I; the identifier and payload are fixed patterns.

import type { Command } from '../command';
import { EAGAIN, EINTR, strerror } from '../../kernel/abi/errno';
import { AF_INET, IPPROTO_ICMP, SOCK_DGRAM, SOL_SOCKET, SO_RCVTIMEO } from '../../kernel/abi/socket';
import type { Datagram } from '../../kernel/abi/socket';
import { SIGINT } from '../../kernel/abi/signal';
import { CLOCK_MONOTONIC, isErr } from '../sys';
import type { Gen, Program, Sys } from '../sys';
import { getopt } from '../libc/getopt';
import { Output, STDOUT, warn } from '../libc/io';
import { resolveHost, reverseHost } from '../libc/netdb';
import { PingStats, echoRequest, parseInterval, replyTime } from './ping/stats';

const SPECS = [
  { key: 'c', short: 'c', arg: true },
  { key: 'i', short: 'i', arg: true },
  { key: 'W', short: 'W', arg: true },
  { key: 'w', short: 'w', arg: true },
  { key: 's', short: 's', arg: true },
  { key: 'q', short: 'q' },
  { key: 'n', short: 'n' },
  { key: '4', short: '4' },
];

function* now(sys: Sys): Gen<number> {
  const t = yield* sys.clock_gettime(CLOCK_MONOTONIC);
  return t.sec * 1e9 + t.nsec;
}

interface Setup {
  count: number;
  intervalNs: number;
  lingerNs: number;
  deadlineNs: number;
  size: number;
  quiet: boolean;
  host: string;
}

function parse(argv: readonly string[]): Setup | string {
  const r = getopt('ping', argv.slice(1), SPECS);
  if (!r.ok) return r.message;
  const s: Setup = {
    count: 0,
    intervalNs: 1e9,
    lingerNs: 10e9,
    deadlineNs: 0,
    size: 56,
    quiet: false,
    host: '',
  };
  for (const o of r.options) {
    const v = o.value ?? '';
    if (o.key === 'c' || o.key === 's' || o.key === 'w') {
      const n = Number(v);
      const min = o.key === 'c' ? 1 : 0;
      if (!/^\d+$/.test(v) || n < min)
        return `invalid argument: '${v}': out of range: ${min} <= value <= 9223372036854775807`;
      if (o.key === 'c') s.count = n;
      else if (o.key === 's') s.size = n;
      else s.deadlineNs = n * 1e9;
    } else if (o.key === 'i' || o.key === 'W') {
      const ns = parseInterval(v);
      if (ns === undefined) return `bad ${o.key === 'i' ? 'timing interval' : 'linger time'}: ${v}`;
      if (o.key === 'i') s.intervalNs = ns;
      else s.lingerNs = ns;
    } else if (o.key === 'q') s.quiet = true;
  }
  if (r.operands.length === 0) return 'usage error: Destination address required';
  s.host = r.operands[r.operands.length - 1]!;
  return s;
}

function* main(sys: Sys, argv: readonly string[]): Program {
  const s = parse(argv);
  if (typeof s === 'string') {
    yield* warn(sys, `ping: ${s}`);
    return s.startsWith('usage') || s.startsWith('invalid') ? 1 : 2;
  }
  const host = yield* resolveHost(sys, s.host);
  if (!host) {
    yield* warn(sys, `ping: ${s.host}: Name or service not known`);
    return 2;
  }
  const fd = yield* sys.socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
  const c = yield* sys.connect(fd, { family: AF_INET, addr: host.text, port: 0 });
  if (fd < 0 || c < 0) {
    yield* warn(sys, `ping: connect: ${strerror(-(fd < 0 ? fd : c))}`);
    return 2;
  }
  const out = new Output(sys, STDOUT);
  const label = host.numeric
    ? host.text
    : `${(yield* reverseHost(sys, host.text)) ?? host.text} (${host.text})`;
  yield* out.write(`PING ${s.host} (${host.text}) ${s.size}(${s.size + 28}) bytes of data.\n`);
  yield* out.flush();
  let interrupted = false;
  yield* sys.rt_sigaction(SIGINT, () => {
    interrupted = true;
  });
  const stats = new PingStats();
  const start = yield* now(sys);
  const sent = new Map<number, number>();
  const waitUntil = function* (until: number): Gen<boolean> {
    for (;;) {
      if (interrupted || stats.done(s.count)) return false;
      const left = until - (yield* now(sys));
      if (left <= 0) return true;
      yield* sys.setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, left);
      const d = yield* sys.recvfrom(fd, 65536, 0);
      if (d === -EINTR || interrupted) return false;
      if (d === -EAGAIN || isErr(d)) continue;
      yield* report(sys, out, s, stats, sent, d as Datagram, label);
    }
  };
  for (let seq = 1; !interrupted; seq++) {
    const at = start + (seq - 1) * s.intervalNs;
    if (s.deadlineNs && at - start >= s.deadlineNs) break;
    sent.set(seq, yield* now(sys));
    const r = yield* sys.sendto(fd, echoRequest(seq, s.size), 0, null);
    if (r < 0) {
      yield* out.flush();
      yield* warn(sys, `ping: sendmsg: ${strerror(-r)}`);
    }
    stats.transmitted(seq, sent.get(seq)!);
    const last = s.count !== 0 && seq >= s.count;
    const until = last ? (yield* now(sys)) + s.lingerNs : at + s.intervalNs;
    const bounded = s.deadlineNs ? Math.min(until, start + s.deadlineNs) : until;
    if (!(yield* waitUntil(bounded)) || last) break;
  }
  yield* out.write(stats.summary(s.host, start));
  yield* out.flush();
  return stats.received > 0 ? 0 : 1;
}

function* report(
  sys: Sys,
  out: Output,
  s: Setup,
  stats: PingStats,
  sent: Map<number, number>,
  d: Datagram,
  label: string,
): Gen<void> {
  const seq = (d.data[6]! << 8) | d.data[7]!;
  if (d.errno !== undefined) {
    stats.error(seq);
    if (!s.quiet) yield* out.write(`From ${d.from.addr} icmp_seq=${seq} Destination Host Unreachable\n`);
  } else {
    const t = yield* now(sys);
    const us = Math.floor((t - (sent.get(seq) ?? t)) / 1000);
    stats.reply(us, t, seq);
    if (!s.quiet)
      yield* out.write(
        `${d.data.length} bytes from ${label}: icmp_seq=${seq} ttl=${d.ttl} time=${replyTime(us)}\n`,
      );
  }
  yield* out.flush();
}

export const ping: Command = {
  summary: 'ping - send ICMP ECHO_REQUEST to network hosts',
  synopsis: 'ping [-q] [-c count] [-i interval] [-s packetsize] [-W timeout] [-w deadline] destination',
  description:
    'Send ICMP echo requests to DESTINATION (an IPv4 address or a name from /etc/hosts) once a second and ' +
    'print each reply, then a summary.\n\n-c N stop after N packets; -i SEC interval; -W SEC how long to wait ' +
    'for the last replies; -w SEC overall deadline; -s N payload size; -q only the summary.',
  main,
};

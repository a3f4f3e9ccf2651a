// /proc/PID/net (and /proc/net, a link to self/net): the files that show the network namespace of
// the process (net/core/net-procfs.c dev_seq_show, net/ipv4/fib_trie.c fib_route_seq_show).

import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { fixedDir, roFile, rwFile } from '../fs/synthetic';
import { EINVAL } from '../abi/errno';
import type { ChildFactory } from '../fs/synthetic';
import { prefixMask } from '../../lib/inet';
import { stackOf } from './index';
import type { NetStack } from './stack';

const DEV_HEADER =
  'Inter-|   Receive                                                |  Transmit\n' +
  ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n';

export function procNetDev(stack: NetStack): string {
  let out = DEV_HEADER;
  for (const d of stack.list()) {
    const s = d.stats;
    const n = (v: number, w: number): string => String(v).padStart(w);
    out +=
      `${d.name.padStart(6)}: ${n(s.rxBytes, 7)} ${n(s.rxPackets, 7)} ${n(0, 4)} ${n(s.rxDropped, 4)} ${n(0, 4)} ` +
      `${n(0, 5)} ${n(0, 10)} ${n(0, 9)} ${n(s.txBytes, 8)} ${n(s.txPackets, 7)} ${n(0, 4)} ${n(s.txDropped, 4)} ` +
      `${n(0, 4)} ${n(0, 5)} ${n(0, 7)} ${n(0, 10)}\n`;
  }
  return out;
}

/** An address as the kernel prints it here: the raw network-order word read on a little-endian CPU. */
const hex = (addr: number): string =>
  (((addr & 255) << 24) | (((addr >>> 8) & 255) << 16) | (((addr >>> 16) & 255) << 8) | (addr >>> 24))
    .toString(16)
    .toUpperCase()
    .padStart(8, '0')
    .slice(-8);

export function procNetRoute(stack: NetStack): string {
  const pad = (line: string): string => `${line.padEnd(127)}\n`;
  let out = pad('Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT');
  const routes = stack.fib().sort((a, b) => a.dst - b.dst || a.len - b.len || a.metric - b.metric);
  for (const r of routes) {
    const flags = 1 | (r.gateway === undefined ? 0 : 2);
    const fields = [
      r.dev.name,
      hex(r.dst),
      hex(r.gateway ?? 0),
      flags.toString(16).toUpperCase().padStart(4, '0'),
    ];
    out += pad(`${fields.join('\t')}\t0\t0\t${r.metric}\t${hex(prefixMask(r.len))}\t0\t0\t0`);
  }
  return out;
}

/** The net/ directory of /proc/PID. */
export function procNetDir(k: KernelCore, t: Task): ChildFactory {
  const stack = (): NetStack => stackOf(k, t.ns.net);
  return fixedDir(0o555, {
    dev: roFile(() => procNetDev(stack())),
    route: roFile(() => procNetRoute(stack())),
  });
}

/** A 0/1 switch of the reading or writing task's namespace (net.ipv4.* sysctls). */
function sysctl(
  k: KernelCore,
  get: (s: NetStack) => boolean,
  set: (s: NetStack, v: boolean) => void,
): ChildFactory {
  const current = (): NetStack => stackOf(k, k.current?.ns.net ?? k.initNet);
  return rwFile(
    () => `${get(current()) ? 1 : 0}\n`,
    (text) => {
      const v = text.trim();
      if (v !== '0' && v !== '1') return -EINVAL;
      set(current(), v === '1');
      return text.length;
    },
    0o644,
  );
}

/** /proc/sys/net: the per-namespace sysctls the model honours. */
export function procSysNet(k: KernelCore): ChildFactory {
  return fixedDir(0o555, {
    ipv4: fixedDir(0o555, {
      icmp_echo_ignore_all: sysctl(
        k,
        (s) => s.echoIgnoreAll,
        (s, v) => (s.echoIgnoreAll = v),
      ),
      ip_forward: sysctl(
        k,
        (s) => s.forwarding,
        (s, v) => (s.forwarding = v),
      ),
    }),
  });
}

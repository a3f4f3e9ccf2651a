import { describe, expect, it } from 'vitest';
import {
  addrLines,
  briefLink,
  linkFlags,
  linkHeader,
  linkLayerLine,
  routeLine,
} from '../../../src/userland/libc/ipfmt';
import type { LinkContext } from '../../../src/userland/libc/ipfmt';
import type { LinkMsg } from '../../../src/kernel/abi/rtnetlink';
import {
  IFF_BROADCAST,
  IFF_LOOPBACK,
  IFF_LOWER_UP,
  IFF_MULTICAST,
  IFF_RUNNING,
  IFF_UP,
} from '../../../src/kernel/abi/rtnetlink';
import { compress6, formatIPv4, linkLocal6, parseIPv4, parseMac, prefixMask } from '../../../src/lib/inet';
import { max5, meterLine } from '../../../src/userland/bin/curl/meter';
import { PingStats, replyTime } from '../../../src/userland/bin/ping/stats';
import { parseUrl } from '../../../src/userland/libc/http';

// Expected strings are lines printed by iproute2 6.1, iputils 20221126 and curl 7.88.1 on Debian 12.

const stats = { rxBytes: 0, rxPackets: 0, txBytes: 0, txPackets: 0, rxDropped: 0, txDropped: 0 };
const veth = (over: Partial<LinkMsg>, peer = true): LinkMsg => ({
  index: 6,
  ifname: 'veth0',
  flags: IFF_BROADCAST | IFF_MULTICAST,
  mtu: 1500,
  qdisc: 'noop',
  operstate: 'DOWN',
  txqlen: 1000,
  linkType: 'ether',
  address: '0e:22:00:ca:6f:86',
  broadcast: 'ff:ff:ff:ff:ff:ff',
  stats,
  kind: 'veth',
  ...(peer ? { link: 5 } : {}),
  ...over,
});
const ctx: LinkContext = {
  names: new Map([
    [5, 'veth1'],
    [7, 'br0'],
  ]),
  netnsNames: new Map([[0, 't1']]),
};

describe('ip formats', () => {
  it('link flags', () => {
    expect(linkFlags(IFF_LOOPBACK, false)).toBe('<LOOPBACK>');
    expect(linkFlags(IFF_BROADCAST | IFF_MULTICAST | IFF_UP, true)).toBe(
      '<NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN>',
    );
    expect(linkFlags(IFF_LOOPBACK | IFF_UP | IFF_RUNNING | IFF_LOWER_UP, false)).toBe(
      '<LOOPBACK,UP,LOWER_UP>',
    );
  });
  it('veth headers in the same and in another namespace', () => {
    expect(linkHeader(veth({ peerDown: true }), ctx, true)).toBe(
      '6: veth0@veth1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000',
    );
    const moved = veth({ linkNetnsid: 0, master: 7 });
    expect(linkHeader(moved, ctx, true)).toBe(
      '6: veth0@if5: <BROADCAST,MULTICAST> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000',
    );
    expect(linkLayerLine(moved, ctx)).toBe(
      '    link/ether 0e:22:00:ca:6f:86 brd ff:ff:ff:ff:ff:ff link-netns t1',
    );
    expect(linkLayerLine(veth({ linkNetnsid: 1 }), ctx)).toBe(
      '    link/ether 0e:22:00:ca:6f:86 brd ff:ff:ff:ff:ff:ff link-netnsid 1',
    );
  });
  it('addresses, routes and brief lines', () => {
    const a = {
      family: 2,
      index: 4,
      prefixlen: 24,
      scope: 'global',
      local: '192.0.2.2',
      broadcast: '192.0.2.255',
      label: 'eth0',
    } as const;
    expect(addrLines(a)).toEqual([
      '    inet 192.0.2.2/24 brd 192.0.2.255 scope global eth0',
      '       valid_lft forever preferred_lft forever',
    ]);
    expect(
      addrLines({ family: 10, index: 1, prefixlen: 128, scope: 'host', local: '::1', label: 'lo' })[0],
    ).toBe('    inet6 ::1/128 scope host ');
    const names = new Map([
      [4, 'eth0'],
      [9, 'va'],
    ]);
    expect(
      routeLine(
        { dst: '0.0.0.0', dstLen: 0, gateway: '192.0.2.1', oif: 4, protocol: 'boot', scope: 'global' },
        names,
      ),
    ).toBe('default via 192.0.2.1 dev eth0 ');
    expect(
      routeLine(
        { dst: '192.0.2.0', dstLen: 24, oif: 4, protocol: 'kernel', scope: 'link', prefsrc: '192.0.2.2' },
        names,
      ),
    ).toBe('192.0.2.0/24 dev eth0 proto kernel scope link src 192.0.2.2 ');
    expect(
      routeLine(
        { dst: '10.60.0.0', dstLen: 24, oif: 9, protocol: 'boot', scope: 'link', linkdown: true },
        names,
      ),
    ).toBe('10.60.0.0/24 dev va scope link linkdown ');
    const lo = veth(
      {
        index: 1,
        ifname: 'lo',
        flags: IFF_LOOPBACK | IFF_UP | IFF_RUNNING | IFF_LOWER_UP,
        operstate: 'UNKNOWN',
        address: '00:00:00:00:00:00',
      },
      false,
    );
    expect(briefLink(lo, ctx)).toBe(
      'lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> ',
    );
  });
});

describe('inet helpers', () => {
  it('parses and formats', () => {
    expect(parseIPv4('10.0.2.15')).toBe(0x0a00020f);
    expect(parseIPv4('10.0.2')).toBeUndefined();
    expect(parseIPv4('256.0.0.1')).toBeUndefined();
    expect(formatIPv4(0xc0000201)).toBe('192.0.2.1');
    expect(prefixMask(24)).toBe(0xffffff00);
    expect(linkLocal6(parseMac('02:fc:00:00:00:01')!)).toBe('fe80::fc:ff:fe00:1');
    expect(linkLocal6(parseMac('0e:22:00:ca:6f:86')!)).toBe('fe80::c22:ff:feca:6f86');
    expect(compress6(['fd00', '0', '0', '0', '0', '0', '0', '2'])).toBe('fd00::2');
  });
});

describe('ping and curl formats', () => {
  it('reply times and summary', () => {
    expect(replyTime(279)).toBe('0.279 ms');
    expect(replyTime(1234)).toBe('1.23 ms');
    const s = new PingStats();
    s.transmitted(1, 0);
    s.reply(279, 1e6, 1);
    s.transmitted(2, 1e9);
    s.reply(68, 1036e6, 2);
    expect(s.summary('10.9.0.2', 0)).toBe(
      '\n--- 10.9.0.2 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time 1036ms\n' +
        'rtt min/avg/max/mdev = 0.068/0.173/0.279/0.105 ms\n',
    );
    const lost = new PingStats();
    lost.transmitted(1, 0);
    expect(lost.summary('10.9.0.2', 0)).toBe(
      '\n--- 10.9.0.2 ping statistics ---\n1 packets transmitted, 0 received, 100% packet loss, time 0ms\n\n',
    );
  });
  it('progress meter lines and URLs', () => {
    expect(meterLine(6, 6, 518)).toBe(
      '\r100     6  100     6    0     0    518      0 --:--:-- --:--:-- --:--:--   518',
    );
    expect(meterLine(0, 0, 0)).toBe(
      '\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0',
    );
    expect(max5(123456)).toBe(' 120k');
    expect(parseUrl('http://10.9.0.2:8080/x?y')).toEqual({ host: '10.9.0.2', port: 8080, path: '/x?y' });
    expect(parseUrl('localhost')).toEqual({ host: 'localhost', port: 80, path: '/' });
    expect(parseUrl('ftp://x/')).toBe('unsupported:ftp');
  });
});

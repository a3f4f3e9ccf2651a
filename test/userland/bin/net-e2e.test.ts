import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

// Expected outputs recorded with iproute2 6.1, iputils 20221126, curl 7.88.1 and busybox httpd on
// Debian 12 (times and MAC addresses differ run to run and are matched loosely).

const SETUP = `ip netns add red
ip link add veth0 type veth peer name veth1
ip link set veth1 netns red
ip addr add 10.9.0.1/24 dev veth0
ip link set veth0 up
ip netns exec red ip addr add 10.9.0.2/24 dev veth1
ip netns exec red ip link set veth1 up
ip netns exec red ip link set lo up
`;

describe('network namespaces end to end', () => {
  it('a new named namespace has only lo, DOWN (ns-07 through ip netns exec)', () => {
    const r = runSh(
      "ip netns add x; ip netns exec x ip -o link show | sed 's/\\\\.*//'\n" +
        "ip netns exec x sh -c 'ip link set lo up; ip -o -4 addr show lo'\n" +
        "ip netns exec x cat /proc/net/dev | sed '1,2d; s/:.*/:/; s/^ *//'",
    );
    expect(r.output).toBe(
      '1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000\n' +
        '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n' +
        'lo:\n',
    );
  });

  it('scenario ns-07-netns', () => {
    const r = runSh(
      "unshare --net ip -o link show | sed 's/\\\\.*//'\n" +
        "unshare --net sh -c 'ip link set lo up; ip -o -4 addr show lo'\n" +
        "unshare --net cat /proc/net/dev | sed 1,2d | awk '{print $1}'",
    );
    expect(r.output).toBe(
      '1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000\n' +
        '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n' +
        'lo:\n',
    );
  });

  it('veth ends: names, peers across namespaces, netns list ids, routes', () => {
    const r = runSh(
      `${SETUP}ip link show veth0 | head -1; ip netns exec red ip link show veth1 | head -1\n` +
        'ip link show veth0 | tail -1 | sed "s/ether [0-9a-f:]* /ether X /"; ip netns list\n' +
        'ip route show dev veth0; ip netns exec red ip route',
    );
    expect(r.output).toBe(
      '4: veth0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\n' +
        '3: veth1@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\n' +
        '    link/ether X brd ff:ff:ff:ff:ff:ff link-netns red\n' +
        'red (id: 0)\n' +
        '10.9.0.0/24 proto kernel scope link src 10.9.0.1 \n' +
        '10.9.0.0/24 dev veth1 proto kernel scope link src 10.9.0.2 \n',
    );
  });

  it('ping across the veth, and to a neighbour that does not answer', () => {
    const r = runSh(`${SETUP}ping -c 2 10.9.0.2; echo rc=$?; ping -c 2 10.9.0.9; echo rc=$?`);
    const out = r.output.replace(/time=0\.0\d\d ms/g, 'time=T').replace(/= [\d./]+ ms/, '= R');
    expect(out).toBe(
      'PING 10.9.0.2 (10.9.0.2) 56(84) bytes of data.\n' +
        '64 bytes from 10.9.0.2: icmp_seq=1 ttl=64 time=T\n' +
        '64 bytes from 10.9.0.2: icmp_seq=2 ttl=64 time=T\n\n' +
        '--- 10.9.0.2 ping statistics ---\n' +
        '2 packets transmitted, 2 received, 0% packet loss, time 1000ms\n' +
        'rtt min/avg/max/mdev = R\nrc=0\n' +
        'PING 10.9.0.9 (10.9.0.9) 56(84) bytes of data.\n' +
        'From 10.9.0.1 icmp_seq=1 Destination Host Unreachable\n' +
        'From 10.9.0.1 icmp_seq=2 Destination Host Unreachable\n\n' +
        '--- 10.9.0.9 ping statistics ---\n' +
        '2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 1000ms\n' +
        'pipe 2\nrc=1\n',
    );
  });

  it('ping errors', () => {
    const r = runSh(
      'ip netns add e; ip netns exec e ping -c 1 127.0.0.1; echo rc=$?; ping; echo rc=$?; ping -c 1 nosuchhost; echo rc=$?',
    );
    expect(r.output).toBe(
      'ping: connect: Network is unreachable\nrc=2\nping: usage error: Destination address required\nrc=1\n' +
        'ping: nosuchhost: Name or service not known\nrc=2\n',
    );
  });

  it('curl talks to httpd in another namespace; refused and 404 cases', () => {
    const r = runSh(
      `${SETUP}mkdir -p /srv/www && echo hello > /srv/www/index.html\n` +
        'ip netns exec red httpd -p 8080 -h /srv/www\n' +
        'curl -s http://10.9.0.2:8080/; echo rc=$?\n' +
        'curl -s http://10.9.0.2:8080/nope; curl -sf http://10.9.0.2:8080/nope; echo rc=$?\n' +
        'curl -sS http://10.9.0.2:8081/; echo rc=$?\ncurl -s http://10.9.0.2:8081/; echo rc=$?',
    );
    expect(r.output).toBe(
      'hello\nrc=0\n<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD>\n<BODY><H1>404 Not Found</H1>\n' +
        'The requested URL was not found\n</BODY></HTML>\nrc=22\n' +
        "curl: (7) Failed to connect to 10.9.0.2 port 8081 after 0 ms: Couldn't connect to server\nrc=7\nrc=7\n",
    );
  });

  it('nc sends a line to a listener in another namespace', () => {
    const r = runSh(
      `${SETUP}ip netns exec red sh -c 'nc -l -p 9000 > /tmp/got' &\nsleep 1\n` +
        'echo "hi there" | nc -N 10.9.0.2 9000; echo rc=$?; wait; cat /tmp/got\n' +
        'nc 10.9.0.2 9001; echo rc=$?; nc -v 10.9.0.2 9001; echo rc=$?',
    );
    expect(r.output).toBe(
      'rc=0\nhi there\nrc=1\nnc: connect to 10.9.0.2 port 9001 (tcp) failed: Connection refused\nrc=1\n',
    );
  });

  it('ip error messages and exit statuses', () => {
    const r = runSh(
      'ip link add veth0 type veth peer name veth1; ip link add veth0 type veth peer name vx; echo rc=$?\n' +
        'ip link show nosuch; echo rc=$?; ip link set nosuch up; echo rc=$?\n' +
        'ip addr add 10.0.2.15/24 dev eth0; echo rc=$?; ip addr del 10.0.2.7/24 dev eth0; echo rc=$?\n' +
        'ip route add 10.50.0.0/24 via 10.77.0.1; echo rc=$?; ip route del 10.51.0.0/24; echo rc=$?\n' +
        'ip netns add t1; ip netns add t1; echo rc=$?; ip netns del nope; echo rc=$?\n' +
        'ip netns exec nope true; echo rc=$?; ip link del nosuch; echo rc=$?\n' +
        'ip link add x type foo; echo rc=$?; ip foo; echo rc=$?; ip link add br0 type bridge; ip link set br0 master br0; echo rc=$?\n' +
        'ip link del lo; echo rc=$?; ip link set lo netns t1; echo rc=$?',
    );
    expect(r.output).toBe(
      'RTNETLINK answers: File exists\nrc=2\n' +
        'Device "nosuch" does not exist.\nrc=1\nCannot find device "nosuch"\nrc=1\n' +
        'Error: ipv4: Address already assigned.\nrc=2\nError: ipv4: Address not found.\nrc=2\n' +
        'Error: Nexthop has invalid gateway.\nrc=2\nRTNETLINK answers: No such process\nrc=2\n' +
        'Cannot create namespace file "/run/netns/t1": File exists\nrc=1\n' +
        'Cannot remove namespace file "/run/netns/nope": No such file or directory\nrc=1\n' +
        'Cannot open network namespace "nope": No such file or directory\nrc=255\nCannot find device "nosuch"\nrc=1\n' +
        'Error: Unknown device type.\nrc=2\nObject "foo" is unknown, try "ip help".\nrc=1\n' +
        'Error: Can not enslave a bridge to a bridge.\nrc=2\n' +
        'RTNETLINK answers: Operation not supported\nrc=2\nError: The interface netns is immutable.\nrc=2\n',
    );
  });
});

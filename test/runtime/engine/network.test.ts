// The default bridge network and published ports: docker0 at 172.17.0.1/16, a veth pair per
// container (eth0 inside at 172.17.0.2 with a default route via docker0), --network none/host,
// and -p through docker-proxy.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

describe('container networking', () => {
  it('gives a bridge container eth0 on 172.17.0.0/16 with a default route via docker0', () => {
    const r = runSh(
      "docker pull -q busybox >/dev/null; docker run --rm busybox sh -c 'ip -4 -o addr show eth0 | awk \"{print \\$4}\"; ip route'; ip -4 -o addr show docker0 | awk '{print $2, $4}'",
    );
    expect(r.stdout).toBe(
      '172.17.0.2/16\ndefault via 172.17.0.1 dev eth0 \n172.17.0.0/16 dev eth0 proto kernel scope link src 172.17.0.2 \ndocker0 172.17.0.1/16\n',
    );
  });

  it('has only loopback with --network none, and the host interfaces with --network host', () => {
    const r = runSh(
      "docker pull -q busybox >/dev/null; docker run --rm --network none busybox ip -o link | awk '{print $2}'; echo --; docker run --rm --network host busybox ip -o link | awk '{print $2}'",
    );
    expect(r.stdout).toBe('lo:\n--\nlo:\neth0:\ndocker0:\n');
  });

  it('publishes a port: the host connects to localhost:4000 and reaches port 80 in the container', () => {
    const r = runSh(
      [
        "docker run -d --name w -p 4000:80 busybox sh -c 'echo hello | nc -l -p 80' >/dev/null 2>&1",
        "docker ps --format '{{.Ports}}'",
        'echo ping | timeout 2 nc localhost 4000',
        'docker logs w',
      ].join('\n'),
    );
    expect(r.stdout).toBe('0.0.0.0:4000->80/tcp\nhello\nping\n');
  });

  it('reports a published port that is already taken', () => {
    const r = runSh(
      [
        'docker run -d --name a -p 4000:80 busybox sleep 100 >/dev/null 2>&1',
        'docker run -d --name b -p 4000:80 busybox sleep 100 2>&1 >/dev/null | head -1 | sed "s/(.*)/(<id>)/"',
      ].join('\n'),
    );
    expect(r.stdout).toBe(
      'docker: Error response from daemon: driver failed programming external connectivity on endpoint b (<id>): Error starting userland proxy: listen tcp4 0.0.0.0:4000: bind: address already in use\n',
    );
  });

  it('runs the nginx image: its welcome page on a published port, access log in docker logs, SIGQUIT stop', () => {
    const r = runSh(
      [
        'docker run -d -p 8080:80 --name web nginx >/dev/null 2>&1',
        'sleep 1; curl -s localhost:8080 | grep title; curl -sI localhost:8080/nope | head -1',
        "docker logs web 2>/dev/null | cut -d' ' -f1,6-9",
        'docker stop web >/dev/null; docker ps -a --format "{{.Status}}"',
      ].join('\n'),
    );
    expect(r.stdout).toBe(
      '<title>Welcome to nginx!</title>\nHTTP/1.1 404 Not Found\r\n' +
        '172.17.0.1 "GET / HTTP/1.1" 200\n172.17.0.1 "HEAD /nope HTTP/1.1" 404\n' +
        'Exited (0) Less than a second ago\n',
    );
  });
});

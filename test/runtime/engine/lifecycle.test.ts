// Volumes, logs, exec, commit, push and the image archive commands, end to end.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

describe('container lifecycle commands', () => {
  it('binds a host directory read-only and keeps a named volume across containers', () => {
    const r = runSh(
      [
        'mkdir -p /srv/www; echo hi > /srv/www/index.html; docker pull -q busybox >/dev/null',
        "docker run --rm -v /srv/www:/data:ro busybox sh -c 'cat /data/index.html; touch /data/x'; echo st=$?",
        "docker run --rm -v vol1:/v busybox sh -c 'echo saved > /v/f'; docker run --rm -v vol1:/v busybox cat /v/f",
        'ls /var/lib/docker/volumes/vol1/_data',
      ].join('\n'),
    );
    expect(r.output).toBe("hi\ntouch: cannot touch '/data/x': Read-only file system\nst=1\nsaved\nf\n");
  });

  it('keeps stdout and stderr apart in the json-file log, and follows it with -f', () => {
    const r = runSh(
      [
        "docker run -d --name lg busybox sh -c 'echo one; sleep 1; echo two >&2; sleep 1; echo three' >/dev/null 2>&1",
        'docker logs -f lg 2>/dev/null; echo --; docker logs lg 2>&1 >/dev/null',
        'head -c 37 /var/lib/docker/containers/$(docker inspect -f {{.Id}} lg)/*-json.log; echo',
      ].join('\n'),
    );
    expect(r.stdout).toBe('one\nthree\n--\ntwo\n{"log":"one\\n","stream":"stdout","tim\n');
  });

  it('runs exec in the container, and commit makes an image with its changes', () => {
    const r = runSh(
      [
        'docker run -d --name c busybox sleep 100 >/dev/null 2>&1',
        "docker exec c sh -c 'echo made > /made; hostname' | sed \"s/$(docker inspect -f '{{.Config.Hostname}}' c)/<host>/\"",
        'docker commit -m note c mine:1 | cut -c1-7',
        "docker run --rm mine:1 cat /made; docker history --format '{{.CreatedBy}}|{{.Comment}}' mine:1 | head -1",
        "docker image inspect -f '{{len .RootFS.Layers}}' busybox mine:1",
      ].join('\n'),
    );
    expect(r.stdout).toBe('<host>\nsha256:\nmade\nsleep 100|note\n1\n2\n');
  });

  it('pushes to the in-world registry and pulls the same image back', () => {
    const r = runSh(
      [
        'docker pull -q busybox >/dev/null; ID=$(docker image inspect -f {{.Id}} busybox)',
        'docker tag busybox myrepo/bb:v1; docker push myrepo/bb:v1 | head -1',
        'docker rmi myrepo/bb:v1 busybox >/dev/null; docker pull -q myrepo/bb:v1',
        '[ "$(docker image inspect -f {{.Id}} myrepo/bb:v1)" = "$ID" ] && echo same image',
      ].join('\n'),
    );
    expect(r.stdout).toBe(
      'The push refers to repository [docker.io/myrepo/bb]\ndocker.io/myrepo/bb:v1\nsame image\n',
    );
  });

  it('saves images as a tar real tools can list, and loads them back', () => {
    const r = runSh(
      [
        'docker pull -q busybox >/dev/null',
        'docker save busybox -o /tmp/bb.tar; tar -tf /tmp/bb.tar | grep -c layer.tar; tar -tf /tmp/bb.tar | grep -E "^(manifest.json|repositories)$"',
        'docker rmi busybox >/dev/null; docker load -i /tmp/bb.tar; docker images --format "{{.Repository}}:{{.Tag}}"',
      ].join('\n'),
    );
    expect(r.stdout).toBe('1\nmanifest.json\nrepositories\nLoaded image: busybox:latest\nbusybox:latest\n');
  });

  it('pauses through the cgroup freezer, renames, lists ports and prunes', () => {
    const r = runSh(
      [
        "docker run -d --name p -p 8080:80 busybox sh -c 'while :; do sleep 1; done' >/dev/null 2>&1",
        "docker pause p; docker ps --format '{{.Status}}'; cat /sys/fs/cgroup/system.slice/docker-*.scope/cgroup.freeze",
        'docker unpause p; docker ps --format "{{.Status}}"; docker rename p q; docker port q',
        'docker rm -f q >/dev/null; docker run --name z busybox true; docker container prune -f | sed "s/[0-9a-f]\\{64\\}/<id>/"',
      ].join('\n'),
    );
    expect(r.stdout).toBe(
      'p\nUp Less than a second (Paused)\n1\np\nUp Less than a second\n80/tcp -> 0.0.0.0:8080\nDeleted Containers:\n<id>\n\nTotal reclaimed space: 0B\n',
    );
  });

  it('forwards signals the client gets to the container, and serves other clients meanwhile', () => {
    const r = runSh(
      [
        'docker pull -q busybox >/dev/null',
        'docker run --name v busybox sh -c \'trap "echo got TERM; exit 5" TERM; while :; do sleep 1; done\' &',
        'sleep 2; docker ps --format "{{.Names}}"; kill -TERM $!; wait $!; echo st=$?',
        'docker run --rm busybox sleep 100 & sleep 1; kill -INT $!; sleep 1; docker ps --format "{{.Command}} {{.Status}}"',
      ].join('\n'),
    );
    expect(r.stdout).toBe('v\ngot TERM\nst=5\n"sleep 100" Up 1 second\n');
  });

  it('restarts a container: stopped after the grace period, started again, its log appended', () => {
    const r = runSh(
      "docker run -d --name r busybox sh -c 'echo hi; sleep 100' >/dev/null 2>&1; sleep 1; docker restart -t 1 r; sleep 1; docker logs r; docker ps --format '{{.Names}} {{.Status}}'",
    );
    expect(r.output).toBe('r\nhi\nhi\nr Up 1 second\n');
  });
});

// A container whose memory cgroup's OOM killer fires: exit 137 (SIGKILL, fidelity.md §5.4) and
// State.OOMKilled true, as dockerd records containerd's TaskOOM event; a clean exit, or a
// container killed by `docker kill`, keeps OOMKilled false. And the container's GraphDriver
// data names the overlay2 directories it is mounted from (-init and image layers below its upper).
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

const HOG = 'python -c "x = bytearray(64*1024*1024)"';

describe('docker and the OOM killer', () => {
  it('a container over its --memory limit exits 137 with OOMKilled true', () => {
    const r = runSh(
      `docker pull -q python:2.7-slim >/dev/null; docker run --name hog --memory 32m python:2.7-slim ${HOG}; echo rc=$?; docker inspect -f '{{.State.OOMKilled}} {{.State.ExitCode}} {{.HostConfig.Memory}}' hog; docker ps -a --format '{{.Status}}'`,
    );
    expect(r.stdout).toBe('rc=137\ntrue 137 33554432\nExited (137) Less than a second ago\n');
  });

  it('keeps OOMKilled false under a limit that is large enough, and after docker kill', () => {
    const r = runSh(
      `docker pull -q python:2.7-slim >/dev/null; docker run --name ok --memory 128m python:2.7-slim ${HOG}; echo rc=$?; docker run -d --name k --memory 32m python:2.7-slim sleep 100 >/dev/null; docker kill k >/dev/null; docker wait k; docker inspect -f '{{.Name}} {{.State.OOMKilled}}' ok k`,
    );
    expect(r.stdout).toBe('rc=0\n137\n/ok false\n/k false\n');
  });

  it('the next start clears OOMKilled', () => {
    const r = runSh(
      `docker pull -q python:2.7-slim >/dev/null; docker create --name c --memory 32m python:2.7-slim sh -c 'test -e /tmp/x || { touch /tmp/x; ${HOG}; }' >/dev/null; docker start -a c; docker inspect -f '{{.State.OOMKilled}} {{.State.ExitCode}}' c; docker start -a c; docker inspect -f '{{.State.OOMKilled}} {{.State.ExitCode}}' c`,
    );
    expect(r.stdout).toBe('true 137\nfalse 0\n');
  });
});

describe('docker inspect GraphDriver of a container', () => {
  it('lists LowerDir (-init, then the image layers), MergedDir, UpperDir and WorkDir', () => {
    const r = runSh(
      `docker pull -q busybox >/dev/null; docker run -d --name s busybox sleep 100 >/dev/null; docker inspect -f '{{.GraphDriver.Name}}' s; D=$(docker inspect -f '{{.GraphDriver.Data.UpperDir}}' s); M=$(dirname $D); docker inspect -f '{{.GraphDriver.Data.MergedDir}} {{.GraphDriver.Data.WorkDir}}' s | sed "s#$M#M#g"; docker inspect -f '{{.GraphDriver.Data.LowerDir}}' s | tr ':' '\\n' | sed "s#$M#M#" | sed 's#/var/lib/docker/overlay2/[0-9a-f]*/diff#LAYER#'; docker image inspect -f '{{.GraphDriver.Data.UpperDir}}' busybox | sed 's#/var/lib/docker/overlay2/[0-9a-f]*/diff#LAYER#'; docker exec s touch /made; ls $D`,
    );
    expect(r.stdout).toBe('overlay2\nM/merged M/work\nM-init/diff\nLAYER\nLAYER\nmade\n');
  });
});

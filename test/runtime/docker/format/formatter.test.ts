// Expected outputs: the real docker 28.2.2 CLI (`docker ps`, `docker images`, `docker history`)
// run against a stub Engine API serving these same fixtures; `now` is the second the stub answered.
import { describe, expect, it } from 'vitest';
import {
  containerContext,
  historyContext,
  historyFormat,
  HISTORY_HEADERS,
  imageContext,
  imageRows,
  imagesFormat,
  IMAGES_HEADERS,
  psFormat,
  PS_HEADERS,
  renderTable,
} from '../../../../src/runtime/docker/format';
import type { ContainerSummary, HistoryItem, ImageSummary } from '../../../../src/runtime/docker/format';

const ns = (sec: number) => sec * 1e9 + 3e8;

function ps(now: number, format: string, trunc = true): string {
  const rows = containers(now).map((c) => containerContext(c, { trunc, nowNs: ns(now) }));
  const r = renderTable({ format, rows, header: PS_HEADERS });
  if (!r.ok) throw new Error(r.error);
  return r.output;
}

function images(now: number, format: string, digests = false): string {
  const rows = imageFixtures(now).flatMap((i) => imageRows(i, digests, format.includes('{{.Digest}}')));
  const r = renderTable({
    format,
    rows: rows.map((i) => imageContext(i, { trunc: true, nowNs: ns(now) })),
    header: IMAGES_HEADERS,
  });
  if (!r.ok) throw new Error(r.error);
  return r.output;
}

function history(now: number, format: string, trunc = true, human = true): string {
  const rows = historyFixtures(now).map((h) => historyContext(h, { trunc, human, nowNs: ns(now) }));
  const r = renderTable({ format, rows, header: HISTORY_HEADERS });
  if (!r.ok) throw new Error(r.error);
  return r.output;
}

function containers(now: number): ContainerSummary[] {
  return [
    {
      Id: '4a5a0ed5c48b1ac40bd27d4bc06a2a3e6d1a4b9a3da18c0e08bfb1c5d9e8e2f1',
      Names: ['/web'],
      Image: 'nginx:1.25',
      ImageID: 'sha256:a8758716bb6aa4d90071160d27028fe4eaee7ce8166221a97d30440c8eac2be6',
      Command: "/docker-entrypoint.sh nginx -g 'daemon off;'",
      Ports: [
        { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 4000, Type: 'tcp' },
        { IP: '::', PrivatePort: 80, PublicPort: 4000, Type: 'tcp' },
      ],
      Labels: { b: '2', a: '1' },
      State: 'running',
      Status: 'Up 5 seconds',
      SizeRw: 1093,
      SizeRootFs: 187654321,
      Mounts: [],
      Created: now - 5,
      Networks: ['bridge'],
    },
    {
      Id: '9f2c3a1b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a',
      Names: ['/sleepy'],
      Image: 'busybox',
      ImageID: 'sha256:9211bbaa0dbd68fed073065eb9f0a6ed00a75090a9235eca2554c62d1e75c58f',
      Command: "sh -c 'echo x > /etc/motd; sleep 1000'",
      Ports: [
        { PrivatePort: 80, Type: 'tcp' },
        { PrivatePort: 443, Type: 'tcp' },
        { PrivatePort: 81, Type: 'tcp' },
        { PrivatePort: 53, Type: 'udp' },
      ],
      Labels: {},
      State: 'paused',
      Status: 'Up 2 minutes (Paused)',
      SizeRw: 0,
      SizeRootFs: 0,
      Created: now - 130,
      Networks: [],
      Mounts: [],
    },
    {
      Id: '0123456789ab0123456789ab0123456789ab0123456789ab0123456789abcdef',
      Names: ['/done'],
      Image: 'sha256:9211bbaa0dbd68fed073065eb9f0a6ed00a75090a9235eca2554c62d1e75c58f',
      ImageID: 'sha256:9211bbaa0dbd68fed073065eb9f0a6ed00a75090a9235eca2554c62d1e75c58f',
      Command: 'true',
      Ports: [],
      Labels: null,
      State: 'exited',
      Status: 'Exited (137) Less than a second ago',
      Created: now - 4000,
      Networks: [],
      Mounts: [],
    },
  ];
}

function imageFixtures(now: number): ImageSummary[] {
  return [
    {
      Id: 'sha256:a8758716bb6aa4d90071160d27028fe4eaee7ce8166221a97d30440c8eac2be6',
      RepoTags: ['nginx:1.25', 'nginx:latest', 'localhost:5000/web/app:v2'],
      RepoDigests: ['nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31'],
      Size: 187654321,
      SharedSize: -1,
      Containers: -1,
      Created: now - 864000,
    },
    {
      Id: 'sha256:9211bbaa0dbd68fed073065eb9f0a6ed00a75090a9235eca2554c62d1e75c58f',
      RepoTags: ['busybox:latest'],
      RepoDigests: [],
      Size: 4261550,
      SharedSize: -1,
      Containers: -1,
      Created: now - 34560000,
    },
    {
      Id: 'sha256:1111bbaa0dbd68fed073065eb9f0a6ed00a75090a9235eca2554c62d1e75c58f',
      RepoTags: [],
      RepoDigests: [],
      Size: 999,
      SharedSize: -1,
      Containers: -1,
      Created: now - 45,
    },
    {
      Id: 'sha256:2222bbaa0dbd68fed073065eb9f0a6ed00a75090a9235eca2554c62d1e75c58f',
      RepoTags: ['<none>:<none>'],
      RepoDigests: ['<none>@<none>'],
      Size: 0,
      SharedSize: -1,
      Containers: -1,
      Created: 0,
    },
  ];
}

function historyFixtures(now: number): HistoryItem[] {
  return [
    {
      Id: 'sha256:a8758716bb6aa4d90071160d27028fe4eaee7ce8166221a97d30440c8eac2be6',
      Created: now - 864000,
      CreatedBy: '/bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon off;"]',
      Size: 0,
      Comment: '',
    },
    {
      Id: '<missing>',
      Created: now - 864005,
      CreatedBy: 'RUN /bin/sh -c set -x \t&& apt-get update && apt-get install -y nginx # buildkit',
      Size: 61234567,
      Comment: 'buildkit.dockerfile.v0',
    },
    {
      Id: '<missing>',
      Created: now - 3456000,
      CreatedBy: '/bin/sh -c #(nop) ADD file:abc in / ',
      Size: 74800000,
      Comment: '',
    },
  ];
}

describe('docker ps', () => {
  it('prints the default table', () => {
    expect(ps(1795599510, psFormat('', false, false))).toBe(
      'CONTAINER ID   IMAGE          COMMAND                  CREATED             STATUS                                PORTS                                     NAMES\n4a5a0ed5c48b   nginx:1.25     "/docker-entrypoint.…"   5 seconds ago       Up 5 seconds                          0.0.0.0:4000->80/tcp, [::]:4000->80/tcp   web\n9f2c3a1b7d6e   busybox        "sh -c \'echo x > /et…"   2 minutes ago       Up 2 minutes (Paused)                 80-81/tcp, 53/udp, 443/tcp                sleepy\n0123456789ab   9211bbaa0dbd   "true"                   About an hour ago   Exited (137) Less than a second ago                                             done\n',
    );
  });
  it('prints full IDs and commands with --no-trunc', () => {
    expect(ps(1795599510, psFormat('', false, false), false)).toBe(
      'CONTAINER ID                                                       IMAGE                                                                     COMMAND                                          CREATED             STATUS                                PORTS                                     NAMES\n4a5a0ed5c48b1ac40bd27d4bc06a2a3e6d1a4b9a3da18c0e08bfb1c5d9e8e2f1   nginx:1.25                                                                "/docker-entrypoint.sh nginx -g \'daemon off;\'"   5 seconds ago       Up 5 seconds                          0.0.0.0:4000->80/tcp, [::]:4000->80/tcp   web\n9f2c3a1b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a   busybox                                                                   "sh -c \'echo x > /etc/motd; sleep 1000\'"         2 minutes ago       Up 2 minutes (Paused)                 80-81/tcp, 53/udp, 443/tcp                sleepy\n0123456789ab0123456789ab0123456789ab0123456789ab0123456789abcdef   sha256:9211bbaa0dbd68fed073065eb9f0a6ed00a75090a9235eca2554c62d1e75c58f   "true"                                           About an hour ago   Exited (137) Less than a second ago                                             done\n',
    );
  });
  it('adds SIZE with -s', () => {
    expect(ps(1795599552, psFormat('', false, true))).toBe(
      'CONTAINER ID   IMAGE          COMMAND                  CREATED             STATUS                                PORTS                                     NAMES     SIZE\n4a5a0ed5c48b   nginx:1.25     "/docker-entrypoint.…"   5 seconds ago       Up 5 seconds                          0.0.0.0:4000->80/tcp, [::]:4000->80/tcp   web       1.09kB (virtual 188MB)\n9f2c3a1b7d6e   busybox        "sh -c \'echo x > /et…"   2 minutes ago       Up 2 minutes (Paused)                 80-81/tcp, 53/udp, 443/tcp                sleepy    0B\n0123456789ab   9211bbaa0dbd   "true"                   About an hour ago   Exited (137) Less than a second ago                                             done      0B\n',
    );
  });
  it('prints IDs only with -q', () => {
    expect(ps(1795599511, psFormat('', true, false))).toBe('4a5a0ed5c48b\n9f2c3a1b7d6e\n0123456789ab\n');
  });
  it('prints one JSON object per line with --format json', () => {
    expect(ps(1795599511, psFormat('json', false, false))).toBe(
      '{"Command":"\\"/docker-entrypoint.…\\"","CreatedAt":"2026-11-25 09:38:26 +0000 UTC","ID":"4a5a0ed5c48b","Image":"nginx:1.25","Labels":"a=1,b=2","LocalVolumes":"0","Mounts":"","Names":"web","Networks":"bridge","Platform":null,"Ports":"0.0.0.0:4000-\\u003e80/tcp, [::]:4000-\\u003e80/tcp","RunningFor":"5 seconds ago","Size":"1.09kB (virtual 188MB)","State":"running","Status":"Up 5 seconds"}\n{"Command":"\\"sh -c \'echo x \\u003e /et…\\"","CreatedAt":"2026-11-25 09:36:21 +0000 UTC","ID":"9f2c3a1b7d6e","Image":"busybox","Labels":"","LocalVolumes":"0","Mounts":"","Names":"sleepy","Networks":"","Platform":null,"Ports":"80-81/tcp, 53/udp, 443/tcp","RunningFor":"2 minutes ago","Size":"0B","State":"paused","Status":"Up 2 minutes (Paused)"}\n{"Command":"\\"true\\"","CreatedAt":"2026-11-25 08:31:51 +0000 UTC","ID":"0123456789ab","Image":"9211bbaa0dbd","Labels":"","LocalVolumes":"0","Mounts":"","Names":"done","Networks":"","Platform":null,"Ports":"","RunningFor":"About an hour ago","Size":"0B","State":"exited","Status":"Exited (137) Less than a second ago"}\n',
    );
  });
  it('prints a custom format without a header', () => {
    expect(ps(1795599511, '{{.Names}}: {{.Ports}} {{.Labels}}')).toBe(
      'web: 0.0.0.0:4000->80/tcp, [::]:4000->80/tcp a=1,b=2\nsleepy: 80-81/tcp, 53/udp, 443/tcp \ndone:  \n',
    );
  });
  it('prints a custom table with a header and label columns', () => {
    expect(ps(1795599511, 'table {{.Names}}\\t{{.Label "a"}}|')).toBe(
      'NAMES     a|\nweb       1|\nsleepy    |\ndone      |\n',
    );
  });
});

describe('docker images', () => {
  it('prints the default table, a row per tag, dangling images as <none>', () => {
    expect(images(1795599512, imagesFormat('', false, false))).toBe(
      'REPOSITORY               TAG       IMAGE ID       CREATED          SIZE\nnginx                    1.25      a8758716bb6a   10 days ago      188MB\nnginx                    latest    a8758716bb6a   10 days ago      188MB\nlocalhost:5000/web/app   v2        a8758716bb6a   10 days ago      188MB\nbusybox                  latest    9211bbaa0dbd   13 months ago    4.26MB\n<none>                   <none>    1111bbaa0dbd   45 seconds ago   999B\n<none>                   <none>    2222bbaa0dbd   56 years ago     0B\n',
    );
  });
  it('adds DIGEST with --digests', () => {
    expect(images(1795599553, imagesFormat('', false, true), true)).toBe(
      'REPOSITORY               TAG       DIGEST                                                                    IMAGE ID       CREATED          SIZE\nnginx                    1.25      sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31   a8758716bb6a   10 days ago      188MB\nnginx                    latest    sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31   a8758716bb6a   10 days ago      188MB\nlocalhost:5000/web/app   v2        <none>                                                                    a8758716bb6a   10 days ago      188MB\nbusybox                  latest    <none>                                                                    9211bbaa0dbd   13 months ago    4.26MB\n<none>                   <none>    <none>                                                                    1111bbaa0dbd   45 seconds ago   999B\n<none>                   <none>    <none>                                                                    2222bbaa0dbd   56 years ago     0B\n',
    );
  });
  it('prints JSON lines with HTML-escaped <none>', () => {
    expect(images(1795599512, imagesFormat('json', false, false))).toBe(
      '{"Containers":"N/A","CreatedAt":"2026-11-15 09:38:32 +0000 UTC","CreatedSince":"10 days ago","Digest":"\\u003cnone\\u003e","ID":"a8758716bb6a","Repository":"nginx","SharedSize":"N/A","Size":"188MB","Tag":"1.25","UniqueSize":"N/A","VirtualSize":"187.7MB"}\n{"Containers":"N/A","CreatedAt":"2026-11-15 09:38:32 +0000 UTC","CreatedSince":"10 days ago","Digest":"\\u003cnone\\u003e","ID":"a8758716bb6a","Repository":"nginx","SharedSize":"N/A","Size":"188MB","Tag":"latest","UniqueSize":"N/A","VirtualSize":"187.7MB"}\n{"Containers":"N/A","CreatedAt":"2026-11-15 09:38:32 +0000 UTC","CreatedSince":"10 days ago","Digest":"\\u003cnone\\u003e","ID":"a8758716bb6a","Repository":"localhost:5000/web/app","SharedSize":"N/A","Size":"188MB","Tag":"v2","UniqueSize":"N/A","VirtualSize":"187.7MB"}\n{"Containers":"N/A","CreatedAt":"2025-10-21 09:38:32 +0000 UTC","CreatedSince":"13 months ago","Digest":"\\u003cnone\\u003e","ID":"9211bbaa0dbd","Repository":"busybox","SharedSize":"N/A","Size":"4.26MB","Tag":"latest","UniqueSize":"N/A","VirtualSize":"4.262MB"}\n{"Containers":"N/A","CreatedAt":"2026-11-25 09:37:47 +0000 UTC","CreatedSince":"45 seconds ago","Digest":"\\u003cnone\\u003e","ID":"1111bbaa0dbd","Repository":"\\u003cnone\\u003e","SharedSize":"N/A","Size":"999B","Tag":"\\u003cnone\\u003e","UniqueSize":"N/A","VirtualSize":"999B"}\n{"Containers":"N/A","CreatedAt":"1970-01-01 00:00:00 +0000 UTC","CreatedSince":"56 years ago","Digest":"\\u003cnone\\u003e","ID":"2222bbaa0dbd","Repository":"\\u003cnone\\u003e","SharedSize":"N/A","Size":"0B","Tag":"\\u003cnone\\u003e","UniqueSize":"N/A","VirtualSize":"0B"}\n',
    );
  });
  it('prints an ID per row with -q', () => {
    expect(images(1795599512, imagesFormat('', true, false))).toBe(
      'a8758716bb6a\na8758716bb6a\na8758716bb6a\n9211bbaa0dbd\n1111bbaa0dbd\n2222bbaa0dbd\n',
    );
  });
});

describe('docker history', () => {
  it('prints the default table: <missing>, CREATED BY cut to 45 with …', () => {
    expect(history(1795599513, historyFormat('', false, true))).toBe(
      'IMAGE          CREATED       CREATED BY                                      SIZE      COMMENT\na8758716bb6a   10 days ago   /bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon…   0B        \n<missing>      10 days ago   RUN /bin/sh -c set -x  && apt-get update && …   61.2MB    buildkit.dockerfile.v0\n<missing>      5 weeks ago   /bin/sh -c #(nop) ADD file:abc in /             74.8MB    \n',
    );
  });
  it('prints everything with --no-trunc', () => {
    expect(history(1795599513, historyFormat('', false, true), false)).toBe(
      'IMAGE                                                                     CREATED       CREATED BY                                                                        SIZE      COMMENT\nsha256:a8758716bb6aa4d90071160d27028fe4eaee7ce8166221a97d30440c8eac2be6   10 days ago   /bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon off;"]                               0B        \n<missing>                                                                 10 days ago   RUN /bin/sh -c set -x  && apt-get update && apt-get install -y nginx # buildkit   61.2MB    buildkit.dockerfile.v0\n<missing>                                                                 5 weeks ago   /bin/sh -c #(nop) ADD file:abc in /                                               74.8MB    \n',
    );
  });
  it('prints CREATED AT and byte sizes with -H=false', () => {
    expect(history(1795599513, historyFormat('', false, false), true, false)).toBe(
      'IMAGE          CREATED AT             CREATED BY                                      SIZE       COMMENT\na8758716bb6a   2026-11-15T09:38:33Z   /bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon…   0          \n<missing>      2026-11-15T09:38:28Z   RUN /bin/sh -c set -x  && apt-get update && …   61234567   buildkit.dockerfile.v0\n<missing>      2026-10-16T09:38:33Z   /bin/sh -c #(nop) ADD file:abc in /             74800000   \n',
    );
  });
  it('prints JSON lines', () => {
    expect(history(1795599513, historyFormat('json', false, true))).toBe(
      '{"Comment":"","CreatedAt":"2026-11-15T09:38:33Z","CreatedBy":"/bin/sh -c #(nop)  CMD [\\"nginx\\" \\"-g\\" \\"daemon…","CreatedSince":"10 days ago","ID":"a8758716bb6a","Size":"0B"}\n{"Comment":"buildkit.dockerfile.v0","CreatedAt":"2026-11-15T09:38:28Z","CreatedBy":"RUN /bin/sh -c set -x  \\u0026\\u0026 apt-get update \\u0026\\u0026 …","CreatedSince":"10 days ago","ID":"\\u003cmissing\\u003e","Size":"61.2MB"}\n{"Comment":"","CreatedAt":"2026-10-16T09:38:33Z","CreatedBy":"/bin/sh -c #(nop) ADD file:abc in / ","CreatedSince":"5 weeks ago","ID":"\\u003cmissing\\u003e","Size":"74.8MB"}\n',
    );
  });
  it('prints IDs with -q', () => {
    expect(history(1795599514, historyFormat('', true, true))).toBe('a8758716bb6a\n<missing>\n<missing>\n');
  });
});

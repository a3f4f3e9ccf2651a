// Every instruction kind in one Dockerfile, replayed from a Docker 20.10.24 legacy build on this
// machine: the history strings and sizes, the entries and owners of each layer.
import { describe, expect, it } from 'vitest';
import { encodeLayer } from '../../../../src/runtime/image/changeset';
import type { TreeNode } from '../../../../src/runtime/image/tree';
import { walk } from '../../../../src/runtime/image/tree';
import { decodeLayer } from '../../../../src/runtime/image/unpack';
import { FakeBackend, context, file, history, importBase, runBuild, tree } from './fake-backend';

const DOCKERFILE = `FROM bb:base
ADD x.tar /dest/
COPY --chown=1000:1000 f.txt /owned/
COPY f.txt /etc/
WORKDIR /a/b/c
COPY f.txt .
SHELL ["/bin/sh", "-xc"]
ENTRYPOINT echo hi
CMD ["x", "y"]
VOLUME /data /logs
STOPSIGNAL SIGKILL
HEALTHCHECK --interval=5s CMD true
LABEL "k 1"="v 1" k2=v2
EXPOSE 80/udp 443 8000-8001
USER nobody:nogroup
MAINTAINER me <me@x>
`;

function owned(node: TreeNode, uid: number, gid: number): TreeNode {
  return node.kind === 'whiteout' ? node : { ...node, uid, gid };
}

describe('all instructions', () => {
  const be = new FakeBackend();
  importBase(be);
  // x.tar was made with `tar --owner=7 --group=8 -cf x.tar inner.txt d`.
  const archived = tree({ 'inner.txt': owned(file('in\n'), 7, 8), 'd/x': owned(file('deep\n'), 7, 8) });
  const d = archived.children.get('d');
  if (d && d.kind === 'dir') Object.assign(d, { uid: 7, gid: 8 });
  const tar = encodeLayer(archived);
  const { result, out } = runBuild(
    be,
    context({ Dockerfile: file(DOCKERFILE), 'f.txt': file('f\n'), 'x.tar': file(tar) }),
    { tags: ['bb:m'] },
  );

  it('builds with 16 steps', () => {
    expect(result.ok).toBe(true);
    expect(
      out
        .split('\n')
        .filter((l) => l.startsWith('Step '))
        .at(-1),
    ).toBe('Step 16/16 : MAINTAINER me <me@x>');
  });

  it('records the history Docker recorded', () => {
    expect(history(be, 'bb:m').replace(/ADD file:[0-9a-f]{64}/, 'ADD file:<x.tar>')).toBe(
      [
        '/bin/sh -xc #(nop)  MAINTAINER me <me@x>|0B',
        '/bin/sh -xc #(nop)  USER nobody:nogroup|0B',
        '/bin/sh -xc #(nop)  EXPOSE 443 80/udp 8000-8001|0B',
        '/bin/sh -xc #(nop)  LABEL k 1=v 1 k2=v2|0B',
        `/bin/sh -xc #(nop)  HEALTHCHECK &{["CMD-SHELL" "true"] "5s" "0s" "0s" '\\x00'}|0B`,
        '/bin/sh -xc #(nop)  STOPSIGNAL SIGKILL|0B',
        '/bin/sh -xc #(nop)  VOLUME [/data /logs]|0B',
        '/bin/sh -xc #(nop)  CMD ["x" "y"]|0B',
        '/bin/sh -xc #(nop)  ENTRYPOINT ["/bin/sh" "-xc" "echo hi"]|0B',
        '/bin/sh -xc #(nop)  SHELL [/bin/sh -xc]|0B',
        '/bin/sh -c #(nop) COPY file:c698d43595c166f34e1d394b4505ad586155ff208243c78f766955d389360252 in . |2B',
        '/bin/sh -c #(nop) WORKDIR /a/b/c|0B',
        '/bin/sh -c #(nop) COPY file:c698d43595c166f34e1d394b4505ad586155ff208243c78f766955d389360252 in /etc/ |2B',
        '/bin/sh -c #(nop) COPY --chown=1000:1000file:c698d43595c166f34e1d394b4505ad586155ff208243c78f766955d389360252 in /owned/ |2B',
        '/bin/sh -c #(nop) ADD file:<x.tar> in /dest/ |8B',
        '|1.98MB',
        '',
      ].join('\n'),
    );
  });

  it('writes the layers Docker wrote (entries and owners)', () => {
    const img = be.store.resolve('bb:m');
    if (!img.ok) throw new Error(img.error);
    const layers = img.image.layers.slice(1).map((chain) => {
      const rows: string[] = [];
      const t = be.store.layer(chain)?.tar;
      if (t)
        walk(decodeLayer(t).root, (p, n) =>
          rows.push(`${n.uid ?? 0}/${n.gid ?? 0} ${n.kind === 'dir' ? p + '/' : p}`),
        );
      return rows.join(' ');
    });
    expect(layers).toEqual([
      '0/0 dest/ 7/8 dest/d/ 7/8 dest/d/x 7/8 dest/inner.txt',
      '1000/1000 owned/ 1000/1000 owned/f.txt',
      '0/0 etc/ 0/0 etc/f.txt',
      '0/0 a/ 0/0 a/b/ 0/0 a/b/c/',
      '0/0 a/ 0/0 a/b/ 0/0 a/b/c/ 0/0 a/b/c/f.txt',
    ]);
  });

  it('leaves the config Docker left (Healthcheck aside)', () => {
    const img = be.store.resolve('bb:m');
    if (!img.ok) throw new Error(img.error);
    const c = img.image.config;
    expect(c.author).toBe('me <me@x>');
    expect(c.history.at(-1)?.author).toBe('me <me@x>');
    expect(c.config).toMatchObject({
      User: 'nobody:nogroup',
      ExposedPorts: expect.arrayContaining(['443/tcp', '80/udp', '8000/tcp', '8001/tcp']),
      Cmd: ['x', 'y'],
      Volumes: ['/data', '/logs'],
      WorkingDir: '/a/b/c',
      Entrypoint: ['/bin/sh', '-xc', 'echo hi'],
      Labels: { 'k 1': 'v 1', k2: 'v2' },
      StopSignal: 'SIGKILL',
      Shell: ['/bin/sh', '-xc'],
    });
  });
});

describe('ADD <url>', () => {
  it('names the file after the URL, mode 0600, keyed without file: (Docker 20.10 against a local web server)', () => {
    const be = new FakeBackend();
    importBase(be);
    const withWeb = Object.assign(be, {
      *download(url: string) {
        return url === 'http://127.0.0.1:8765/f.txt'
          ? { data: new TextEncoder().encode('web\n'), mtime: 1795601176 }
          : 'nope';
      },
    });
    const { result } = runBuild(
      withWeb,
      context({ Dockerfile: file('FROM bb:base\nADD http://127.0.0.1:8765/f.txt /d/\n') }),
      {
        tags: ['bb:url'],
      },
    );
    expect(result.ok).toBe(true);
    expect(history(be, 'bb:url').split('\n')[0]).toBe(
      '/bin/sh -c #(nop) ADD 7f19a8bc0d48536150914cd1ac56247d9fdf39a4a5eb1da566c7885aa1a67bb2 in /d/ |4B',
    );
    const img = be.store.resolve('bb:url');
    const top = img.ok ? img.image.layers.at(-1) : undefined;
    const tar = top ? be.store.layer(top)?.tar : undefined;
    const f = tar ? decodeLayer(tar).root.children.get('d') : undefined;
    const node = f && f.kind === 'dir' ? f.children.get('f.txt') : undefined;
    expect(node && node.kind === 'file' && [node.mode, node.mtime]).toEqual([0o600, 1795601176]);
  });

  // The real daemon also names its DNS server (`lookup nosuch.invalid on 10.255.255.53:53: no such host`).
  it("without a network: Go's DNS error", () => {
    const be = new FakeBackend();
    importBase(be);
    const { result } = runBuild(
      be,
      context({ Dockerfile: file('FROM bb:base\nADD http://nosuch.invalid/x /x\n') }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: 'ADD failed: Get "http://nosuch.invalid/x": dial tcp: lookup nosuch.invalid: no such host',
    });
  });
});

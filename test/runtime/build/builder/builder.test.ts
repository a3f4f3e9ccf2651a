// Expected outputs come from Docker 20.10.24 (Debian docker.io, legacy builder) driven by the
// Docker 28.2 CLI on this machine (`DOCKER_BUILDKIT=0 docker build --network none …`, then
// `docker history`, `docker save`); ids and times are masked where they differ on every run.
import { describe, expect, it } from 'vitest';
import { decode } from '../../../../src/lib/utf8';
import { dirNode, walk } from '../../../../src/runtime/image/tree';
import { decodeLayer } from '../../../../src/runtime/image/unpack';
import type { TreeNode } from '../../../../src/runtime/image/tree';
import { FakeBackend, context, file, history, importBase, runBuild } from './fake-backend';

const mask = (s: string): string =>
  s
    .replace(/[0-9a-f]{64}/g, '<64>')
    .replace(/"\d{4}-\d\d-\d\dT[\d:.]+Z"/g, '"<time>"')
    .replace(/"Hostname":"[0-9a-f]{12}"/g, '"Hostname":"<12>"');

const link = (target: string): TreeNode => ({
  kind: 'symlink',
  mode: 0o777,
  uid: 0,
  gid: 0,
  mtime: 0,
  target,
});

function topLayer(be: FakeBackend, ref: string): string[] {
  const r = be.store.resolve(ref);
  if (!r.ok) throw new Error(r.error);
  const top = r.image.layers[r.image.layers.length - 1];
  const tar = top ? be.store.layer(top)?.tar : undefined;
  if (!tar) return [];
  const out: string[] = [];
  walk(decodeLayer(tar).root, (p, n) =>
    out.push(n.kind === 'dir' ? p + '/' : n.kind === 'symlink' ? `${p} -> ${n.target}` : p),
  );
  return out;
}

describe('image config of a build step', () => {
  it('matches the bytes Docker wrote for bb:v1 (times and ids masked)', () => {
    const be = new FakeBackend();
    importBase(be);
    be.effects.set('/bin/sh -c echo built > /built.txt', {
      files: (u, now) => u.children.set('built.txt', file('built\n', 0o644, now)),
    });
    be.effects.set('/bin/sh -c rm /etc/old', {
      files: (u) =>
        u.children.set('etc', { ...dirNode(), children: new Map([['old', { kind: 'whiteout' }]]) }),
    });
    const df =
      'FROM bb:base\nENV GREETING=hi\nRUN echo built > /built.txt\nCOPY app.txt /app/app.txt\nRUN rm /etc/old\nCMD ["cat", "/app/app.txt"]\n';
    const { result } = runBuild(be, context({ Dockerfile: file(df), 'app.txt': file('hello\n') }), {
      tags: ['bb:v1'],
    });
    if (!result.ok) throw new Error(result.error);
    const json = decode(be.store.image(result.imageId)?.configBytes ?? new Uint8Array());
    expect(mask(json)).toBe(
      mask(
        '{"architecture":"amd64","config":{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","GREETING=hi"],"Cmd":["cat","/app/app.txt"],"Image":"sha256:8832c48a55a1437b86cb4e636c8237bedaf7669b5d42f1079b522b9deb957490","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null},"container":"79f8354565a8bb186f557cc63b8322e5e719b24b5a5aa857b6feeb981fbaaa4b","container_config":{"Hostname":"79f8354565a8","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","GREETING=hi"],"Cmd":["/bin/sh","-c","#(nop) ","CMD [\\"cat\\" \\"/app/app.txt\\"]"],"Image":"sha256:8832c48a55a1437b86cb4e636c8237bedaf7669b5d42f1079b522b9deb957490","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":{}},"created":"2026-11-25T09:35:40.269915532Z","docker_version":"20.10.24+dfsg1","history":[{"created":"2026-11-25T09:35:34.106157455Z","comment":"Imported from -"},{"created":"2026-11-25T09:35:35.954279345Z","created_by":"/bin/sh -c #(nop)  ENV GREETING=hi","empty_layer":true},{"created":"2026-11-25T09:35:37.207300435Z","created_by":"/bin/sh -c echo built \\u003e /built.txt"},{"created":"2026-11-25T09:35:38.447110437Z","created_by":"/bin/sh -c #(nop) COPY file:336615d49de9976dab63b0802630d074b02616492a7c4081ffc3110ad10d266d in /app/app.txt "},{"created":"2026-11-25T09:35:39.700392961Z","created_by":"/bin/sh -c rm /etc/old"},{"created":"2026-11-25T09:35:40.269915532Z","created_by":"/bin/sh -c #(nop)  CMD [\\"cat\\" \\"/app/app.txt\\"]","empty_layer":true}],"os":"linux","rootfs":{"type":"layers","diff_ids":["sha256:0226a5e763f419bbe5d0593d7270cd3703a2a15ebf38def2ce947d3f24b99992","sha256:a05291410db82ac96ec878fd179b937cf7c9b28ff306476944e2288b4c546741","sha256:2022dfc3b86265516d05c82a4bf4b80dee9dd52a0936dd00c2067368d42b6443","sha256:4a78f76c4eb6e6414a8e34bf07b0e6c85ca120d12a3d1efda969bff4ccd09544"]}}',
      ),
    );
  });
});

describe('COPY', () => {
  const c3 = () =>
    context({
      Dockerfile: file('FROM bb:base\nCOPY sub /sub\nCOPY sub/a.txt sub/deep/b /multi/\nCOPY su* /w/\n'),
      'sub/a.txt': file('a\n', 0o644, 500),
      'sub/deep/b': file('bb\n', 0o644, 500),
      'sub/link': link('a.txt'),
    });

  it('keys directories, several sources and wildcards as Docker does', () => {
    const be = new FakeBackend();
    importBase(be);
    expect(runBuild(be, c3(), { tags: ['bb:c3'] }).result.ok).toBe(true);
    const createdBy = history(be, 'bb:c3')
      .split('\n')
      .map((l) => l.replace(/\|[^|]*$/, ''));
    expect(createdBy).toEqual([
      '/bin/sh -c #(nop) COPY dir:fcb35f0dc11a7474ae991086f74b04ab7ffe7e03834634db3f6a0464258f623a in /w/ ',
      '/bin/sh -c #(nop) COPY multi:675df71dbd73eeebab42410a2685fe00ee73bd9568d92546a8fc95ab319d9942 in /multi/ ',
      '/bin/sh -c #(nop) COPY dir:fcb35f0dc11a7474ae991086f74b04ab7ffe7e03834634db3f6a0464258f623a in /sub ',
      '',
      '',
    ]);
    expect(history(be, 'bb:c3').split('\n')[1]).toMatch(/\|5B$/);
  });

  it('writes the entries Docker wrote (a directory copies its contents)', () => {
    const be = new FakeBackend();
    importBase(be);
    runBuild(
      be,
      context({
        Dockerfile: file('FROM bb:base\nCOPY sub /sub\n'),
        'sub/a.txt': file('a\n', 0o644, 500),
        'sub/deep/b': file('bb\n', 0o644, 500),
        'sub/link': link('a.txt'),
      }),
      { tags: ['x:1'] },
    );
    expect(topLayer(be, 'x:1')).toEqual([
      'sub/',
      'sub/a.txt',
      'sub/deep/',
      'sub/deep/b',
      'sub/link -> a.txt',
    ]);
    runBuild(be, c3(), { tags: ['x:2'] });
    expect(topLayer(be, 'x:2')).toEqual(['w/', 'w/a.txt', 'w/deep/', 'w/deep/b', 'w/link -> a.txt']);
  });

  it('COPY --from an image hashes the image files (file and dir keys)', () => {
    const be = new FakeBackend();
    importBase(be);
    const df = 'FROM bb:base\nCOPY --from=bb:base /etc/passwd /x\nCOPY --from=bb:base /etc /y\n';
    runBuild(be, context({ Dockerfile: file(df) }), { tags: ['bb:c4'] });
    expect(history(be, 'bb:c4')).toBe(
      [
        '/bin/sh -c #(nop) COPY dir:894da5ac61a64e84de8e69bc13bd2a91e51d7d9b6f58c646370b2efaaea6280b in /y |39B',
        '/bin/sh -c #(nop) COPY file:70ab510c727ca021be4e2fb997f64f50d0bc4f15a8e1cc4009d588daea13d3be in /x |30B',
        '|1.98MB',
        '',
      ].join('\n'),
    );
  });
});

describe('stages, build args and triggers', () => {
  it('prints what the legacy builder printed', () => {
    const be = new FakeBackend();
    importBase(be);
    runBuild(
      be,
      context({ Dockerfile: file('FROM bb:base\nONBUILD RUN echo triggered\nONBUILD ENV T=1\n') }),
      {
        tags: ['bb:ob'],
        quiet: true,
      },
    );
    be.effects.set('|1 V=2 /bin/sh -c echo out; echo err >&2', { stdout: 'never' });
    be.effects.set('/bin/sh -c echo out; echo err >&2', { stdout: 'out\n', stderr: 'err\n' });
    be.effects.set('/bin/sh -c echo triggered', { stdout: 'triggered\n' });
    const df =
      'ARG BASE=bb:base\nFROM $BASE AS one\nARG V=1\nRUN echo out; echo err >&2\nFROM bb:ob\nCOPY --from=one /etc/keep /k\n';
    const { out, result } = runBuild(be, context({ Dockerfile: file(df) }), {
      tags: ['bb:ms'],
      buildArgs: { UNUSED: '1', V: '2' },
    });
    expect(result.ok).toBe(true);
    const masked = out.replace(/(--->|Running in|container|built) [0-9a-f]{12}/g, '$1 <id>');
    expect(masked).toBe(
      [
        'Step 1/6 : ARG BASE=bb:base',
        'Step 2/6 : FROM $BASE AS one',
        ' ---> <id>',
        'Step 3/6 : ARG V=1',
        ' ---> Running in <id>',
        'Removing intermediate container <id>',
        ' ---> <id>',
        'Step 4/6 : RUN echo out; echo err >&2',
        ' ---> Running in <id>',
        'out',
        '\x1b[91merr',
        '\x1b[0mRemoving intermediate container <id>',
        ' ---> <id>',
        'Step 5/6 : FROM bb:ob',
        '# Executing 2 build triggers',
        ' ---> Running in <id>',
        'triggered',
        'Removing intermediate container <id>',
        ' ---> Running in <id>',
        'Removing intermediate container <id>',
        ' ---> <id>',
        'Step 6/6 : COPY --from=one /etc/keep /k',
        ' ---> <id>',
        '[Warning] One or more build-args [UNUSED] were not consumed',
        'Successfully built <id>',
        'Successfully tagged bb:ms',
        '',
      ].join('\n'),
    );
    expect(history(be, 'bb:ms')).toBe(
      [
        '/bin/sh -c #(nop) COPY file:be842ec5b782c6236f9ae52c3d817b879430b765b0a6e8055c056a4fbb2d32ba in /k |5B',
        '/bin/sh -c #(nop)  ENV T=1|0B',
        '/bin/sh -c echo triggered|0B',
        '/bin/sh -c #(nop)  ONBUILD ENV T=1|0B',
        '/bin/sh -c #(nop)  ONBUILD RUN echo triggered|0B',
        '|1.98MB',
        '',
      ].join('\n'),
    );
    // The RUN of stage one ran with V=2 in its environment and is keyed `|1 V=2 …`.
    expect(be.runs[0]?.Env).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'V=2',
    ]);
    const one = be.store.images().find((i) => i.config.history.at(-1)?.created_by?.startsWith('|1 V=2'));
    expect(one?.config.history.at(-1)?.created_by).toBe('|1 V=2 /bin/sh -c echo out; echo err >&2');
    expect(be.store.image(result.ok ? result.imageId : 'sha256:')?.config.config.Env).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'T=1',
    ]);
  });
});

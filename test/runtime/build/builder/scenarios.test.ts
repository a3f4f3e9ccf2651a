// The dk-02, dk-03 and dk-11 scenarios (test/fixtures/scenarios, printed by Docker 20.10's legacy
// builder on the reference host) replayed against the builder with a fake engine whose RUN
// steps have the effects the real commands had.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dirNode } from '../../../../src/runtime/image/tree';
import type { FakeBackend as Backend } from './fake-backend';
import { FakeBackend, context, file, history, importBase, runBuild, stepLines } from './fake-backend';

const fixture = (name: string): string =>
  readFileSync(join(__dirname, '../../../fixtures/scenarios', `${name}.out`), 'utf8');

const DOCKERFILE = `FROM bb:base
ENV GREETING=hi
RUN echo built > /built.txt
COPY app.txt /app/app.txt
RUN rm /etc/old
CMD ["cat", "/app/app.txt"]
`;

function scripted(be: Backend): void {
  be.effects.set('/bin/sh -c echo built > /built.txt', {
    files: (upper, now) => upper.children.set('built.txt', file('built\n', 0o644, now)),
  });
  be.effects.set('/bin/sh -c rm /etc/old', {
    files: (upper, now) => {
      const etc = dirNode(0o755, now);
      etc.children.set('old', { kind: 'whiteout' });
      upper.children.set('etc', etc);
    },
  });
}

const ctx = (app: string, mtime: number) =>
  context({ Dockerfile: file(DOCKERFILE), 'app.txt': file(app, 0o644, mtime) });

describe('dk-02-build-history', () => {
  it('gives the history, layer count, Env and Cmd the real builder gave', () => {
    const be = new FakeBackend();
    importBase(be);
    scripted(be);
    const { result, out } = runBuild(be, ctx('hello\n', 1000), { tags: ['bb:v1'], quiet: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(out).toBe(`${result.imageId}\n`);
    const img = be.store.image(result.imageId);
    if (!img) throw new Error('no image');
    const inspect = `${img.config.rootfs.diff_ids.length} layers; Env=${JSON.stringify(img.config.config.Env)}; Cmd=${JSON.stringify(img.config.config.Cmd)}\n`;
    const got = history(be, 'bb:v1').replace(/file:[0-9a-f]{64}/, 'file:<sha256>') + inspect;
    const expected = fixture('dk-02-build-history').split('\n').slice(0, 7).join('\n') + '\n';
    expect(got).toBe(expected);
  });
});

describe('dk-03-build-cache', () => {
  let be: Backend;
  beforeEach(() => {
    be = new FakeBackend();
    importBase(be);
    scripted(be);
    runBuild(be, ctx('hello\n', 1000), { tags: ['bb:v1'], quiet: true });
  });

  it('reuses every step, then rebuilds from the changed COPY on, and ignores a new mtime', () => {
    const sections = fixture('dk-03-build-cache').split(/^---- .*\n/m);
    const first = runBuild(be, ctx('hello\n', 1000), { tags: ['bb:v1'] });
    expect(stepLines(first.out)).toBe(sections[0]);
    const second = runBuild(be, ctx('hello2\n', 2000), { tags: ['bb:v2'] });
    expect(stepLines(second.out)).toBe(sections[1]);
    const third = runBuild(be, ctx('hello\n', 3000), { tags: ['bb:v1'] });
    expect(`${third.out.split('\n').filter((l) => l.includes('Using cache')).length}\n`).toBe(sections[2]);
    expect(third.result.ok && first.result.ok && third.result.imageId === first.result.imageId).toBe(true);
  });

  it('prints the full legacy output of a rebuild', () => {
    const { out, result } = runBuild(be, ctx('hello2\n', 2000), { tags: ['bb:v2'] });
    const id = result.ok ? result.imageId.slice(7, 19) : '';
    const masked = out
      .replace(/ ---> [0-9a-f]{12}\n/g, ' ---> <img>\n')
      .replace(/(container|Running in) [0-9a-f]{12}/g, '$1 <c>');
    expect(masked).toBe(
      [
        'Step 1/6 : FROM bb:base',
        ' ---> <img>',
        'Step 2/6 : ENV GREETING=hi',
        ' ---> Using cache',
        ' ---> <img>',
        'Step 3/6 : RUN echo built > /built.txt',
        ' ---> Using cache',
        ' ---> <img>',
        'Step 4/6 : COPY app.txt /app/app.txt',
        ' ---> <img>',
        'Step 5/6 : RUN rm /etc/old',
        ' ---> Running in <c>',
        'Removing intermediate container <c>',
        ' ---> <img>',
        'Step 6/6 : CMD ["cat", "/app/app.txt"]',
        ' ---> Running in <c>',
        'Removing intermediate container <c>',
        ' ---> <img>',
        `Successfully built ${id}`,
        'Successfully tagged bb:v2',
        '',
      ].join('\n'),
    );
  });
});

describe('dk-11-metadata-layers', () => {
  it('commits a layer for WORKDIR of a missing directory only', () => {
    const be = new FakeBackend();
    importBase(be);
    const df = 'FROM bb:base\nWORKDIR /newdir\nWORKDIR /etc\nUSER 1000\nLABEL a=b\nEXPOSE 80\n';
    const { result } = runBuild(be, context({ Dockerfile: file(df) }), { tags: ['bb:wd'], quiet: true });
    expect(result.ok).toBe(true);
    const img = be.store.resolve('bb:wd');
    if (!img.ok) throw new Error(img.error);
    const got = `${img.image.config.rootfs.diff_ids.length} layers\n` + history(be, 'bb:wd');
    expect(got).toBe(fixture('dk-11-metadata-layers'));
  });
});

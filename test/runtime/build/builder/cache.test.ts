// The legacy builder's local cache (Docker 20.10 image/cache): a step is reused when a child of
// the current image was committed with the same container config; after the first miss every
// later step of the stage runs again. The Using cache / Running in patterns are those of the
// reference host (fixture dk-03) and of this machine's Docker 20.10.24.
import { describe, expect, it } from 'vitest';
import { contextFromDockerfile, contextSentLine } from '../../../../src/runtime/build/context';
import { FakeBackend, context, file, importBase, runBuild, stepLines } from './fake-backend';

function setup(): FakeBackend {
  const be = new FakeBackend();
  importBase(be);
  return be;
}

const cached = (out: string): number => out.split('\n').filter((l) => l === ' ---> Using cache').length;

describe('build cache', () => {
  it('--no-cache runs every step again and gives a new image', () => {
    const be = setup();
    const ctx = context({ Dockerfile: file('FROM bb:base\nENV A=1\nRUN true\n') });
    const first = runBuild(be, ctx);
    const again = runBuild(be, ctx);
    const fresh = runBuild(be, ctx, { noCache: true });
    expect([cached(first.out), cached(again.out), cached(fresh.out)]).toEqual([0, 2, 0]);
    const id = (r: typeof first) => (r.result.ok ? r.result.imageId : '');
    expect(id(again)).toBe(id(first));
    expect(id(fresh)).not.toBe(id(first));
  });

  it('a changed instruction misses, and so does everything after it', () => {
    const be = setup();
    runBuild(be, context({ Dockerfile: file('FROM bb:base\nENV A=1\nENV B=2\nRUN true\n') }));
    const { out } = runBuild(be, context({ Dockerfile: file('FROM bb:base\nENV A=1\nENV B=3\nRUN true\n') }));
    expect(stepLines(out)).toBe(
      'Step 1/4 : FROM bb:base\nStep 2/4 : ENV A=1\n ---> Using cache\nStep 3/4 : ENV B=3\n ---> Running in <id>\nStep 4/4 : RUN true\n ---> Running in <id>\n',
    );
  });

  it('a RUN is keyed with the build args it sees', () => {
    const be = setup();
    const ctx = context({ Dockerfile: file('FROM bb:base\nARG V=1\nRUN echo $V\n') });
    runBuild(be, ctx);
    expect(cached(runBuild(be, ctx).out)).toBe(2);
    expect(cached(runBuild(be, ctx, { buildArgs: { V: '2' } }).out)).toBe(1);
    expect(cached(runBuild(be, ctx, { buildArgs: { V: '2' } }).out)).toBe(2);
  });

  it('COPY is keyed by content and mode, not mtime', () => {
    const be = setup();
    const df = file('FROM bb:base\nCOPY a /a\n');
    runBuild(be, context({ Dockerfile: df, a: file('x\n', 0o644, 1) }));
    expect(cached(runBuild(be, context({ Dockerfile: df, a: file('x\n', 0o644, 99) })).out)).toBe(1);
    expect(cached(runBuild(be, context({ Dockerfile: df, a: file('x\n', 0o755, 1) })).out)).toBe(0);
  });
});

describe('-q', () => {
  it('prints only the image ID; on failure the held-back stream goes with the error', () => {
    const be = setup();
    const ok = runBuild(be, context({ Dockerfile: file('FROM bb:base\nENV A=1\n') }), { quiet: true });
    expect(ok.out).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    be.effects.set('/bin/sh -c false', { status: 1 });
    const bad = runBuild(be, context({ Dockerfile: file('FROM bb:base\nRUN false\n') }), { quiet: true });
    expect(bad.out).toBe('');
    expect(bad.result).toMatchObject({
      ok: false,
      error: "The command '/bin/sh -c false' returned a non-zero code: 1",
    });
    expect(bad.result.ok ? '' : bad.result.log).toMatch(
      /^Step 1\/2 : FROM bb:base\n ---> [0-9a-f]{12}\nStep 2\/2 : RUN false\n ---> Running in [0-9a-f]{12}\n$/,
    );
  });
});

describe('docker build - < Dockerfile', () => {
  it('the CLI sends the Dockerfile alone (2.048kB)', () => {
    const ctx = contextFromDockerfile('FROM bb:base\nENV A=1\n');
    expect(contextSentLine(ctx.size)).toBe('Sending build context to Docker daemon  2.048kB\r\r\n');
    expect(ctx.dockerfileName).toBe('Dockerfile');
  });
});

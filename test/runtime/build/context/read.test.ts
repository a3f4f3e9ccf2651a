// `docker build DIR` path handling through Sys; the messages are what the Docker 28.2 CLI printed
// on this machine for the same situations (e.g. `docker build nosuch`, `docker build empty`).
import { describe, expect, it } from 'vitest';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../../../src/kernel/abi/fcntl';
import { readContext } from '../../../../src/runtime/build/context';
import type { Gen, Program, Sys } from '../../../../src/userland/sys';
import { bootWith } from '../../../kernel/harness';

function* put(sys: Sys, path: string, text: string): Gen<void> {
  const fd = yield* sys.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
  yield* sys.write(fd, text);
  yield* sys.close(fd);
}

function run(setup: (sys: Sys) => Program, dir: string, df?: string): string {
  const booted = bootWith();
  const r = booted.run(function* (sys): Program {
    yield* setup(sys);
    yield* sys.chdir('/tmp');
    const ctx = yield* readContext(sys, dir, df);
    if ('error' in ctx) yield* sys.write(1, ctx.error + '\n');
    else
      yield* sys.write(
        1,
        `${ctx.size} ${ctx.dockerfileName} ${[...ctx.root.children.keys()].sort().join(',')}\n`,
      );
    return 0;
  });
  return r.output;
}

function* tmpx(sys: Sys): Program {
  yield* sys.mkdir('/tmp/x', 0o755);
  yield* sys.mkdir('/tmp/x/empty', 0o755);
  yield* put(sys, '/tmp/x/afile', '');
  yield* sys.mkdir('/tmp/x/ctx', 0o755);
  yield* put(
    sys,
    '/tmp/x/ctx/Dockerfile',
    'FROM bb:base\nENV GREETING=hi\nRUN echo built > /built.txt\nCOPY app.txt /app/app.txt\nRUN rm /etc/old\nCMD ["cat", "/app/app.txt"]\n',
  );
  yield* put(sys, '/tmp/x/ctx/app.txt', 'hello\n');
  yield* sys.symlink('ctx', '/tmp/x/link');
  return 0;
}

describe('readContext', () => {
  it('a missing context directory', () => {
    expect(run(tmpx, 'nosuch')).toBe('unable to prepare context: path "nosuch" not found\n');
  });
  it('a directory without a Dockerfile', () => {
    expect(run(tmpx, 'x/empty')).toBe(
      'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /tmp/x/empty/Dockerfile: no such file or directory\n',
    );
  });
  it('a file as the context', () => {
    expect(run(tmpx, 'x/afile')).toBe(
      'unable to prepare context: context must be a directory: /tmp/x/afile\n',
    );
  });
  it('-f naming a missing file (relative to the working directory)', () => {
    expect(run(tmpx, 'x/empty', 'nosuch.df')).toBe(
      'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /tmp/nosuch.df: no such file or directory\n',
    );
  });
  it('the dk-02 context, also through a symlink', () => {
    expect(run(tmpx, 'x/ctx')).toBe('3072 Dockerfile Dockerfile,app.txt\n');
    expect(run(tmpx, 'x/link')).toBe('3072 Dockerfile Dockerfile,app.txt\n');
  });
  it('an empty Dockerfile from outside the context: 1.071kB, named .dockerfile.<20 hex>', () => {
    const out = run(tmpx, 'x/empty', '/tmp/x/afile');
    expect(out).toMatch(/^1071 \.dockerfile\.[0-9a-f]{20} \n$/);
  });
});

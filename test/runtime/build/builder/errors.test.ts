// Each failure as the Docker 28.2 CLI printed it against Docker 20.10.24's legacy builder on this
// machine (`DOCKER_BUILDKIT=0 docker build --network none .`; stderr line and exit status).
// The daemon's overlay directory in some messages is masked.
import { describe, expect, it } from 'vitest';
import { FakeBackend, context, file, importBase, runBuild } from './fake-backend';

function fail(df: string, extra: Record<string, ReturnType<typeof file>> = {}) {
  const be = new FakeBackend();
  importBase(be);
  be.effects.set('/bin/sh -c false', { status: 1 });
  be.effects.set('/bin/sh -c exit 3', { status: 3 });
  be.effects.set('nosuchcmd', {
    error:
      'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown',
  });
  const { result, out } = runBuild(
    be,
    context({ Dockerfile: file(df), a: file('a\n'), b: file('b\n'), ...extra }),
  );
  if (result.ok) throw new Error('build succeeded');
  return {
    error: result.error.replace(/\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/merged/, '<merged>'),
    status: result.status,
    out,
  };
}

describe('build errors', () => {
  it.each([
    [
      'COPY nosuch /x',
      'COPY failed: file not found in build context or excluded by .dockerignore: stat nosuch: file does not exist',
    ],
    ['COPY --from=bb:base /nosuch /x', 'COPY failed: stat nosuch: file does not exist'],
    [
      'COPY a b /x',
      'When using COPY with more than one source file, the destination must be a directory and end with a /',
    ],
    ['COPY nomatch* /x/', 'COPY failed: no source files were specified'],
    [
      'COPY --chown=foo a /x',
      "unable to convert uid/gid chown string to host mapping: can't find uid for user foo: no such user: foo",
    ],
    [
      'COPY --chown=1:bar a /x',
      "unable to convert uid/gid chown string to host mapping: can't find gid for group bar: open <merged>/etc/group: no such file or directory",
    ],
    [
      'COPY --chmod=644 a /x',
      'the --chmod option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled',
    ],
    ['COPY http://x/y /z', "COPY failed: source can't be a URL for COPY"],
    ['COPY --from=1 a /z', 'invalid from flag value 1: index out of bounds'],
    ['COPY --from=0 a /z', 'invalid from flag value 0: refers to current build stage'],
    ['COPY a /etc/passwd/x', 'failed to copy files: lstat <merged>/etc/passwd/x: not a directory'],
    ['WORKDIR /etc/passwd', 'Cannot mkdir: /etc/passwd is not a directory'],
    ['WORKDIR /etc/passwd/x', 'lstat <merged>/etc/passwd/x: not a directory'],
    ['EXPOSE abc', 'Invalid containerPort: abc'],
    ['STOPSIGNAL FOO', 'Invalid signal: FOO'],
    [
      'RUN ["nosuchcmd"]',
      'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown',
    ],
  ])('%s', (line, message) => {
    expect(fail(`FROM bb:base\n${line}\n`)).toMatchObject({ error: message, status: 1 });
  });

  it('a failing RUN: its status, the container kept', () => {
    const r = fail('FROM bb:base\nRUN false\n');
    expect(r).toMatchObject({
      error: "The command '/bin/sh -c false' returned a non-zero code: 1",
      status: 1,
    });
    expect(r.out).toMatch(
      /^Step 1\/2 : FROM bb:base\n ---> [0-9a-f]{12}\nStep 2\/2 : RUN false\n ---> Running in [0-9a-f]{12}\n$/,
    );
    expect(fail('FROM bb:base\nRUN exit 3\n')).toMatchObject({
      error: "The command '/bin/sh -c exit 3' returned a non-zero code: 3",
      status: 3,
    });
  });

  it('errors the daemon returns before any output', () => {
    expect(fail('FROM bb:base\nFOO bar\n')).toMatchObject({
      error: 'Error response from daemon: dockerfile parse error line 2: unknown instruction: FOO',
      out: '',
    });
    expect(fail('FROM bb:base\nENV X\n').error).toBe(
      'Error response from daemon: failed to parse Dockerfile: ENV must have two arguments',
    );
    expect(fail('').error).toBe('Error response from daemon: the Dockerfile (Dockerfile) cannot be empty');
  });

  it('errors after the build started', () => {
    expect(fail('FROM scratch\n')).toMatchObject({
      error: 'No image was generated. Is your Dockerfile empty?',
      out: 'Step 1/1 : FROM scratch\n ---> \n',
    });
    expect(fail('FROM bb:base AS a\nFROM bb:base AS a\n').error).toBe('a stage name already used');
  });
});

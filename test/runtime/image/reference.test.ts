import { describe, expect, it } from 'vitest';
import {
  familiarString,
  parseNormalizedNamed,
  referenceString,
  withDefaultTag,
} from '../../../src/runtime/image/reference';

const h40 = '0'.repeat(40);
const h64 = '0'.repeat(64);

// Each error text is what `docker pull REF` printed with the Docker 28.2 CLI on this machine
// (the CLI parses the reference before it contacts the daemon).
const errors: [string, string][] = [
  ['Busybox', 'invalid reference format: repository name (library/Busybox) must be lowercase'],
  ['foo/Bar:x', 'invalid reference format: repository name (foo/Bar) must be lowercase'],
  ['localhost:5000/A', 'invalid reference format: repository name (A) must be lowercase'],
  ['a b', 'invalid reference format'],
  ['', 'invalid reference format'],
  [':tag', 'invalid reference format'],
  ['busybox:', 'invalid reference format'],
  ['busybox@sha256:abc', 'invalid reference format'],
  ['busybox:' + 'a'.repeat(129), 'invalid reference format'],
  ['a-', 'invalid reference format'],
  ['a..b', 'invalid reference format'],
  ['example.com:port/x', 'invalid reference format'],
  [`busybox@sha256:${h40}`, 'invalid checksum digest length'],
  [`busybox@md5:${'0'.repeat(32)}`, 'unsupported digest algorithm'],
  [`busybox@sha256:${'A'.repeat(64)}`, 'invalid checksum digest format'],
  ['a'.repeat(256), 'repository name must not be more than 255 characters'],
  ['x/' + 'a'.repeat(256), 'repository name must not be more than 255 characters'],
  [h64, `invalid repository name (${h64}), cannot specify 64-byte hexadecimal strings`],
];

// Accepted by the same CLI ("Using default tag: latest" or a daemon connection error); the
// normalised forms follow distribution/reference's splitDockerDomain and TagNameOnly.
const accepted: [string, string, string][] = [
  ['busybox', 'docker.io/library/busybox:latest', 'busybox:latest'],
  ['busybox:Latest', 'docker.io/library/busybox:Latest', 'busybox:Latest'],
  ['a__b/c', 'docker.io/a__b/c:latest', 'a__b/c:latest'],
  ['a--b', 'docker.io/library/a--b:latest', 'a--b:latest'],
  ['Foo/bar', 'Foo/bar:latest', 'Foo/bar:latest'],
  ['FOO.com/x', 'FOO.com/x:latest', 'FOO.com/x:latest'],
  ['[::1]:5000/x', '[::1]:5000/x:latest', '[::1]:5000/x:latest'],
  ['index.docker.io/busybox', 'docker.io/library/busybox:latest', 'busybox:latest'],
  ['docker.io/library/python:2.7-slim', 'docker.io/library/python:2.7-slim', 'python:2.7-slim'],
  ['me/app:1', 'docker.io/me/app:1', 'me/app:1'],
  ['localhost/app', 'localhost/app:latest', 'localhost/app:latest'],
  ['localhost:5000/a/b:v2', 'localhost:5000/a/b:v2', 'localhost:5000/a/b:v2'],
  [`busybox:tag@sha256:${h64}`, `docker.io/library/busybox:tag@sha256:${h64}`, `busybox:tag@sha256:${h64}`],
  [`busybox@sha256:${h64}`, `docker.io/library/busybox@sha256:${h64}`, `busybox@sha256:${h64}`],
];

describe('parseNormalizedNamed', () => {
  it.each(errors)('rejects %j', (input, message) => {
    const r = parseNormalizedNamed(input);
    expect(r.ok ? 'accepted' : r.error).toBe(message);
  });

  it.each(accepted)('normalises %j', (input, full, familiar) => {
    const r = parseNormalizedNamed(input);
    if (!r.ok) throw new Error(r.error);
    expect(referenceString(withDefaultTag(r.ref))).toBe(full);
    expect(familiarString(withDefaultTag(r.ref))).toBe(familiar);
  });

  it('keeps domain and path apart', () => {
    const r = parseNormalizedNamed('busybox');
    expect(r).toEqual({ ok: true, ref: { domain: 'docker.io', path: 'library/busybox' } });
  });
});

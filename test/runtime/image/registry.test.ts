import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/utf8';
import { readTar } from '../../../src/userland/libc/tar';
import { BASE_IMAGES, buildImage } from '../../../src/runtime/image/bases';
import { chainIds, imageId } from '../../../src/runtime/image/digest';
import { parseConfig } from '../../../src/runtime/image/config';
import { parseNormalizedNamed } from '../../../src/runtime/image/reference';
import { Registry } from '../../../src/runtime/image/registry';
import { ImageStore } from '../../../src/runtime/image/store';
import { pullImage } from '../../../src/runtime/image/pull';
import { applyLayer } from '../../../src/runtime/image/unpack';
import { dirNode, lookup } from '../../../src/runtime/image/tree';

function pulled(store: ImageStore, registry: Registry, name: string) {
  const r = pullImage(store, registry, name);
  if (!r.ok) throw new Error(r.error);
  return r;
}

function rootfs(store: ImageStore, name: string) {
  const found = store.resolve(name);
  if (!found.ok) throw new Error(found.error);
  const root = dirNode();
  for (const chain of found.image.layers) {
    const layer = store.layer(chain);
    if (!layer) throw new Error('missing layer');
    expect(applyLayer(root, layer.tar)).toEqual({ ok: true });
  }
  return root;
}

function text(root: ReturnType<typeof dirNode>, path: string): string {
  const n = lookup(root, path);
  return n?.kind === 'file' ? decode(n.data) : `<${n?.kind ?? 'missing'}>`;
}

describe('registry and store', () => {
  it('layer counts look like Docker Hub’s', () => {
    const counts = Object.fromEntries(
      BASE_IMAGES.map((s) => [`${s.repo}:${s.tags[0]}`, buildImage(s).layers.length]),
    );
    expect(counts).toEqual({
      'library/busybox:latest': 1,
      'library/alpine:latest': 1,
      'library/debian:latest': 1,
      'library/debian:bullseye': 1,
      'library/debian:buster': 1,
      'library/ubuntu:latest': 1,
      'library/python:2.7-slim': 4,
      'library/openjdk:11-jdk-slim': 4,
      'library/maven:3.8-openjdk-11-slim': 8,
      'library/nginx:latest': 7,
    });
  });

  it('history has one non-empty entry per layer, and the ID is the config digest', () => {
    for (const spec of BASE_IMAGES) {
      const built = buildImage(spec);
      const config = parseConfig(decode(built.configBytes));
      expect(config?.history.filter((h) => !h.empty_layer).length).toBe(built.layers.length);
      expect(built.id).toBe(imageId(built.configBytes));
    }
  });

  it('images are the same bytes in a fresh registry (deterministic digests)', () => {
    const parsed = parseNormalizedNamed('nginx');
    if (!parsed.ok) throw new Error(parsed.error);
    const a = new Registry().fetch(parsed.ref);
    const b = new Registry().fetch({ domain: 'docker.io', path: 'library/nginx', tag: 'latest' });
    if (!a.ok || !b.ok) throw new Error('fetch failed');
    expect(a.image.digest).toBe(b.image.digest);
    expect(a.image.configBytes).toEqual(b.image.configBytes);
  });

  it('busybox config JSON has Docker’s shape', () => {
    const { configBytes } = buildImage(BASE_IMAGES[0]!);
    const json = decode(configBytes);
    expect(json).toMatch(
      /^\{"architecture":"amd64","config":\{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":\["PATH=\/usr\/local\/sbin:\/usr\/local\/bin:\/usr\/sbin:\/usr\/bin:\/sbin:\/bin"\],"Cmd":\["sh"\],"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null\},"created":"2023-07-18T23:19:33.655005962Z","docker_version":"20.10.23","history":\[\{"created":"2023-07-18T23:19:33.538571854Z","created_by":"\/bin\/sh -c #\(nop\) ADD file:[0-9a-f]{64} in \/ "\},\{"created":"2023-07-18T23:19:33.655005962Z","created_by":"\/bin\/sh -c #\(nop\) {2}CMD \[\\"sh\\"\]","empty_layer":true\}\],"os":"linux","rootfs":\{"type":"layers","diff_ids":\["sha256:[0-9a-f]{64}"\]\}\}$/,
    );
  });

  it('pull busybox: normalised tag, manifest digest, store lookups by name, ID and prefix', () => {
    const store = new ImageStore();
    const registry = new Registry();
    const r = pulled(store, registry, 'busybox');
    expect(r.upToDate).toBe(false);
    expect(r.layers.map((l) => l.existed)).toEqual([false]);
    expect(store.repoTags(r.image.id)).toEqual(['busybox:latest']);
    expect(r.image.repoDigests).toEqual([`busybox@${r.digest}`]);
    expect(r.image.layers).toEqual(chainIds(r.image.config.rootfs.diff_ids));
    for (const key of [
      'busybox',
      'busybox:latest',
      'docker.io/library/busybox',
      r.image.id,
      r.image.id.slice(7, 19),
    ]) {
      const found = store.resolve(key);
      expect(found.ok && found.image.id).toBe(r.image.id);
    }
    expect(store.resolve('busybox:1.36')).toEqual({ ok: false, error: 'No such image: busybox:1.36' });
    expect(pulled(store, registry, 'busybox:latest').upToDate).toBe(true);
    pulled(store, registry, 'busybox:1.36');
    expect(store.repoTags(r.image.id)).toEqual(['busybox:1.36', 'busybox:latest']);
  });

  it('images on a shared base reuse its layer ("Already exists")', () => {
    const store = new ImageStore();
    const registry = new Registry();
    pulled(store, registry, 'debian');
    const n = pulled(store, registry, 'nginx:1.25');
    expect(n.layers.map((l) => l.existed)).toEqual([true, false, false, false, false, false, false]);
    const root = rootfs(store, 'nginx:1.25');
    expect(text(root, 'etc/os-release')).toContain('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"');
    expect(text(root, 'etc/passwd')).toContain('nginx:x:101:101:nginx user:/nonexistent:/bin/false\n');
    expect(text(root, 'usr/share/nginx/html/index.html').length).toBe(615);
    expect(lookup(root, 'bin')).toMatchObject({ kind: 'symlink', target: 'usr/bin' });
  });

  it('busybox applets are hard links to one file (the first name in tar order) running busybox', () => {
    const { layers } = buildImage(BASE_IMAGES[0]!);
    const members = readTar(layers[0]!).members;
    const ls = members.find((m) => m.header.name === 'bin/ls');
    expect(ls?.header.typeflag).toBe('1');
    expect(ls?.header.linkname).toBe('bin/ash');
    expect(members.find((m) => m.header.name === 'bin/busybox')?.header.linkname).toBe('bin/ash');
    const bb = members.find((m) => m.header.name === 'bin/ash');
    expect(decode(bb?.data ?? new Uint8Array())).toBe('\x7fELF\x02\x01\x01\x00glasshouse:busybox\n');
  });

  it('pull errors carry the daemon’s texts', () => {
    const store = new ImageStore();
    const registry = new Registry();
    const err = (s: string) => {
      const r = pullImage(store, registry, s);
      return r.ok ? 'ok' : r.error;
    };
    expect(err('nosuch')).toBe(
      "pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
    expect(err('busybox:nosuch')).toBe(
      'manifest for busybox:nosuch not found: manifest unknown: manifest unknown',
    );
    expect(err('Busybox')).toBe(
      'invalid reference format: repository name (library/Busybox) must be lowercase',
    );
    expect(err('example.com/x')).toBe(
      'Get "https://example.com/v2/": dial tcp: lookup example.com: no such host',
    );
  });

  it('push to localhost:5000 then pull it into another store gives the same image ID', () => {
    const registry = new Registry();
    const a = new ImageStore();
    const base = pulled(a, registry, 'alpine');
    const target = parseNormalizedNamed('localhost:5000/team/alpine:v1');
    if (!target.ok) throw new Error(target.error);
    const tars = base.image.layers.map((c) => a.layer(c)?.tar ?? new Uint8Array());
    registry.push(target.ref, base.image.configBytes, tars);
    expect(registry.tags('localhost:5000/team/alpine')).toEqual(['v1']);
    const b = new ImageStore();
    const again = pulled(b, registry, 'localhost:5000/team/alpine:v1');
    expect(again.image.id).toBe(base.image.id);
    expect(again.digest).toBe(base.digest);
    expect(b.repoTags(again.image.id)).toEqual(['localhost:5000/team/alpine:v1']);
    const missing = pullImage(b, registry, 'localhost:5000/team/other');
    expect(missing.ok ? 'ok' : missing.error).toBe(
      'manifest for localhost:5000/team/other:latest not found: manifest unknown: manifest unknown',
    );
  });
});

import { createHash } from 'node:crypto';
import { readFileSync, readlinkSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveImages } from '../../../../src/runtime/image/archive';
import { ImageStore } from '../../../../src/runtime/image/store';
import { baseTree, makeImage, sampleStore, tag } from './fixtures';
import { tarExtract, tarList } from './host';

function save(store: ImageStore, names: string[], now = 1700000500): Uint8Array {
  const tar = saveImages(store, names, { now });
  if (!(tar instanceof Uint8Array)) throw new Error(tar.error);
  return tar;
}

interface ManifestEntry {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
  Parent?: string;
}

function manifestOf(dir: string): ManifestEntry[] {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

describe('docker save (20.10 legacy layout)', () => {
  it('lists with real GNU tar: layer dirs dated at image creation, manifest.json and repositories at the epoch', () => {
    const { store } = sampleStore();
    // Printed by `tar -tvf` (GNU tar 1.34, TZ=UTC) for the archive.
    expect(tarList(save(store, ['bb:v1']))).toBe(
      `drwxr-xr-x 0/0               0 2023-11-14 22:13 43bc0aa124ef5b919fb0db996fd30f6cbbaaf92c3e1079b045703295c45a5078/
-rw-r--r-- 0/0               3 2023-11-14 22:13 43bc0aa124ef5b919fb0db996fd30f6cbbaaf92c3e1079b045703295c45a5078/VERSION
-rw-r--r-- 0/0             401 2023-11-14 22:13 43bc0aa124ef5b919fb0db996fd30f6cbbaaf92c3e1079b045703295c45a5078/json
-rw-r--r-- 0/0            5120 2023-11-14 22:13 43bc0aa124ef5b919fb0db996fd30f6cbbaaf92c3e1079b045703295c45a5078/layer.tar
-rw-r--r-- 0/0            1342 2023-11-14 22:13 52d6eec2e82e8007e0ce4321fb5b6e0d78fa80e5a4d2044dace73e4e8c6706cc.json
drwxr-xr-x 0/0               0 2023-11-14 22:13 afabca89738321552476710d14993a10f0e48b38371a113bedc64e4df4ad8583/
-rw-r--r-- 0/0               3 2023-11-14 22:13 afabca89738321552476710d14993a10f0e48b38371a113bedc64e4df4ad8583/VERSION
-rw-r--r-- 0/0             477 2023-11-14 22:13 afabca89738321552476710d14993a10f0e48b38371a113bedc64e4df4ad8583/json
-rw-r--r-- 0/0            2048 2023-11-14 22:13 afabca89738321552476710d14993a10f0e48b38371a113bedc64e4df4ad8583/layer.tar
drwxr-xr-x 0/0               0 2023-11-14 22:13 de0bef67eb1a02585c5614a31b18335750c83dacd03a6f2dc0cf65daed2a4b97/
-rw-r--r-- 0/0               3 2023-11-14 22:13 de0bef67eb1a02585c5614a31b18335750c83dacd03a6f2dc0cf65daed2a4b97/VERSION
-rw-r--r-- 0/0             982 2023-11-14 22:13 de0bef67eb1a02585c5614a31b18335750c83dacd03a6f2dc0cf65daed2a4b97/json
-rw-r--r-- 0/0            2048 2023-11-14 22:13 de0bef67eb1a02585c5614a31b18335750c83dacd03a6f2dc0cf65daed2a4b97/layer.tar
-rw-r--r-- 0/0             348 1970-01-01 00:00 manifest.json
-rw-r--r-- 0/0              81 1970-01-01 00:00 repositories
`,
    );
  });

  it('extracts with real GNU tar: sha256 of <id>.json is the image ID, one layer per DiffID, VERSION 1.0', () => {
    const { store, image } = sampleStore();
    const dir = tarExtract(save(store, ['bb:v1']));
    const [entry] = manifestOf(dir);
    if (!entry) throw new Error('empty manifest');
    expect(entry.Config).toBe(`${image.id.slice(7)}.json`);
    expect(entry.RepoTags).toEqual(['bb:v1']);
    const config = readFileSync(join(dir, entry.Config));
    expect(`sha256:${createHash('sha256').update(config).digest('hex')}`).toBe(image.id);
    expect(entry.Layers).toHaveLength(image.config.rootfs.diff_ids.length);
    entry.Layers.forEach((layer, i) => {
      const tar = readFileSync(join(dir, layer));
      expect(`sha256:${createHash('sha256').update(tar).digest('hex')}`).toBe(
        image.config.rootfs.diff_ids[i],
      );
      expect(readFileSync(join(dir, layer.replace('layer.tar', 'VERSION')), 'utf8')).toBe('1.0');
    });
    const top = entry.Layers[entry.Layers.length - 1]?.split('/')[0];
    expect(readFileSync(join(dir, 'repositories'), 'utf8')).toBe(`{"bb":{"v1":"${top}"}}\n`);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toMatch(
      /^\[\{"Config":"[0-9a-f]{64}\.json","RepoTags":\["bb:v1"\],"Layers":\["[0-9a-f]{64}\/layer\.tar",/,
    );
  });

  it('a RUN rm layer holds only etc/ and the 0600 whiteout etc/.wh.old (dk-05)', () => {
    const { store } = sampleStore();
    const dir = tarExtract(save(store, ['bb:v1']));
    const last = manifestOf(dir)[0]?.Layers.at(-1) ?? '';
    const listing = tarList(readFileSync(join(dir, last)));
    const fields = listing
      .trim()
      .split('\n')
      .map((l) => {
        const f = l.split(/\s+/);
        return `${f[0]} ${f[2]} ${f[f.length - 1]}`;
      });
    // Expected output of the verified scenario dk-05 on Docker 20.10.24.
    expect(fields.join('\n') + '\n').toBe('drwxr-xr-x 0 etc/\n-rw------- 0 etc/.wh.old\n');
  });

  it('lower layers carry the blank v1 JSON Docker 20.10 writes (epoch, empty container_config, os)', () => {
    const { store } = sampleStore();
    const dir = tarExtract(save(store, ['bb:v1']));
    const layers = manifestOf(dir)[0]?.Layers ?? [];
    const v1 = (i: number): Record<string, unknown> =>
      JSON.parse(readFileSync(join(dir, (layers[i] ?? '').replace('layer.tar', 'json')), 'utf8')) as Record<
        string,
        unknown
      >;
    expect(Object.keys(v1(0))).toEqual(['id', 'created', 'container_config', 'os']);
    expect(Object.keys(v1(1))).toEqual(['id', 'parent', 'created', 'container_config', 'os']);
    expect(v1(1)['parent']).toBe(v1(0)['id']);
    expect(v1(1)['created']).toBe('1970-01-01T00:00:00Z');
    expect(Object.keys(v1(2))).toEqual([
      'id',
      'parent',
      'created',
      'container',
      'container_config',
      'docker_version',
      'config',
      'architecture',
      'os',
    ]);
    expect(v1(2)['created']).toBe('2023-11-14T22:13:20.123456789Z');
  });

  it('saves several images; one named by ID has RepoTags null; a layer already saved is linked, not copied', () => {
    const { store, image } = sampleStore();
    const small = makeImage(store, [baseTree()], '2023-11-14T22:00:00Z');
    tag(store, 'bb:base', small.id);
    const tar = save(store, ['bb:base', image.id.slice(7)]);
    const dir = tarExtract(tar);
    const manifest = manifestOf(dir);
    expect(manifest.map((m) => m.RepoTags)).toEqual([['bb:base'], null]);
    expect(readFileSync(join(dir, 'repositories'), 'utf8')).toBe(
      `{"bb":{"base":"${manifest[0]?.Layers[0]?.split('/')[0]}"}}\n`,
    );
    // bb:v1's bottom layer has the same DiffID as bb:base's only layer under another v1 ID.
    const bottom = manifest[1]?.Layers[0] ?? '';
    expect(readlinkSync(join(dir, bottom))).toBe(`../${manifest[0]?.Layers[0]}`);
    expect(readFileSync(join(dir, bottom)).length).toBe(5120);
    expect(tarList(tar)).toContain(
      `lrwxrwxrwx 0/0               0 2023-11-14 22:21 ${bottom} -> ../${manifest[0]?.Layers[0]}\n`,
    );
    expect(
      readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort(),
    ).toEqual([`${image.id.slice(7)}.json`, `${small.id.slice(7)}.json`, 'manifest.json'].sort());
  });

  it('a bare repository name saves every tag of it; Parent is kept when the parent is saved too', () => {
    const store = new ImageStore();
    const parent = makeImage(store, [baseTree()], '2023-11-14T22:00:00Z');
    const child = makeImage(store, [baseTree()], '2023-11-14T23:00:00Z', parent.id);
    tag(store, 'bb:v2', child.id);
    tag(store, 'bb:v1', parent.id);
    const dir = tarExtract(save(store, ['bb']));
    const manifest = manifestOf(dir);
    expect(manifest.map((m) => m.RepoTags)).toEqual([['bb:v1'], ['bb:v2']]);
    expect(manifest[1]?.Parent).toBe(parent.id);
    expect(manifest[0]?.Parent).toBeUndefined();
    const repos = JSON.parse(readFileSync(join(dir, 'repositories'), 'utf8')) as Record<
      string,
      Record<string, string>
    >;
    expect(Object.keys(repos['bb'] ?? {})).toEqual(['v1', 'v2']);
  });

  it('fails as the 20.10 daemon does', () => {
    const { store } = sampleStore();
    expect(saveImages(store, ['bb:nope'])).toEqual({ error: 'reference does not exist' });
    expect(saveImages(store, ['nosuch'])).toEqual({ error: 'No such image: nosuch' });
    const hex = 'a'.repeat(64);
    expect(saveImages(store, [hex])).toEqual({
      error: `open /var/lib/docker/image/overlay2/imagedb/content/sha256/${hex}: no such file or directory`,
    });
    const empty = makeImage(store, []);
    expect(saveImages(store, [empty.id])).toEqual({ error: 'empty export - not implemented' });
  });
});

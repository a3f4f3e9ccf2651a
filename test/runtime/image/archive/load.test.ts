import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encode } from '../../../../src/lib/utf8';
import { loadImages, saveImages } from '../../../../src/runtime/image/archive';
import { encodeLayer } from '../../../../src/runtime/image/changeset';
import { parseNormalizedNamed } from '../../../../src/runtime/image/reference';
import { ImageStore } from '../../../../src/runtime/image/store';
import { addFileTree, baseTree, makeImage, sampleStore, tag } from './fixtures';
import { hostDir, tarCreate, tarExtract } from './host';

function save(store: ImageStore, names: string[]): Uint8Array {
  const tar = saveImages(store, names, { now: 1700000500 });
  if (!(tar instanceof Uint8Array)) throw new Error(tar.error);
  return tar;
}

function load(store: ImageStore, tar: Uint8Array): string[] {
  const r = loadImages(store, tar, { tempSuffix: '7' });
  if ('error' in r) throw new Error(r.error);
  return r.loaded;
}

function loadError(tar: Uint8Array, store = new ImageStore()): string {
  const r = loadImages(store, tar, { tempSuffix: '7' });
  return 'error' in r ? r.error : `loaded: ${r.loaded.join('; ')}`;
}

const sha = (b: Uint8Array): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const TMP = '/var/lib/docker/tmp/docker-import-7';

describe('docker load of docker save archives', () => {
  it('round trip: the same image ID, DiffIDs, layer tars and tag', () => {
    const { store, image } = sampleStore();
    const fresh = new ImageStore();
    expect(load(fresh, save(store, ['bb:v1']))).toEqual(['Loaded image: bb:v1']);
    const ref = parseNormalizedNamed('bb:v1');
    if (!ref.ok) throw new Error(ref.error);
    const loaded = fresh.byRef(ref.ref);
    expect(loaded?.id).toBe(image.id);
    expect(loaded?.config.rootfs.diff_ids).toEqual(image.config.rootfs.diff_ids);
    image.layers.forEach((chain) => expect(fresh.layer(chain)?.tar).toEqual(store.layer(chain)?.tar));
  });

  it('follows a layer.tar symlink to the copy saved under another v1 ID', () => {
    const store = new ImageStore();
    const both = makeImage(store, [baseTree(), addFileTree()], '2023-11-14T22:00:00Z');
    const alone = makeImage(store, [addFileTree()], '2023-11-14T22:30:00Z');
    const tar = save(store, [both.id, alone.id]);
    const fresh = new ImageStore();
    const r = loadImages(fresh, tar);
    if ('error' in r) throw new Error(r.error);
    expect(r.loaded).toEqual([`Loaded image ID: ${both.id}`, `Loaded image ID: ${alone.id}`]);
    expect(r.layers.map((l) => l.size)).toEqual([5120, 2048, 2048]);
    expect(fresh.image(alone.id)?.layers).toEqual(alone.layers);
  });

  it('reports the layers it read (the "Loading layer" bars); layers already stored are skipped', () => {
    const { store, image } = sampleStore();
    const tar = save(store, ['bb:v1']);
    const fresh = new ImageStore();
    const first = loadImages(fresh, tar);
    if ('error' in first) throw new Error(first.error);
    expect(first.layers).toEqual(
      image.config.rootfs.diff_ids.map((d, i) => ({ id: d.slice(7, 19), size: [5120, 2048, 2048][i] })),
    );
    const again = loadImages(fresh, tar);
    if ('error' in again) throw new Error(again.error);
    expect(again).toEqual({ loaded: ['Loaded image: bb:v1'], layers: [] });
  });

  it('a re-tagged name notes the old image; images saved by ID print "Loaded image ID:"', () => {
    const { store, image } = sampleStore();
    const other = makeImage(store, [baseTree()], '2023-11-14T22:00:00Z');
    const target = new ImageStore();
    makeImage(target, [baseTree()], '2023-11-14T22:00:00Z');
    tag(target, 'bb:v1', other.id);
    expect(load(target, save(store, ['bb:v1']))).toEqual([
      `The image bb:v1 already exists, renaming the old one with ID ${other.id} to empty string`,
      'Loaded image: bb:v1',
    ]);
    expect(load(new ImageStore(), save(store, [other.id]))).toEqual([`Loaded image ID: ${other.id}`]);
    // moby counts tags of the last image only: when it has none, every image's ID is printed.
    expect(load(new ImageStore(), save(store, ['bb:v1', other.id]))).toEqual([
      'Loaded image: bb:v1',
      `Loaded image ID: ${image.id}`,
      `Loaded image ID: ${other.id}`,
    ]);
  });

  it('reads an archive re-packed by real GNU tar (./ names), and the OCI layout Docker ≥ 25 writes', () => {
    const { store, image } = sampleStore();
    const saved = tarExtract(save(store, ['bb:v1']));
    expect(load(new ImageStore(), tarCreate(saved, ['.']))).toEqual(['Loaded image: bb:v1']);

    const oci = hostDir();
    mkdirSync(join(oci, 'blobs', 'sha256'), { recursive: true });
    const blob = (b: Uint8Array): string => {
      writeFileSync(join(oci, 'blobs', 'sha256', sha(b).slice(7)), b);
      return `blobs/sha256/${sha(b).slice(7)}`;
    };
    const layers = image.layers.map((c) => blob(store.layer(c)?.tar ?? new Uint8Array()));
    const config = blob(image.configBytes);
    const ociManifest = encode(
      JSON.stringify({ schemaVersion: 2, config: { digest: image.id }, layers: [] }),
    );
    writeFileSync(
      join(oci, 'index.json'),
      JSON.stringify({ schemaVersion: 2, manifests: [{ digest: sha(ociManifest) }] }),
    );
    blob(ociManifest);
    writeFileSync(join(oci, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    writeFileSync(
      join(oci, 'manifest.json'),
      JSON.stringify([{ Config: config, RepoTags: ['bb:oci'], Layers: layers }]) + '\n',
    );
    const fresh = new ImageStore();
    expect(load(fresh, tarCreate(oci, ['blobs', 'index.json', 'manifest.json', 'oci-layout']))).toEqual([
      'Loaded image: bb:oci',
    ]);
    expect(fresh.image(image.id)?.config.rootfs.diff_ids).toEqual(image.config.rootfs.diff_ids);
  });

  it('loads the pre-1.10 layout (no manifest.json): v1 JSON → config with rootfs and history', () => {
    const dir = hostDir();
    const base = encodeLayer(baseTree());
    const top = encodeLayer(addFileTree());
    const [p, c] = ['1'.repeat(64), '2'.repeat(64)];
    const v1 = (id: string, parent: string | undefined, cmd: string): string =>
      JSON.stringify({
        id,
        ...(parent ? { parent } : {}),
        created: '2015-08-21T19:28:59.615208433Z',
        container_config: { Cmd: ['/bin/sh', '-c', cmd] },
        docker_version: '1.7.1',
        architecture: 'amd64',
        os: 'linux',
        Size: 5120,
      });
    for (const [id, parent, cmd, layer] of [
      [p, undefined, '#(nop) ADD file:abc in /', base],
      [c, p, 'echo built > /built.txt', top],
    ] as const) {
      mkdirSync(join(dir, id));
      writeFileSync(join(dir, id, 'json'), v1(id, parent, cmd));
      writeFileSync(join(dir, id, 'VERSION'), '1.0');
      writeFileSync(join(dir, id, 'layer.tar'), layer);
    }
    writeFileSync(join(dir, 'repositories'), JSON.stringify({ old: { v1: c } }));
    const store = new ImageStore();
    expect(load(store, tarCreate(dir, [p, c, 'repositories']))).toEqual([]);
    const ref = parseNormalizedNamed('old:v1');
    if (!ref.ok) throw new Error(ref.error);
    const img = store.byRef(ref.ref);
    expect(img?.config.rootfs.diff_ids).toEqual([sha(base), sha(top)]);
    const text = new TextDecoder().decode(img?.configBytes);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'architecture',
      'container_config',
      'created',
      'docker_version',
      'history',
      'os',
      'rootfs',
    ]);
    expect(text).toContain(
      '"history":[{"created":"2015-08-21T19:28:59.615208433Z","created_by":"/bin/sh -c #(nop) ADD file:abc in /"},{"created":"2015-08-21T19:28:59.615208433Z","created_by":"/bin/sh -c echo built \\u003e /built.txt"}]',
    );
    expect(img?.parent).toBeDefined();
  });
});

describe('docker load errors (Docker 20.10.24)', () => {
  it('input that is no archive', () => {
    expect(loadError(new Uint8Array())).toBe(`open ${TMP}/repositories: no such file or directory`);
    expect(loadError(encode('hello\n'))).toBe('unexpected EOF');
    expect(loadError(new Uint8Array(2000).fill(0x78))).toBe('archive/tar: invalid tar header');
    const { store } = sampleStore();
    expect(loadError(save(store, ['bb:v1']).slice(0, 1800))).toBe('unexpected EOF');
  });

  it('a tar without manifest.json', () => {
    const dir = hostDir();
    writeFileSync(join(dir, 'hello.txt'), 'hi\n');
    expect(loadError(tarCreate(dir, ['hello.txt']))).toBe(
      `open ${TMP}/repositories: no such file or directory`,
    );
    mkdirSync(join(dir, 'foo'));
    expect(loadError(tarCreate(dir, ['foo', 'hello.txt']))).toBe(
      `open ${TMP}/foo/json: no such file or directory`,
    );
  });

  it('manifests that do not match their files', () => {
    const { store, image } = sampleStore();
    const dir = tarExtract(save(store, ['bb:v1']));
    const manifestPath = join(dir, 'manifest.json');
    const original = readFileSync(manifestPath, 'utf8');
    const entry = (JSON.parse(original) as { Config: string; RepoTags: string[]; Layers: string[] }[])[0];
    if (!entry) throw new Error('no entry');
    const repack = (m: unknown): Uint8Array => {
      writeFileSync(manifestPath, typeof m === 'string' ? m : JSON.stringify(m));
      return tarCreate(dir, ['.']);
    };
    expect(loadError(repack('xyz'))).toBe("invalid character 'x' looking for beginning of value");
    expect(loadError(repack({}))).toBe(
      'json: cannot unmarshal object into Go value of type []tarexport.manifestItem',
    );
    expect(loadError(repack([{ ...entry, Config: 'nope.json' }]))).toBe(
      `open ${TMP}/nope.json: no such file or directory`,
    );
    expect(loadError(repack([{ ...entry, Layers: entry.Layers.slice(1) }]))).toBe(
      'invalid manifest, layers length mismatch: expected 2, got 3',
    );
    const swapped = [entry.Layers[0], entry.Layers[2], entry.Layers[1]];
    expect(loadError(repack([{ ...entry, Layers: swapped }]))).toBe(
      `invalid diffID for layer 1: expected "${image.config.rootfs.diff_ids[1]}", got "${image.config.rootfs.diff_ids[2]}"`,
    );
    rmSync(join(dir, entry.Layers[2] ?? ''));
    expect(loadError(repack(original))).toBe(`open ${TMP}/${entry.Layers[2]}: no such file or directory`);
    // With the layers already in the store, a missing layer file does not matter.
    expect(loadError(tarCreate(dir, ['.']), store)).toBe('loaded: Loaded image: bb:v1');
  });

  it('an image for another OS', () => {
    const dir = hostDir();
    writeFileSync(
      join(dir, 'c.json'),
      '{"architecture":"amd64","os":"windows","rootfs":{"type":"layers","diff_ids":[]}}',
    );
    writeFileSync(join(dir, 'manifest.json'), '[{"Config":"c.json","RepoTags":null,"Layers":[]}]');
    expect(loadError(tarCreate(dir, ['c.json', 'manifest.json']))).toBe('cannot load windows image on linux');
  });
});

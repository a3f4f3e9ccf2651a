import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../../src/lib/utf8';
import { encodeLayer } from '../../../src/runtime/image/changeset';
import { goTime } from '../../../src/runtime/image/gotime';
import { epochSeconds } from '../../../src/runtime/image/bases/fs';
import { importImage, importedDiffId } from '../../../src/runtime/image/importer';
import { parseNormalizedNamed } from '../../../src/runtime/image/reference';
import { ImageStore } from '../../../src/runtime/image/store';
import { dirNode } from '../../../src/runtime/image/tree';

describe('Go times', () => {
  // date -u -d @SECONDS +%FT%T printed the date and clock parts.
  it.each([
    [1689722373655005962n, '2023-07-18T23:19:33.655005962Z'],
    [1611620631736089450n, '2021-01-26T00:23:51.73608945Z'],
    [4102444800000000000n, '2100-01-01T00:00:00Z'],
    [951782400100000000n, '2000-02-29T00:00:00.1Z'],
    [0n, '1970-01-01T00:00:00Z'],
  ])('%s ns → %s', (ns, text) => {
    expect(goTime(ns)).toBe(text);
    expect(epochSeconds(text)).toBe(Number(ns / 1_000_000_000n));
  });
});

describe('docker import', () => {
  it('one layer whose DiffID is the sha256 of the tar, comment and history "Imported from -"', () => {
    const root = dirNode();
    root.children.set('hello', { kind: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, data: encode('hi\n') });
    const tar = encodeLayer(root);
    const store = new ImageStore();
    const ref = parseNormalizedNamed('bb:base');
    if (!ref.ok) throw new Error(ref.error);
    const image = importImage(store, tar, { source: '-', now: 1700000000123456789n, ref: ref.ref });
    if (typeof image === 'string') throw new Error(image);
    expect(importedDiffId(store, image)).toBe(image.config.rootfs.diff_ids[0]);
    expect(store.repoTags(image.id)).toEqual(['bb:base']);
    const json = decode(image.configBytes);
    expect(json).toMatch(/^\{"architecture":"amd64","comment":"Imported from -","config":\{"Hostname":"",/);
    expect(json).toContain(
      '"container_config":{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null},"created":"2023-11-14T22:13:20.123456789Z","docker_version":"20.10.24","history":[{"created":"2023-11-14T22:13:20.123456789Z","comment":"Imported from -"}],"os":"linux","rootfs":{"type":"layers","diff_ids":["sha256:',
    );
  });
});

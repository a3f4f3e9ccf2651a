import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encode } from '../../../src/lib/utf8';
import { encodeConfig, parseConfig, serializeConfig } from '../../../src/runtime/image/config';
import type { GoValue } from '../../../src/runtime/image/gojson';
import { goJson, goString } from '../../../src/runtime/image/gojson';
import { encodeManifest, makeManifest } from '../../../src/runtime/image/manifest';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/image/${name}`, import.meta.url), 'utf8');

// Two config blobs as Docker Hub serves them, with the digests and sizes their manifests give:
// alpine:3.10 (config digest sha256:e7b300ae…, 1472 bytes) and fedora:33 (sha256:a7826767…, 1994
// bytes; its label holds "<" and ">", which Go writes as \u003c and \u003e). sha256sum of the
// files on this machine printed the same digests.
const real: [string, string, number][] = [
  [
    'alpine-3.10-config.json',
    'sha256:e7b300aee9f9bf3433d32bc9305bfdd22183beb59d933b48d77ab56ba53a197a',
    1472,
  ],
  ['fedora-33-config.json', 'sha256:a78267678b7e6e849c7e960b09227b737a38d5073a5071b041a16bd4b609ef92', 1994],
];

describe('image config JSON', () => {
  it.each(real)('%s: parse then serialise gives the same bytes and image ID', (name, id, size) => {
    const text = fixture(name);
    const config = parseConfig(text);
    if (!config) throw new Error('parse failed');
    expect(serializeConfig(config)).toBe(text);
    const encoded = encodeConfig(config);
    expect(encoded.id).toBe(id);
    expect(encoded.bytes.length).toBe(size);
  });

  it('Go string escaping', () => {
    expect(goString('echo built > /built.txt')).toBe('"echo built \\u003e /built.txt"');
    expect(goString('a&b<c')).toBe('"a\\u0026b\\u003cc"');
    expect(goString('tab\tnl\ncr\r"q"\\')).toBe('"tab\\tnl\\ncr\\r\\"q\\"\\\\"');
    expect(goString('\x01\b\f\u2028é')).toBe('"\\u0001\\u0008\\u000c\\u2028é"');
    expect(goString('\ud800x')).toBe('"\ufffdx"');
  });

  it('maps are sorted, structs keep field order, undefined is omitted', () => {
    expect(
      goJson(
        new Map<string, GoValue>([
          ['b', 1],
          ['a', null],
          ['10', true],
        ]),
      ),
    ).toBe('{"10":true,"a":null,"b":1}');
    expect(goJson({ z: 'x', a: undefined, m: [] })).toBe('{"z":"x","m":[]}');
  });

  it('ExposedPorts and Volumes are Go sets; Shell and StopSignal are omitempty', () => {
    const json = serializeConfig({
      architecture: 'amd64',
      config: { ExposedPorts: ['80/tcp', '443/tcp'], Volumes: ['/data'], StopSignal: 'SIGQUIT' },
      created: '2023-01-01T00:00:00Z',
      history: [],
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [] },
    });
    expect(json).toContain('"ExposedPorts":{"443/tcp":{},"80/tcp":{}},"Tty":false');
    expect(json).toContain('"Volumes":{"/data":{}},"WorkingDir":""');
    expect(json).toContain('"Labels":null,"StopSignal":"SIGQUIT"},"created"');
    const back = parseConfig(json);
    expect(back?.config.ExposedPorts).toEqual(['443/tcp', '80/tcp']);
    expect(back && serializeConfig(back)).toBe(json);
    expect(parseConfig('{"architecture":"amd64"}')).toBeNull();
    expect(parseConfig('nope')).toBeNull();
  });

  it('manifests list config and layers by digest and size', () => {
    const m = makeManifest(encode('{}'), [encode('x')]);
    const { bytes } = encodeManifest(m);
    // printf '{}' | sha256sum; printf x | sha256sum
    expect(new TextDecoder().decode(bytes)).toBe(
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881","size":1}]}',
    );
  });
});

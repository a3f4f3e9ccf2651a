// The legacy v1 image JSON of docker save's layer directories (moby image.V1Image and
// image/v1/imagev1.go). Each layer of an image gets a v1 ID:
//   v1ID = sha256(json.Marshal(map of the V1Image's fields + "layer_id": ChainID + "parent": parent v1ID))
// where the top layer's V1Image is the image's own (comment, created, container, container_config,
// docker_version, author, config, architecture, variant, os) and every lower layer's is a blank
// one created at the Unix epoch (so shared base layers keep the same v1 ID). The layer's `json`
// file is the V1Image in struct order with id, parent and os filled in.
//
// Simplification: time.Unix(0, 0) prints in the daemon's zone, which is always UTC here; run
// configs not written by Docker (no leading "Hostname") are re-encoded through config.ts, which
// models fewer container.Config fields than Go.

import type { ImageConfig } from '../config';
import { parseConfig, serializeConfig } from '../config';
import type { Digest } from '../digest';
import { digestHex, sha256Digest } from '../digest';
import { goString } from '../gojson';
import { rawMembers, rawObject, rawStruct } from './rawjson';

/** A container.Config with every field at its zero value, as Go marshals it. */
export const EMPTY_RUN_CONFIG =
  '{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,' +
  '"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,' +
  '"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null}';

/** time.Unix(0, 0) in UTC. */
export const EPOCH_TIME = '"1970-01-01T00:00:00Z"';
const ZERO_TIME = '"0001-01-01T00:00:00Z"';

/** image.V1Image's JSON keys in struct order. */
export const V1_ORDER = [
  'id',
  'parent',
  'comment',
  'created',
  'container',
  'container_config',
  'docker_version',
  'author',
  'config',
  'architecture',
  'variant',
  'os',
  'Size',
] as const;

const STRING_FIELDS = [
  'id',
  'parent',
  'comment',
  'container',
  'docker_version',
  'author',
  'architecture',
  'variant',
  'os',
];

/** Run configs re-encoded in container.Config field order (for configs Docker did not write). */
function encodedRunConfigs(members: ReadonlyMap<string, string>): Map<string, string> {
  const text = `{"architecture":"","os":"","rootfs":{"type":"layers","diff_ids":[]},"config":${members.get('config') ?? '{}'},"container_config":${members.get('container_config') ?? '{}'}}`;
  const parsed = parseConfig(text);
  const cfg: ImageConfig = parsed ?? {
    architecture: '',
    os: '',
    config: {},
    created: '',
    history: [],
    rootfs: { type: 'layers', diff_ids: [] },
  };
  return rawMembers(serializeConfig({ ...cfg, container_config: cfg.container_config ?? {} })) ?? new Map();
}

function runConfig(raw: string, key: string, members: ReadonlyMap<string, string>): string {
  if (raw.startsWith('{"Hostname":')) return raw;
  return encodedRunConfigs(members).get(key) ?? EMPTY_RUN_CONFIG;
}

/**
 * A JSON object read into image.V1Image and marshalled again: the V1Image members (raw JSON
 * texts) that Go would write, omitempty fields dropped.
 */
export function v1Image(json: string): Map<string, string> {
  const m = rawMembers(json) ?? new Map<string, string>();
  const out = new Map<string, string>();
  for (const key of V1_ORDER) {
    const raw = m.get(key);
    const empty = raw === undefined || raw === 'null';
    if (STRING_FIELDS.includes(key)) {
      if (!empty && raw !== '""') out.set(key, raw);
    } else if (key === 'created') out.set(key, empty ? ZERO_TIME : raw);
    else if (key === 'container_config') out.set(key, empty ? EMPTY_RUN_CONFIG : runConfig(raw, key, m));
    else if (key === 'config') {
      if (!empty) out.set(key, runConfig(raw, key, m));
    } else if (!empty && raw !== '0') out.set(key, raw);
  }
  return out;
}

/** The blank V1Image of a lower layer: created at the epoch, empty container_config. */
export function blankV1Image(): Map<string, string> {
  return new Map([
    ['created', EPOCH_TIME],
    ['container_config', EMPTY_RUN_CONFIG],
  ]);
}

/** moby v1.CreateID: the v1 ID of a layer from its V1Image, ChainID and parent v1 ID. */
export function createV1Id(
  v1: ReadonlyMap<string, string>,
  chain: Digest,
  parent: Digest | undefined,
): Digest {
  const m = new Map(v1);
  m.delete('id');
  m.set('layer_id', goString(chain));
  if (parent !== undefined) m.set('parent', goString(parent));
  return sha256Digest(rawObject(m));
}

/** The layer directory's `json`: the V1Image with id, parent (hex) and the image's OS. */
export function v1LayerJson(
  v1: ReadonlyMap<string, string>,
  id: Digest,
  parent: Digest | undefined,
  os: string,
): string {
  const m = new Map(v1);
  m.set('id', goString(digestHex(id)));
  if (parent !== undefined) m.set('parent', goString(digestHex(parent)));
  if (os !== '') m.set('os', goString(os));
  else m.delete('os');
  return rawStruct(m, V1_ORDER);
}

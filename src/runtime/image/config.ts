// The image configuration (image-spec config.md) as Docker 20.10 stores it: moby image.Image
// marshalled with its top-level keys sorted (Image.MarshalJSON re-encodes through a map), the run
// config in the field order of api/types/container.Config, history entries {created, author,
// created_by, comment, empty_layer}. The image ID is the sha256 of exactly these bytes.
//
// Simplification: no Healthcheck, NetworkDisabled, MacAddress or StopTimeout fields.

import { encode } from '../../lib/utf8';
import type { Digest } from './digest';
import { imageId } from './digest';
import type { GoValue } from './gojson';
import { goJson } from './gojson';

/** container.Config: what a container made from the image runs. Null lists print as null. */
export interface RunConfig {
  readonly Hostname?: string;
  readonly Domainname?: string;
  readonly User?: string;
  readonly AttachStdin?: boolean;
  readonly AttachStdout?: boolean;
  readonly AttachStderr?: boolean;
  /** "80/tcp" style keys (a Go set: printed as {"80/tcp":{}}, sorted). */
  readonly ExposedPorts?: readonly string[];
  readonly Tty?: boolean;
  readonly OpenStdin?: boolean;
  readonly StdinOnce?: boolean;
  readonly Env?: readonly string[] | null;
  readonly Cmd?: readonly string[] | null;
  readonly ArgsEscaped?: boolean;
  readonly Image?: string;
  readonly Volumes?: readonly string[] | null;
  readonly WorkingDir?: string;
  readonly Entrypoint?: readonly string[] | null;
  readonly OnBuild?: readonly string[] | null;
  readonly Labels?: Readonly<Record<string, string>> | null;
  readonly StopSignal?: string;
  readonly Shell?: readonly string[];
}

export interface HistoryEntry {
  /** RFC 3339 with nanoseconds, as Go prints a time.Time ("2023-07-18T23:19:33.655005962Z"). */
  readonly created: string;
  readonly author?: string;
  readonly created_by?: string;
  readonly comment?: string;
  readonly empty_layer?: boolean;
}

export interface ImageConfig {
  readonly architecture: string;
  readonly author?: string;
  readonly comment?: string;
  readonly config: RunConfig;
  /** ID of the build container the image was committed from. */
  readonly container?: string;
  readonly container_config?: RunConfig;
  readonly created: string;
  readonly docker_version?: string;
  readonly history: readonly HistoryEntry[];
  readonly os: string;
  readonly variant?: string;
  readonly rootfs: { readonly type: 'layers'; readonly diff_ids: readonly Digest[] };
}

function set(keys: readonly string[] | null | undefined): GoValue {
  if (keys == null) return null;
  return new Map(keys.map((k) => [k, {}]));
}

function list(v: readonly string[] | null | undefined): GoValue {
  return v == null ? null : v;
}

/** container.Config in Go field order (omitempty fields left out when empty). */
function runConfigValue(c: RunConfig): GoValue {
  return {
    Hostname: c.Hostname ?? '',
    Domainname: c.Domainname ?? '',
    User: c.User ?? '',
    AttachStdin: c.AttachStdin ?? false,
    AttachStdout: c.AttachStdout ?? false,
    AttachStderr: c.AttachStderr ?? false,
    ExposedPorts: c.ExposedPorts && c.ExposedPorts.length > 0 ? set(c.ExposedPorts) : undefined,
    Tty: c.Tty ?? false,
    OpenStdin: c.OpenStdin ?? false,
    StdinOnce: c.StdinOnce ?? false,
    Env: list(c.Env),
    Cmd: list(c.Cmd),
    ArgsEscaped: c.ArgsEscaped ? true : undefined,
    Image: c.Image ?? '',
    Volumes: set(c.Volumes),
    WorkingDir: c.WorkingDir ?? '',
    Entrypoint: list(c.Entrypoint),
    OnBuild: list(c.OnBuild),
    Labels: c.Labels == null ? null : new Map(Object.entries(c.Labels)),
    StopSignal: c.StopSignal || undefined,
    Shell: c.Shell && c.Shell.length > 0 ? c.Shell : undefined,
  };
}

function historyValue(h: HistoryEntry): GoValue {
  return {
    created: h.created,
    author: h.author || undefined,
    created_by: h.created_by || undefined,
    comment: h.comment || undefined,
    empty_layer: h.empty_layer ? true : undefined,
  };
}

/** The config JSON text exactly as Docker writes it (top-level keys sorted, no spaces). */
export function serializeConfig(c: ImageConfig): string {
  const top = new Map<string, GoValue>([
    ['architecture', c.architecture],
    ['config', runConfigValue(c.config)],
    ['created', c.created],
    ['history', c.history.map(historyValue)],
    ['os', c.os],
    ['rootfs', { type: c.rootfs.type, diff_ids: c.rootfs.diff_ids }],
  ]);
  if (c.author) top.set('author', c.author);
  if (c.comment) top.set('comment', c.comment);
  if (c.container) top.set('container', c.container);
  if (c.container_config) top.set('container_config', runConfigValue(c.container_config));
  if (c.docker_version) top.set('docker_version', c.docker_version);
  if (c.variant) top.set('variant', c.variant);
  return goJson(top);
}

/** Config bytes and the image ID they hash to. */
export function encodeConfig(c: ImageConfig): { bytes: Uint8Array; id: Digest } {
  const bytes = encode(serializeConfig(c));
  return { bytes, id: imageId(bytes) };
}

/** A run config read from JSON: Go sets ({"80/tcp":{}}) back to key lists. */
function readRunConfig(v: unknown): RunConfig | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const out = { ...v } as Record<string, unknown>;
  for (const key of ['ExposedPorts', 'Volumes']) {
    const set = out[key];
    if (set && typeof set === 'object' && !Array.isArray(set)) out[key] = Object.keys(set);
  }
  return out as RunConfig;
}

/** Parse stored config JSON (as written by serializeConfig or by Docker), or null if malformed. */
export function parseConfig(text: string): ImageConfig | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const rootfs = o['rootfs'] as Record<string, unknown> | undefined;
  if (typeof o['architecture'] !== 'string' || typeof o['os'] !== 'string') return null;
  if (!rootfs || rootfs['type'] !== 'layers' || !Array.isArray(rootfs['diff_ids'])) return null;
  const out: Record<string, unknown> = { ...o, config: readRunConfig(o['config']) ?? {} };
  if (!Array.isArray(o['history'])) out['history'] = [];
  const cc = readRunConfig(o['container_config']);
  if (cc) out['container_config'] = cc;
  return out as unknown as ImageConfig;
}

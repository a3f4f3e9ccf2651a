// docker save's manifest.json decoded into moby's []tarexport.manifestItem, with the type errors
// Go's decoder reports for values of the wrong kind.

import { field, jsonKind } from './gojsonread';

export interface ManifestItem {
  readonly Config: string;
  readonly RepoTags: readonly string[];
  readonly Layers: readonly string[];
  readonly Parent: string;
}

function typeError(kind: string, where: string, type: string): string {
  return `json: cannot unmarshal ${kind} into Go ${where} of type ${type}`;
}

function str(v: unknown, name: string): string | { error: string } {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  return { error: typeError(jsonKind(v), `struct field manifestItem.${name}`, 'string') };
}

function strings(v: unknown, name: string): string[] | { error: string } {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v))
    return { error: typeError(jsonKind(v), `struct field manifestItem.${name}`, '[]string') };
  const out: string[] = [];
  for (const x of v as unknown[]) {
    const s = str(x, name);
    if (typeof s !== 'string') return s;
    out.push(s);
  }
  return out;
}

function item(v: unknown): ManifestItem | string {
  const empty: ManifestItem = { Config: '', RepoTags: [], Layers: [], Parent: '' };
  if (v === null) return empty;
  if (typeof v !== 'object' || Array.isArray(v)) {
    return typeError(jsonKind(v), 'value', 'tarexport.manifestItem');
  }
  const o = v as Record<string, unknown>;
  const Config = str(field(o, 'Config'), 'Config');
  const RepoTags = strings(field(o, 'RepoTags'), 'RepoTags');
  const Layers = strings(field(o, 'Layers'), 'Layers');
  const Parent = str(field(o, 'Parent'), 'Parent');
  for (const x of [Config, RepoTags, Layers, Parent])
    if (typeof x === 'object' && 'error' in x) return x.error;
  return {
    Config: Config as string,
    RepoTags: RepoTags as string[],
    Layers: Layers as string[],
    Parent: Parent as string,
  };
}

/** The manifest entries, or Go's error for a value of the wrong shape (null is no entries). */
export function parseManifest(v: unknown): ManifestItem[] | string {
  if (v === null) return [];
  if (!Array.isArray(v)) return typeError(jsonKind(v), 'value', '[]tarexport.manifestItem');
  const out: ManifestItem[] = [];
  for (const x of v as unknown[]) {
    const m = item(x);
    if (typeof m === 'string') return m;
    out.push(m);
  }
  return out;
}

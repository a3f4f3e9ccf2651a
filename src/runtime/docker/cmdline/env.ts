// `--env-file` and `--label-file` (docker/cli opts.parseKeyValueFile) and how `-e`/`-l` combine with
// them: file variables first, then the command line's; `NAME` alone in an env file takes the CLI's
// own value when it has one and is dropped otherwise (label files drop it always).
//
// Simplification: file contents arrive as text, so Docker's "contains invalid utf8 bytes" check is
// left to whoever decodes the file.

import type { EnvLookup } from './spec';

export type KVResult = { ok: true; value: string[] } | { ok: false; error: string };

/** What a file read gave: its text, or Go's error (`open /x: no such file or directory`). */
export type FileText = { readonly text: string } | { readonly error: string };

const WS = ' \t';
const trimLeftWs = (s: string): string => s.replace(/^[ \t]+/, '');

/** parseKeyValueFile over a file's text; `lookup` is undefined for label files. */
export function parseKeyValueText(text: string, lookup: EnvLookup | undefined): KVResult {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  lines.forEach((raw, i) => {
    let l = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (i === 0 && l.startsWith('\ufeff')) l = l.slice(1);
    lines[i] = l.replace(/^\s+/u, '');
  });
  for (const line of lines) {
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const variable = trimLeftWs(eq < 0 ? line : line.slice(0, eq));
    if ([...WS].some((c) => variable.includes(c))) {
      return {
        ok: false,
        error: `poorly formatted environment: variable '${variable}' contains whitespaces`,
      };
    }
    if (variable === '')
      return { ok: false, error: `poorly formatted environment: no variable name on line '${line}'` };
    if (eq >= 0) out.push(`${variable}=${line.slice(eq + 1)}`);
    else {
      const value = lookup?.(line);
      if (value !== undefined) out.push(`${line.trim()}=${value}`);
    }
  }
  return { ok: true, value: out };
}

/** readKVStrings: each file's variables in order, then `override` (the -e/-l values). */
export function readKVStrings(
  paths: readonly string[],
  files: ReadonlyMap<string, FileText>,
  override: readonly string[],
  lookup: EnvLookup | undefined,
): KVResult {
  const out: string[] = [];
  for (const path of paths) {
    const f = files.get(path) ?? { error: `open ${path}: no such file or directory` };
    if ('error' in f) return { ok: false, error: f.error };
    const r = parseKeyValueText(f.text, lookup);
    if (!r.ok) return r;
    out.push(...r.value);
  }
  return { ok: true, value: [...out, ...override] };
}

/**
 * The `-e` list after docker 20.10's proxy-config pass (ConvertKVStringsToMapWithNil and back):
 * one entry per name, at its first position, with its last value.
 */
export function dedupeEnv(env: readonly string[]): string[] {
  const order: string[] = [];
  const last = new Map<string, string>();
  for (const e of env) {
    const eq = e.indexOf('=');
    const key = eq < 0 ? e : e.slice(0, eq);
    if (!last.has(key)) order.push(key);
    last.set(key, e);
  }
  return order.map((k) => last.get(k) ?? k);
}

/** opts.ConvertKVStringsToMap: `k=v` → {k: v}; `k` → {k: ''}. */
export function kvMap(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    out[eq < 0 ? v : v.slice(0, eq)] = eq < 0 ? '' : v.slice(eq + 1);
  }
  return out;
}

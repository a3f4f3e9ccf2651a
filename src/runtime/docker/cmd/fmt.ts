// --format for the docker subcommands: Go templates over the Engine API's answers.

import type { Json } from '../../engine/wire';

function field(v: Json | undefined, path: string): Json | undefined {
  let cur = v;
  for (const k of path.split('.').filter((x) => x !== '')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

function show(v: Json | undefined): string {
  if (v === undefined) return '<no value>';
  if (Array.isArray(v)) return `[${v.map(show).join(' ')}]`;
  if (v === null) return '<nil>';
  if (typeof v === 'object')
    return `map[${Object.keys(v)
      .sort()
      .map((k) => `${k}:${show(v[k])}`)
      .join(' ')}]`;
  return String(v);
}

/** Render a Go template over one value: the text, or Docker's error text. */
export function renderTemplate(format: string, value: Json): { text: string } | { error: string } {
  const parts = format.split(/({{[^}]*}})/);
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? '';
    const m = /^{{\s*(.*?)\s*}}$/.exec(p);
    if (!m) {
      text += p;
      continue;
    }
    const expr = m[1] ?? '';
    const range = /^range\s+(\S+)$/.exec(expr);
    if (range) {
      const end = parts.findIndex((x, j) => j > i && /^{{\s*end\s*}}$/.test(x));
      const body = parts.slice(i + 1, end).join('');
      const list = field(value, range[1] ?? '');
      for (const item of Array.isArray(list) ? list : []) {
        const r = renderTemplate(body, item);
        if ('error' in r) return r;
        text += r.text;
      }
      i = end;
      continue;
    }
    const [fn, arg] = expr.includes(' ') ? expr.split(/\s+/, 2) : ['', expr];
    const v = field(value, arg ?? '');
    if (fn === 'json') text += JSON.stringify(v ?? null);
    else if (fn === 'len') text += String(Array.isArray(v) ? v.length : typeof v === 'string' ? v.length : 0);
    else text += show(v);
  }
  return { text };
}

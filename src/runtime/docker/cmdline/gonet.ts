// Go's net.ParseIP + IP.String (what `--dns` and `-p IP:…` normalise through) and encoding/csv's
// one-record Read (what `--mount`, `--network` and stringSlice flags split values with).
//
// Simplification: csv errors name the column as Go counts it only for the two common cases
// (a bare `"` in an unquoted field, an unterminated quoted field).

function parseV4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p) || (p.length > 1 && p[0] === '0')) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

function parseV6(s: string): number[] | undefined {
  let head = s;
  let v4: number[] = [];
  const lastColon = s.lastIndexOf(':');
  if (s.includes('.')) {
    const quad = parseV4(s.slice(lastColon + 1));
    if (quad === undefined) return undefined;
    v4 = [(quad[0] ?? 0) * 256 + (quad[1] ?? 0), (quad[2] ?? 0) * 256 + (quad[3] ?? 0)];
    head = s.slice(0, lastColon + 1);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const group = (t: string): number[] | undefined => {
    if (t === '') return [];
    const out: number[] = [];
    for (const g of t.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const left = group(halves[0] ?? '');
  const right = halves.length === 2 ? group(halves[1] ?? '') : [];
  if (left === undefined || right === undefined) return undefined;
  const fixed = left.length + right.length + v4.length;
  if (halves.length === 2 ? fixed > 7 : fixed !== 8) return undefined;
  const zeros = new Array<number>(8 - fixed).fill(0);
  return [...left, ...zeros, ...right, ...v4];
}

function formatV6(w: readonly number[]): string {
  if (w.slice(0, 5).every((x) => x === 0) && w[5] === 0xffff) {
    const a = w[6] ?? 0;
    const b = w[7] ?? 0;
    return [a >> 8, a & 255, b >> 8, b & 255].join('.');
  }
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
  }
  const hex = w.map((x) => x.toString(16));
  if (best < 0) return hex.join(':');
  return hex.slice(0, best).join(':') + '::' + hex.slice(best + bestLen).join(':');
}

/** net.ParseIP(s).String(), or undefined when Go's ParseIP returns nil. */
export function parseGoIP(s: string): string | undefined {
  if (s.includes(':')) {
    const w = parseV6(s);
    return w === undefined ? undefined : formatV6(w);
  }
  const v4 = parseV4(s);
  return v4 === undefined ? undefined : v4.join('.');
}

/** encoding/csv: the first record of `s`, or Go's error text. */
export function readCsvRecord(s: string): { ok: true; fields: string[] } | { ok: false; error: string } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (s[i] === '"') {
      const start = i;
      i++;
      for (;;) {
        if (i >= s.length)
          return {
            ok: false,
            error: `parse error on line 1, column ${start + 1}: extraneous or missing " in quoted-field`,
          };
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += s[i];
        i++;
      }
      if (i < s.length && s[i] !== ',')
        return {
          ok: false,
          error: `parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`,
        };
    } else {
      const end = s.indexOf(',', i);
      field = end < 0 ? s.slice(i) : s.slice(i, end);
      const q = field.indexOf('"');
      if (q >= 0)
        return { ok: false, error: `parse error on line 1, column ${i + q + 1}: bare " in non-quoted field` };
      i = end < 0 ? s.length : end;
    }
    fields.push(field);
    if (i >= s.length) return { ok: true, fields };
    i++;
  }
}

// Printing an uncaught exception the way CPython 3.11 does: chained exceptions, "Traceback (most
// recent call last):", one entry per frame (with the source line and carets for script files),
// repeated lines collapsed, then "Type: message".

import type { Gen } from '../../sys';
import type { Expr } from './ast';
import type { Interp, PyInstance, TbEntry } from './objects';
import { excStr } from './str';

/** Source text of files, by name, for printing lines ("<string>" and "<stdin>" have none). */
export type Sources = ReadonlyMap<string, readonly string[]>;

export function* formatException(
  ip: Interp,
  e: PyInstance,
  sources: Sources,
  seen = new Set<PyInstance>(),
): Gen<string> {
  seen.add(e);
  let out = '';
  const st = e.exc;
  if (st !== null) {
    if (st.cause !== null && !seen.has(st.cause)) {
      out += yield* formatException(ip, st.cause, sources, seen);
      out += '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (st.context !== null && !st.suppressContext && !seen.has(st.context)) {
      out += yield* formatException(ip, st.context, sources, seen);
      out += '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    if (st.tb.length > 0)
      out += 'Traceback (most recent call last):\n' + entries([...st.tb].reverse(), sources);
  }
  return out + (yield* excLine(ip, e));
}

export function* excLine(ip: Interp, e: PyInstance): Gen<string> {
  const mod = e.type.dict.get('__module__');
  const name =
    e.type.builtin || typeof mod !== 'string' || mod === 'builtins' || mod === '__main__'
      ? e.type.name
      : `${mod}.${e.type.name}`;
  let msg: string;
  try {
    msg = yield* excStr(ip, e);
  } catch {
    msg = '<exception str() failed>';
  }
  return msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
}

function entries(tb: readonly TbEntry[], sources: Sources): string {
  let out = '';
  let last = '';
  let repeat = 0;
  const flush = (): void => {
    if (repeat > 3)
      out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  };
  for (const t of tb) {
    const key = `${t.file}\0${t.line}\0${t.name}`;
    if (key === last) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flush();
      last = key;
      repeat = 1;
    }
    out += `  File "${t.file}", line ${t.line}, in ${t.name}\n`;
    if (t.text !== undefined) {
      out += `    ${t.text}\n`;
      if (t.caret !== undefined)
        out += `    ${' '.repeat(t.caret[0])}${'^'.repeat(t.caret[1] - t.caret[0])}\n`;
      continue;
    }
    const lines = sources.get(t.file);
    const src = lines?.[t.line - 1];
    if (src !== undefined && src.trim() !== '') out += sourceLines(src, t.node);
  }
  flush();
  return out;
}

function sourceLines(src: string, node: Expr | null): string {
  const stripped = src.replace(/^[ \t\f]+/, '').replace(/\s+$/, '');
  let out = `    ${stripped}\n`;
  if (node === null) return out;
  const lead = src.length - src.replace(/^[ \t\f]+/, '').length;
  const start = node.col;
  const end = node.endLine === node.line ? node.endCol : lead + stripped.length;
  const anchors = node.endLine === node.line ? anchorsOf(node, src) : null;
  const covers = end - start >= stripped.length;
  if (covers && (anchors === null || anchors[1] - anchors[0] <= 0)) return out;
  out += '    ' + ' '.repeat(start - lead);
  if (anchors !== null) {
    const [l, r] = anchors;
    out += '~'.repeat(l) + '^'.repeat(r - l) + '~'.repeat(end - start - r);
  } else out += '^'.repeat(end - start);
  return out + '\n';
}

/** CPython's caret anchors for binary operators (a ~~^~~ b) and subscripts (a[~~^^^]). */
function anchorsOf(node: Expr, src: string): [number, number] | null {
  if (node.k === 'BinOp' && node.left.endLine === node.line) {
    const seg = src.slice(node.left.endCol, node.right.col);
    const off = seg.length - seg.replace(/^[\s)]+/, '').length;
    const left = node.left.endCol - node.col + off;
    return [left, left + node.op.length];
  }
  if (node.k === 'Subscript' && node.value.endLine === node.line && node.index.endLine === node.line) {
    return [node.value.endCol - node.col, node.index.endCol - node.col + 1];
  }
  return null;
}

// A small libsmartcols (util-linux 2.38.1) table printer, as lsns/lsblk/findmnt output looks when
// stdout is not a terminal: columns as wide as their widest cell or header (also with
// --noheadings), one space between them, right-aligned columns padded on the left, no padding after
// the last column; a tree column drawn with ├─ └─ │; --raw escapes blanks and non-ASCII bytes as
// \xHH; --json nests children in "children" arrays.
//
// Simplification: no terminal-width truncation or wrapping, no multi-line cells.

import { encode } from '../../lib/utf8';
import { displayWidth } from './columns';

export interface ScolsColumn {
  readonly name: string;
  readonly right?: boolean;
  /** JSON type number (unquoted); empty cells are null either way. */
  readonly number?: boolean;
  /** The column that carries the tree drawing. */
  readonly tree?: boolean;
}

export interface ScolsLine {
  readonly cells: readonly string[];
  readonly children: ScolsLine[];
}

export interface ScolsOptions {
  readonly raw?: boolean;
  readonly json?: boolean;
  readonly noHeadings?: boolean;
  /** The JSON top-level array name, e.g. "namespaces". */
  readonly name?: string;
}

/** A table under construction: add lines, optionally under a parent line. */
export class ScolsTable {
  readonly roots: ScolsLine[] = [];

  constructor(readonly columns: readonly ScolsColumn[]) {}

  add(cells: readonly string[], parent?: ScolsLine): ScolsLine {
    const line: ScolsLine = { cells, children: [] };
    (parent ? parent.children : this.roots).push(line);
    return line;
  }
}

/** Lines in output order with their tree prefixes. */
function flatten(
  lines: readonly ScolsLine[],
  stems: string,
  out: Array<[ScolsLine, string]>,
  top: boolean,
): void {
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    out.push([line, top ? '' : stems + (last ? '└─' : '├─')]);
    flatten(line.children, top ? '' : stems + (last ? '  ' : '│ '), out, false);
  });
}

/** mbs_safe_encode() in raw mode: blanks, controls, backslash and non-ASCII bytes as \xHH. */
export function rawEscape(text: string): string {
  let out = '';
  for (const b of encode(text)) {
    out +=
      b <= 0x20 || b >= 0x7f || b === 0x5c ? `\\x${b.toString(16).padStart(2, '0')}` : String.fromCharCode(b);
  }
  return out;
}

function jsonString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function jsonLine(t: ScolsTable, line: ScolsLine, indent: string): string {
  const inner = indent + '   ';
  const fields = t.columns.map((c, i) => {
    const v = line.cells[i] ?? '';
    const value = v === '' ? 'null' : c.number ? v : jsonString(v);
    return `${inner}"${c.name.toLowerCase()}": ${value}`;
  });
  if (line.children.length > 0) {
    const kids = line.children.map((k) => jsonLine(t, k, inner + '   ')).join(',');
    fields.push(`${inner}"children": [\n${inner}   ${kids}\n${inner}]`);
  }
  return `{\n${fields.join(',\n')}\n${indent}}`;
}

function printJson(t: ScolsTable, name: string): string {
  const body = t.roots.map((l) => jsonLine(t, l, '      ')).join(',');
  return `{\n   "${name}": [\n      ${body}\n   ]\n}\n`;
}

/** Render the table the way scols_print_table() does for a pipe or file. */
export function printTable(t: ScolsTable, o: ScolsOptions = {}): string {
  if (o.json) return printJson(t, o.name ?? 'table');
  const rows: Array<[ScolsLine, string]> = [];
  flatten(t.roots, '', rows, true);
  const cellText = (line: ScolsLine, prefix: string, i: number): string =>
    (t.columns[i]!.tree ? prefix : '') + (line.cells[i] ?? '');
  const body = rows.map(([line, prefix]) => t.columns.map((_, i) => cellText(line, prefix, i)));
  const header = t.columns.map((c) => c.name);
  if (o.raw) {
    const all = o.noHeadings ? body : [header, ...body];
    return all.map((r) => r.map(rawEscape).join(' ') + '\n').join('');
  }
  const widths = t.columns.map((_, i) =>
    Math.max(displayWidth(header[i]!), ...body.map((r) => displayWidth(r[i]!))),
  );
  const render = (r: readonly string[]): string =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - displayWidth(cell));
        if (t.columns[i]!.right) return pad + cell;
        return i === r.length - 1 ? cell : cell + pad;
      })
      .join(' ') + '\n';
  return (o.noHeadings ? body : [header, ...body]).map(render).join('');
}

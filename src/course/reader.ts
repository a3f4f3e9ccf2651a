// Reading YAML nodes with their line numbers: every problem becomes a LessonIssue that names the
// file, the line and the field (`steps[2].goals[0].kind`), never a thrown exception.

import type { Node, Pair, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Lang, LessonIssue, Localized } from './types';
import { LANGS } from './types';

export class Reader {
  readonly issues: LessonIssue[] = [];

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  line(node: Node | null | undefined): number {
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : this.lines.linePos(offset).line;
  }

  fail(node: Node | null | undefined, field: string, message: string, line?: number): void {
    this.issues.push({ file: this.file, line: line ?? this.line(node), field, message });
  }

  /** A mapping, or an issue; `keys` are the fields it may have (others are reported). */
  map(node: unknown, field: string, keys: readonly string[] | null, at: number): YAMLMap | undefined {
    if (!isMap(node)) {
      this.fail(
        asNode(node),
        field,
        `expected a mapping, got ${describe(node)}`,
        asNode(node) ? undefined : at,
      );
      return undefined;
    }
    if (keys) {
      for (const pair of node.items) {
        const key = keyOf(pair);
        if (!keys.includes(key)) {
          this.fail(asNode(pair.key), join(field, key), `unknown field (known: ${keys.join(', ')})`);
        }
      }
    }
    return node;
  }

  /** A sequence's items, or an issue. */
  seq(node: unknown, field: string, at: number): unknown[] | undefined {
    if (!isSeq(node)) {
      this.fail(asNode(node), field, `expected a list, got ${describe(node)}`, asNode(node) ? undefined : at);
      return undefined;
    }
    return node.items;
  }

  /** A non-empty string scalar, or an issue. */
  text(node: unknown, field: string, at: number): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
    this.fail(
      asNode(node),
      field,
      `expected a non-empty string, got ${describe(node)}`,
      asNode(node) ? undefined : at,
    );
    return undefined;
  }

  /** A list of strings (possibly empty). */
  texts(node: unknown, field: string, at: number): string[] | undefined {
    const items = this.seq(node, field, at);
    if (!items) return undefined;
    const out = items.map((item, i) => this.text(item, `${field}[${i}]`, at));
    return out.every((s): s is string => s !== undefined) ? out : undefined;
  }
}

export function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

export function join(field: string, key: string | number): string {
  if (typeof key === 'number') return `${field}[${key}]`;
  return field ? `${field}.${key}` : key;
}

export function asNode(value: unknown): Node | undefined {
  return isScalar(value) || isMap(value) || isSeq(value) ? value : undefined;
}

export function describe(value: unknown): string {
  if (value == null) return 'nothing';
  if (isMap(value)) return 'a mapping';
  if (isSeq(value)) return 'a list';
  if (isScalar(value)) {
    const v = value.value;
    return v === null ? 'nothing' : typeof v === 'string' ? `"${v}"` : `${typeof v} ${String(v)}`;
  }
  return 'something else';
}

/**
 * Parses a YAML file whose top level is a mapping with the given keys: the Reader holding the
 * problems found, and the mapping unless the file did not parse or is not a mapping.
 */
export function readYamlRoot(
  file: string,
  text: string,
  keys: readonly string[],
): { readonly r: Reader; readonly root: YAMLMap | undefined } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const r = new Reader(file, lines);
  for (const e of doc.errors)
    r.fail(undefined, '', e.message.split('\n')[0] ?? e.code, lines.linePos(e.pos[0]).line);
  if (doc.errors.length > 0) return { r, root: undefined };
  return { r, root: r.map(doc.contents, '', keys, 1) };
}

/** A mapping with a non-empty text for every language of the course, or issues. */
export function localized(r: Reader, node: unknown, field: string, at: number): Localized | undefined {
  const map = r.map(node, field, LANGS, at);
  if (!map) return undefined;
  const out: Partial<Record<Lang, string | undefined>> = {};
  for (const lang of LANGS) out[lang] = r.text(map.get(lang, true), join(field, lang), r.line(map));
  return LANGS.every((l) => out[l] !== undefined) ? (out as Localized) : undefined;
}

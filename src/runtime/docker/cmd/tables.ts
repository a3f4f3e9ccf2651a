// Table and --format output of ps, images and history (docker/cli's formatter package).

import type { Json } from '../../engine/wire';
import type { ContainerSummary, HistoryItem, TemplateValue } from '../format';
import {
  HISTORY_HEADERS,
  IMAGES_HEADERS,
  PS_HEADERS,
  containerContext,
  historyContext,
  historyFormat,
  imageContext,
  imageRows,
  imagesFormat,
  psFormat,
  renderTable,
} from '../format';
import type { ImageSummary } from '../format/images';
import type { Parsed } from './args';
import { flagBool, flagStr } from './args';

export type TableResult = string | { readonly error: string };

function done(r: ReturnType<typeof renderTable>): TableResult {
  return r.ok ? r.output : { error: r.error };
}

export function historyTable(rows: readonly Json[], p: Parsed, nowSec: number): TableResult {
  const human = p.flags.get('human') !== 'false';
  const format = historyFormat(flagStr(p, 'format') ?? '', flagBool(p, 'quiet'), human);
  const o = { trunc: !flagBool(p, 'no-trunc'), nowNs: nowSec * 1e9, human };
  const ctx = rows.map((h) => historyContext(h as unknown as HistoryItem, o) as TemplateValue);
  return done(renderTable({ format, rows: ctx, header: HISTORY_HEADERS }));
}

export function imagesTable(rows: readonly Json[], p: Parsed, nowSec: number, repo?: string): TableResult {
  const source = flagStr(p, 'format') ?? '';
  const digests = flagBool(p, 'digests');
  const format = imagesFormat(source, flagBool(p, 'quiet'), digests);
  const o = { trunc: !flagBool(p, 'no-trunc'), nowNs: nowSec * 1e9 };
  const ctx: TemplateValue[] = [];
  for (const img of rows as unknown as ImageSummary[])
    for (const row of imageRows(img, digests, format.includes('{{.Digest}}')))
      if (repo === undefined || row.repository === repo || `${row.repository}:${row.tag}` === repo)
        ctx.push(imageContext(row, o));
  if (flagBool(p, 'quiet')) {
    const seen = new Set<string>();
    const r = renderTable({ format, rows: ctx, header: IMAGES_HEADERS });
    if (!r.ok) return { error: r.error };
    return r.output
      .split('\n')
      .filter((l) => l !== '' && !seen.has(l) && seen.add(l))
      .map((l) => `${l}\n`)
      .join('');
  }
  return done(renderTable({ format, rows: ctx, header: IMAGES_HEADERS }));
}

export function psTable(rows: readonly Json[], p: Parsed, nowSec: number): TableResult {
  const format = psFormat(flagStr(p, 'format') ?? '', flagBool(p, 'quiet'), flagBool(p, 'size'));
  const o = { trunc: !flagBool(p, 'no-trunc'), nowNs: nowSec * 1e9 };
  const ctx = rows.map((c) => containerContext(c as unknown as ContainerSummary, o) as TemplateValue);
  return done(renderTable({ format, rows: ctx, header: PS_HEADERS }));
}

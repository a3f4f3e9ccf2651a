// Table and --format output of ps, images and history (docker/cli's formatter package).

import type { Json } from '../../engine/wire';
import type { Parsed } from './args';
import { flagStr } from './args';
import { renderTemplate } from './fmt';

export type TableResult = string | { readonly error: string };

function each(format: string, rows: readonly Json[]): TableResult {
  let text = '';
  for (const row of rows) {
    const t = renderTemplate(format, row);
    if ('error' in t) return t;
    text += `${t.text}\n`;
  }
  return text;
}

export function historyTable(rows: readonly Json[], p: Parsed, _now: number): TableResult {
  const format = flagStr(p, 'format');
  return each(format ?? '{{.CreatedBy}}', rows);
}

export function imagesTable(rows: readonly Json[], p: Parsed, _now: number, _repo?: string): TableResult {
  return each(flagStr(p, 'format') ?? '{{.Id}}', rows);
}

export function psTable(rows: readonly Json[], p: Parsed, _now: number): TableResult {
  return each(flagStr(p, 'format') ?? '{{.Id}}', rows);
}

// Export and import of a machine as a JSON file: {glasshouse: 'machine', v: 1, context, journal,
// progress: [[lesson, steps]], exportedAt}. Import validates everything (parseJournal, the
// progress section of the schema) and never throws: a bad file gives the reason.

import type { Journal } from '../../world/journal';
import { parseProgress, SCHEMA_LIMITS } from './schema';
import { readShared } from './share';

/** Files larger than this are refused before they are read. */
export const IMPORT_LIMIT_BYTES = 8 * 1024 * 1024;

export interface MachineFile {
  readonly context: string;
  readonly journal: Journal;
  readonly progress: ReadonlyMap<string, readonly string[]>;
}

export type ImportResult = { ok: true; file: MachineFile } | { ok: false; error: string };

export function exportText(file: MachineFile, at: Date): string {
  const data = {
    glasshouse: 'machine',
    v: 1,
    context: file.context,
    journal: file.journal,
    progress: [...file.progress],
    exportedAt: at.toISOString(),
  };
  return JSON.stringify(data);
}

/** glasshouse-<context>-<yyyy-mm-dd>.json */
export function exportName(context: string, at: Date): string {
  const safe = context.replace(/[^\w.-]/g, '_').slice(0, SCHEMA_LIMITS.idChars);
  return `glasshouse-${safe}-${at.toISOString().slice(0, 10)}.json`;
}

export function parseExport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${error instanceof Error ? error.message : 'parse error'})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: 'not an object' };
  const r = data as Record<string, unknown>;
  if (r.glasshouse !== 'machine' || r.v !== 1)
    return { ok: false, error: 'not a Glasshouse machine file (v1)' };
  const machine = readShared({ glasshouse: 'share', v: 1, context: r.context, journal: r.journal });
  if (!machine.ok) return machine;
  const progress = parseProgress(r.progress ?? []);
  if (!progress.ok) return { ok: false, error: progress.error };
  return { ok: true, file: { ...machine.shared, progress: progress.value } };
}

/** Reads a chosen file; never throws. */
export async function readImport(file: Blob): Promise<ImportResult> {
  if (file.size > IMPORT_LIMIT_BYTES) return { ok: false, error: `larger than ${IMPORT_LIMIT_BYTES} bytes` };
  try {
    return parseExport(await file.text());
  } catch {
    return { ok: false, error: 'the file could not be read' };
  }
}

/** Offers text as a download. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

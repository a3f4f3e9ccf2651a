// formatter.Context.Write of docker/cli: the format is pre-processed ("table" prefix stripped,
// "json" → {{json .}}, spaces trimmed, literal \t and \n made real), parsed once, executed for
// each row (a newline after each), and for a table the header row — the same template run over
// the header map with HeaderFunctions, its errors ignored — goes first, all through tabwriter.

import { containerContext } from './contexts';
import type { ContainerSummary } from './contexts';
import { tabwrite } from './tabwriter';
import { executeGoTemplate, parseGoTemplate } from './template';
import { HEADER_FUNCS } from './tmpl-funcs';
import type { TemplateValue } from './value';

export type RenderResult =
  { readonly ok: true; readonly output: string } | { readonly ok: false; readonly error: string };

export interface RenderOptions {
  /** The final format (after psFormat / imagesFormat / …). */
  readonly format: string;
  readonly rows: readonly TemplateValue[];
  /** The header context (PS_HEADERS, IMAGES_HEADERS, …). */
  readonly header: TemplateValue;
}

/** Context.preFormat: the template text a format string stands for. */
export function preFormat(format: string): { readonly table: boolean; readonly text: string } {
  const table = format.startsWith('table');
  let text = table ? format.slice('table'.length) : format === 'json' ? '{{json .}}' : format;
  text = text
    .replace(/^ +| +$/g, '')
    .replace(/\\t/g, '\t')
    .replace(/\\n/g, '\n');
  return { table, text };
}

/** Context.Write: errors are "template parsing error: template: …", as docker prints them. */
export function renderTable(o: RenderOptions): RenderResult {
  const { table, text } = preFormat(o.format);
  const parsed = parseGoTemplate(text);
  if (!parsed.ok) return { ok: false, error: `template parsing error: ${parsed.error}` };
  let body = '';
  for (const row of o.rows) {
    const r = executeGoTemplate(parsed.template, row);
    if (!r.ok) return { ok: false, error: `template parsing error: ${r.error}` };
    body += r.output + '\n';
  }
  if (!table) return { ok: true, output: body };
  const h = executeGoTemplate(parsed.template, o.header, { funcs: HEADER_FUNCS });
  const header = h.ok ? h.output : h.partial;
  return { ok: true, output: tabwrite(header + '\n' + body) };
}

const EMPTY_CONTAINER: ContainerSummary = {
  Id: '',
  Names: [],
  Image: '',
  ImageID: '',
  Command: '',
  Created: 0,
  Ports: [],
  State: '',
  Status: '',
};

/**
 * docker ps's check of a --format before listing (it parses the raw format and runs it over an
 * empty container context): null when fine, else "failed to parse template: …" or
 * "failed to execute template: …".
 */
export function checkPsFormat(format: string): string | null {
  const emptyRow = containerContext(EMPTY_CONTAINER, { trunc: false, nowNs: 0 });
  const parsed = parseGoTemplate(format);
  if (!parsed.ok) return `failed to parse template: ${parsed.error}`;
  const r = executeGoTemplate(parsed.template, emptyRow);
  return r.ok ? null : `failed to execute template: ${r.error}`;
}

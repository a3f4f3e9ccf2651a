// --format of docker inspect: a Go template over the Engine API's answer, decoded as the CLI
// decodes it into Docker's Go types — structs for the API objects, Go maps for the fields that
// are maps there (ExposedPorts, Labels, Volumes, Ports, GraphDriver.Data, …), so
// `{{.Config.ExposedPorts}}` prints `map[80/tcp:{}]` as on a real host.

import type { Json } from '../../engine/wire';
import { renderGoTemplate } from '../format';
import type { TemplateValue } from '../format';

const MAP_FIELDS = new Set([
  'ExposedPorts',
  'Labels',
  'Volumes',
  'Ports',
  'Data',
  'Networks',
  'Options',
  'Annotations',
]);

function toTemplate(v: Json, isMap = false): TemplateValue {
  if (Array.isArray(v)) return v.map((x) => toTemplate(x));
  if (v === null || typeof v !== 'object') return v;
  const entries = Object.entries(v).map(([k, x]) => [k, toTemplate(x, MAP_FIELDS.has(k))] as const);
  return isMap ? new Map(entries) : Object.fromEntries(entries);
}

/** Render a Go template over one value: the text, or Docker's error text. */
export function renderTemplate(format: string, value: Json): { text: string } | { error: string } {
  const r = renderGoTemplate(format, toTemplate(value));
  return r.ok ? { text: r.output } : { error: `template parsing error: ${r.error}` };
}

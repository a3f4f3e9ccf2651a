// --format of docker inspect: a Go template over the Engine API's JSON answer.

import type { Json } from '../../engine/wire';
import { renderGoTemplate } from '../format';
import type { TemplateValue } from '../format';

/** Render a Go template over one value: the text, or Docker's error text. */
export function renderTemplate(format: string, value: Json): { text: string } | { error: string } {
  const r = renderGoTemplate(format, value as TemplateValue);
  return r.ok ? { text: r.output } : { error: `template parsing error: ${r.error}` };
}

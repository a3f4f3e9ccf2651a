// A traced call's explanation in the page's language: the message strace's explain gives (a key and
// its values) through i18next (views:traceExplain.<key>), namespace words listed the language's way
// ("pid, mount and UTS"; "pid、挂载 和 UTS").

import type { Explanation } from '../../../world/trace/describe';
import { tx } from '../../i18n/react';

function list(words: readonly string[]): string {
  const said = words.map((w) => tx(`views:traceWords.${w}`, { defaultValue: w }));
  if (said.length <= 1) return said.join('');
  return said.slice(0, -1).join(tx('views:traceWords.sep')) + tx('views:traceWords.and') + said.at(-1)!;
}

export function explanationText(m: Explanation | undefined): string | undefined {
  if (!m) return undefined;
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(m.values)) values[name] = typeof v === 'object' ? list(v) : v;
  return tx(`views:traceExplain.${m.key}`, values);
}

// How the trace panel shows one record: strace's line (the formatter the strace program uses),
// its highlight class and a one-line explanation. The UI reaches userland only through here.

import { classify, explain, formatRecord } from '../../userland/strace/format';
import type { TraceClass } from '../../userland/strace/format';
import type { TraceRecord } from './types';

export type CallKind = TraceClass;

export { classify, explain };
export { explainMessage, type Explanation } from '../../userland/strace/explain';

/** The record as strace prints it, without the "[pid N] " prefix (the panel groups by pid). */
export function formatCall(rec: TraceRecord): string {
  return formatRecord(rec);
}

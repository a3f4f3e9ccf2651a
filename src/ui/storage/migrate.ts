// Reading a stored blob: parse the JSON, migrate it step by step to SCHEMA_VERSION, then validate.
// Migrations are pure functions, one per version: MIGRATIONS[n] turns version n+1 data into
// version n+2 data (so version 1 → 2 is MIGRATIONS[0]); there are none yet (only version 1 was
// ever released). Data from a version newer than ours is reported as 'newer' and is never
// overwritten (storage opens read-only); it is still shown if it validates as the current schema.

import { SCHEMA_VERSION, validateState, type SavedState } from './schema';

export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n]: version n+1 → n+2. Append one when SCHEMA_VERSION grows; never edit old ones. */
export const MIGRATIONS: readonly Migration[] = [];

export type Decoded =
  | { readonly kind: 'ok'; readonly state: SavedState; readonly migratedFrom?: number }
  /** Unreadable in part or whole: `state` is what could be kept (defaults for the rest). */
  | { readonly kind: 'corrupt'; readonly state: SavedState; readonly problems: readonly string[] }
  | { readonly kind: 'newer'; readonly version: number; readonly state: SavedState | null };

/** The stored value as JSON data: a string is parsed; anything else that is not an object fails. */
function parse(raw: unknown): { ok: true; data: unknown } | { ok: false; error: string } {
  if (typeof raw !== 'string') return { ok: false, error: `stored value is a ${typeof raw}, not JSON text` };
  try {
    return { ok: true, data: JSON.parse(raw) as unknown };
  } catch (error) {
    return { ok: false, error: `bad JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Applies migrations from `version` to `target`; throws only if a migration throws. */
export function migrate(
  data: Record<string, unknown>,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): Record<string, unknown> {
  let out = data;
  for (let v = version; v < target; v++) {
    const step = migrations[v - 1];
    if (!step) throw new Error(`no migration from version ${v}`);
    out = { ...step(out), version: v + 1 };
  }
  return out;
}

/** A stored value → the state to use (see Decoded). Never throws. */
export function decodeStored(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): Decoded {
  const fail = (problem: string): Decoded => ({
    kind: 'corrupt',
    state: validateState(undefined).state,
    problems: [problem],
  });
  const parsed = parse(raw);
  if (!parsed.ok) return fail(parsed.error);
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('not an object');
  const record = data as Record<string, unknown>;
  const version = record.version;
  if (!Number.isSafeInteger(version) || (version as number) < 1) return fail(`version ${String(version)}`);
  if ((version as number) > target) {
    const best = validateState(record);
    return { kind: 'newer', version: version as number, state: best.problems.length ? null : best.state };
  }
  let current: Record<string, unknown>;
  try {
    current = migrate(record, version as number, migrations, target);
  } catch (error) {
    return fail(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { state, problems } = validateState(current);
  if (problems.length > 0) return { kind: 'corrupt', state, problems };
  return version === target ? { kind: 'ok', state } : { kind: 'ok', state, migratedFrom: version as number };
}

// Time intervals as coreutils sleep and timeout read them: a C floating-point number (strtod:
// decimal, exponent, "inf") followed by at most one suffix letter s, m, h or d.

const SUFFIX: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds for "1.5m", "2", "inf"; undefined if invalid or negative. */
export function parseDuration(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*(\+?)((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?)(.?)$/i.exec(text);
  if (!m) return undefined;
  const body = m[2]!.toLowerCase();
  const value = body.startsWith('inf') ? Infinity : Number(body);
  const mult = SUFFIX[m[3]!];
  if (mult === undefined || !(value >= 0)) return undefined;
  return value * mult;
}

/** Seconds to nanoseconds for nanosleep, rounding up as coreutils' xnanosleep does. */
export function secondsToNs(seconds: number): number {
  return Math.ceil(seconds * 1e9);
}

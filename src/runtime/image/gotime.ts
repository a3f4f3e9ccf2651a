// Times as Go's time.Time marshals them in image configs (RFC 3339 with nanoseconds, trailing
// zeros dropped, UTC): "2023-07-18T23:19:33.655005962Z", "2021-01-26T00:23:51.73608945Z",
// "1970-01-01T00:00:00Z". No Date: the model's clock gives nanoseconds since the epoch.

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Civil date of a day count since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** RFC 3339 with up to nine fraction digits, as Go's time.Time.MarshalJSON writes a UTC time. */
export function goTime(nanosSinceEpoch: bigint): string {
  const NS = 1_000_000_000n;
  let secs = nanosSinceEpoch / NS;
  let frac = nanosSinceEpoch % NS;
  if (frac < 0n) {
    frac += NS;
    secs -= 1n;
  }
  const s = Number(secs);
  const days = Math.floor(s / 86400);
  const rem = s - days * 86400;
  const [y, mo, d] = civil(days);
  const clock = `${pad(Math.floor(rem / 3600))}:${pad(Math.floor(rem / 60) % 60)}:${pad(rem % 60)}`;
  const fraction = frac === 0n ? '' : '.' + frac.toString().padStart(9, '0').replace(/0+$/, '');
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${clock}${fraction}Z`;
}

/** Days since 1970-01-01 of a civil date (days_from_civil). */
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Seconds since the epoch of an RFC 3339 UTC time ("2023-07-18T23:19:33.65Z"); 0 if malformed. */
export function goTimeSeconds(text: string): number {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?Z$/.exec(text);
  if (!m) return 0;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

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

// curl's progress meter (lib/progress.c): shown on stderr when the output is not a terminal and
// -s is not given. Speeds come from the virtual clock.

export const METER_HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

/** max5data: a size in at most 5 characters. */
export function max5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * 1024) return `${Math.floor(n / 1024)}k`.padStart(5);
  if (n < 10000 * 1048576) return `${Math.floor(n / 1048576)}M`.padStart(5);
  return `${Math.floor(n / 1073741824)}G`.padStart(5);
}

export function meterLine(total: number, got: number, speed: number): string {
  const pct = (a: number, b: number): string => String(b > 0 ? Math.floor((a * 100) / b) : 0).padStart(3);
  const dash = '--:--:--';
  return (
    `\r${pct(got, total)} ${max5(total)}  ${pct(got, total)} ${max5(got)}    0 ${max5(0)}  ` +
    `${max5(speed)}  ${max5(0)} ${dash} ${dash} ${dash} ${max5(speed)}`
  );
}

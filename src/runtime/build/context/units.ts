// Sizes as Docker prints them (docker/go-units size.go): decimal units, `%.*g` significant digits.
// `docker build` prints the context size with HumanSize (4 digits: "3.072kB"); `docker history`
// and `docker images` use HumanSizeWithPrecision(size, 3) ("1.98MB", "6B").

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** Go's fmt `%.*g`: `precision` significant digits, trailing zeros dropped, exponent when large. */
export function goFormatG(x: number, precision: number): string {
  if (x === 0) return '0';
  const p = Math.max(precision, 1);
  const [mant = '0', expText = '0'] = x.toExponential(p - 1).split('e');
  const exp = Number(expText);
  const strip = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= p) {
    const e = Math.abs(exp);
    return `${strip(mant)}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  return strip(x.toFixed(Math.max(0, p - 1 - exp)));
}

/** go-units HumanSizeWithPrecision. */
export function humanSizeWithPrecision(size: number, precision: number): string {
  let value = size;
  let i = 0;
  while (value >= 1000 && i < DECIMAL_UNITS.length - 1) {
    value /= 1000;
    i++;
  }
  return goFormatG(value, precision) + DECIMAL_UNITS[i];
}

/** go-units HumanSize: four significant digits. */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/**
 * What the CLI prints once the context is uploaded (not a terminal: only the last progress
 * update, then the progress formatter's `\r\n`): `Sending build context to Docker daemon  3.072kB\r\r\n`.
 */
export function contextSentLine(size: number): string {
  const action = 'Sending build context to Docker daemon';
  // An empty progress (0 bytes) prints nothing after the action and ends its own line.
  if (size <= 0) return `${action} \r\n\r\n`;
  return `${action} ${humanSize(size).padStart(8)}\r\r\n`;
}

// C's floating-point conversions (%f %e %g %a) with glibc's exact results: a double is expanded to
// its exact decimal digits with BigInt and rounded half-to-even, as glibc does, instead of relying
// on JavaScript's toFixed (which rounds ties away from zero and switches to exponents at 1e21).

/** Exact decimal expansion of a finite |x|: digits without leading zeros, and the point position. */
function exactDigits(x: number): { digits: string; point: number } {
  if (x === 0) return { digits: '0', point: 1 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  if (exp >= 0) {
    const digits = (mant << BigInt(exp)).toString();
    return { digits, point: digits.length };
  }
  const digits = (mant * 5n ** BigInt(-exp)).toString();
  return { digits, point: digits.length + exp };
}

/** Round a digit string to `keep` digits (half to even); returns digits and a carry flag. */
function roundDigits(digits: string, keep: number): { digits: string; carry: boolean } {
  if (keep >= digits.length) return { digits: digits.padEnd(keep, '0'), carry: false };
  if (keep < 0) return { digits: '', carry: false };
  const head = digits.slice(0, keep);
  const rest = digits.slice(keep);
  const first = rest.charCodeAt(0) - 48;
  const tail = /[1-9]/.test(rest.slice(1));
  const lastOdd = keep > 0 && (head.charCodeAt(keep - 1) - 48) % 2 === 1;
  const up = first > 5 || (first === 5 && (tail || lastOdd));
  if (!up) return { digits: head, carry: false };
  const n = (BigInt('1' + head) + 1n).toString();
  // '1' prefix guards leading zeros; a carry makes it start with '2'.
  return n[0] === '2' ? { digits: '1' + n.slice(1), carry: true } : { digits: n.slice(1), carry: false };
}

/** %.<prec>f of |x| (no sign). */
export function fixed(x: number, prec: number): string {
  const { digits, point } = exactDigits(Math.abs(x));
  // Pad so that the point is inside the digit string.
  const lead = point <= 0 ? '0'.repeat(1 - point) + digits : digits;
  const pt = point <= 0 ? 1 : point;
  const r = roundDigits(lead, pt + prec);
  let all = r.digits;
  let intLen = pt;
  if (r.carry) intLen++;
  if (all.length < intLen + prec) all = all.padEnd(intLen + prec, '0');
  const int = all.slice(0, intLen).replace(/^0+(?=\d)/, '');
  const frac = all.slice(intLen, intLen + prec);
  return prec > 0 ? `${int}.${frac}` : int;
}

/** Mantissa digits (prec+1 of them) and decimal exponent of |x| for %e. */
function sci(x: number, prec: number): { digits: string; exp: number } {
  if (x === 0) return { digits: '0'.repeat(prec + 1), exp: 0 };
  const { digits, point } = exactDigits(Math.abs(x));
  const r = roundDigits(digits, prec + 1);
  return { digits: r.digits.slice(0, prec + 1), exp: point - 1 + (r.carry ? 1 : 0) };
}

function expSuffix(exp: number, letter: string): string {
  const a = Math.abs(exp);
  return `${letter}${exp < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
}

/** %.<prec>e of |x|. */
export function exponential(x: number, prec: number, upper = false, alt = false): string {
  const { digits, exp } = sci(x, prec);
  const dot = prec > 0 || alt ? '.' : '';
  return `${digits[0]}${dot}${digits.slice(1)}${expSuffix(exp, upper ? 'E' : 'e')}`;
}

/** %.<prec>g of |x|. */
export function general(x: number, prec: number, upper = false, alt = false): string {
  const p = prec === 0 ? 1 : prec;
  const { exp } = sci(x, p - 1);
  let s: string;
  if (exp < p && exp >= -4) s = fixed(x, p - 1 - exp);
  else s = exponential(x, p - 1, upper, alt);
  if (alt) {
    if (!s.includes('.')) s = s.replace(/^(\d+)/, '$1.');
    return s;
  }
  const at = s.search(/[eE]/);
  const mant = at < 0 ? s : s.slice(0, at);
  const tail = at < 0 ? '' : s.slice(at);
  return (mant.includes('.') ? mant.replace(/\.?0+$/, '') : mant) + tail;
}

/** %a of |x|, as glibc prints it (0x1.8p+1). */
export function hexFloat(x: number, upper = false): string {
  if (x === 0) return upper ? '0X0P+0' : '0x0p+0';
  let e = Math.floor(Math.log2(Math.abs(x)));
  let m = Math.abs(x) / 2 ** e;
  if (m >= 2) {
    m /= 2;
    e++;
  }
  let hex = '';
  let frac = m - 1;
  while (frac > 0 && hex.length < 13) {
    frac *= 16;
    const d = Math.floor(frac);
    hex += d.toString(16);
    frac -= d;
  }
  const s = `0x1${hex ? '.' + hex : ''}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
  return upper ? s.toUpperCase() : s;
}

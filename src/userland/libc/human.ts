// Human-readable sizes as GNU's human.c prints them for ls -h, du -h and df -h: powers of 1024,
// rounded up (ceiling), one decimal below 10 (1.5K, 9.9M), whole numbers from 10 (10K, 100M).

const SUFFIXES = ['', 'K', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];

/** `n` bytes as ls -h / du -h show it (base 1024, ceiling rounding). */
export function humanSize(n: number, base = 1024): string {
  let amt = Math.floor(n);
  if (amt < base) return String(amt);
  let tenths = 0;
  let rounding = 0; // 0 exact, 1 below half, 2 half, 3 above half
  let exp = 0;
  do {
    const r10 = (amt % base) * 10 + tenths;
    const r2 = (r10 % base) * 2 + (rounding >> 1);
    amt = Math.floor(amt / base);
    tenths = Math.floor(r10 / base);
    rounding = r2 < base ? (r2 + rounding !== 0 ? 1 : 0) : 2 + (base < r2 + rounding ? 1 : 0);
    exp++;
  } while (amt >= base && exp < SUFFIXES.length - 1);
  if (amt < 10) {
    if (rounding > 0) {
      tenths++;
      rounding = 0;
      if (tenths === 10) {
        amt++;
        tenths = 0;
      }
    }
    if (amt < 10) return `${amt}.${tenths}${SUFFIXES[exp]}`;
  }
  if (rounding > 0 || tenths > 0) amt++;
  if (amt === base && exp < SUFFIXES.length - 1) return `1.0${SUFFIXES[exp + 1]}`;
  return `${amt}${SUFFIXES[exp]}`;
}

/** Ceiling division for sizes in units (ls -s, du: 1K blocks from 512-byte blocks). */
export function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

// Output block sizes as GNU df/du take them (gnulib human.c human_options): -B SIZE with an
// optional unit (K, M, G... powers of 1024; KB, MB... powers of 1000; KiB = K), the "N-blocks"
// column header df derives from it, and scaling a byte count with ceiling rounding.

const LETTERS = 'KMGTPEZY';

export interface BlockSize {
  readonly size: number;
  /** Appended to every value when SIZE had a unit but no number ("-BM" prints "258020M"). */
  readonly suffix: string;
  /** Whether human_base_1024 is in effect (for the header's choice of base). */
  readonly base1024: boolean;
}

/** Parse a --block-size argument; undefined if invalid. */
export function parseBlockSize(spec: string): BlockSize | undefined {
  const m = /^(\d*)(?:([KkMGTPEZY])(iB|B)?)?$/.exec(spec);
  if (!m || spec === '') return undefined;
  const digits = m[1]!;
  const letter = (m[2] ?? '').toUpperCase();
  const base = m[3] === 'B' ? 1000 : 1024;
  const power = letter === '' ? 0 : LETTERS.indexOf(letter) + 1;
  const size = (digits === '' ? 1 : Number(digits)) * base ** power;
  if (size === 0 || !Number.isSafeInteger(size)) return undefined;
  const suffix = digits === '' ? (m[2] ?? '') + (m[3] === 'B' ? 'B' : '') : '';
  return { size, suffix, base1024: letter !== '' && m[3] !== 'B' };
}

/** df's header for the size column: "1K-blocks", "512B-blocks", "1MB-blocks", "4K-blocks". */
export function blocksHeader(bs: BlockSize): string {
  let q1000 = bs.size;
  let q1024 = bs.size;
  let d1000: boolean;
  let d1024: boolean;
  do {
    d1000 = q1000 % 1000 === 0;
    q1000 = Math.floor(q1000 / 1000);
    d1024 = q1024 % 1024 === 0;
    q1024 = Math.floor(q1024 / 1024);
  } while (d1000 && d1024);
  const base1024 = d1000 !== d1024 ? d1024 : bs.base1024;
  const base = base1024 ? 1024 : 1000;
  let e = 0;
  while (bs.size >= base ** (e + 1) && e < LETTERS.length) e++;
  const v = bs.size / base ** e;
  const num = Number.isInteger(v)
    ? String(v)
    : v < 10
      ? (Math.ceil(v * 10) / 10).toFixed(1)
      : String(Math.ceil(v));
  const letter = e === 0 ? '' : base === 1000 && e === 1 ? 'k' : LETTERS[e - 1]!;
  return `${num}${letter}${base1024 ? '' : 'B'}-blocks`;
}

/** A byte count in units of the block size, rounded up, with the unit suffix if any. */
export function scaleBlocks(bytes: number, bs: BlockSize): string {
  return `${Math.ceil(bytes / bs.size)}${bs.suffix}`;
}

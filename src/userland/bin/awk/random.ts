// rand() and srand() as Debian's mawk computes them: glibc's srandom()/random() (the TYPE_3
// additive feedback generator, r[i] = r[i-3] + r[i-31]) scaled by RAND_MAX.
// Simplification: mawk seeds from the clock at startup; here the initial seed is 0, so rand()
// without srand() is repeatable.

const RAND_MAX = 2147483647;

export class GlibcRandom {
  private r: number[] = [];
  private f = 3;
  private b = 0;

  constructor(seed = 0) {
    this.seed(seed);
  }

  /** srandom(seed): seed is an unsigned int; 0 is treated as 1. */
  seed(seed: number): void {
    let s = seed >>> 0;
    if (s === 0) s = 1;
    const r = new Array<number>(34);
    r[0] = s | 0;
    for (let i = 1; i < 31; i++) {
      // r[i] = (16807 * r[i-1]) % 2147483647, computed without overflow as glibc does.
      const hi = Math.trunc(r[i - 1]! / 127773);
      const lo = r[i - 1]! % 127773;
      let word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      r[i] = word;
    }
    this.r = r.slice(0, 31);
    this.f = 3;
    this.b = 0;
    for (let i = 0; i < 310; i++) this.next();
  }

  /** random(): 31 random bits. */
  next(): number {
    const r = this.r;
    r[this.f] = (r[this.f]! + r[this.b]!) | 0;
    const result = (r[this.f]! >>> 1) & 0x7fffffff;
    this.f = (this.f + 1) % 31;
    this.b = (this.b + 1) % 31;
    return result;
  }

  /** rand(): a double in [0, 1). */
  rand(): number {
    return this.next() / RAND_MAX;
  }
}

// awk associative arrays, modelled on mawk's array.c so that `for (k in a)` visits keys in the
// same order as mawk: a table of dual lists (one hashed by the key string with FNV-1, one by
// integer value), move-to-front on every lookup, split() arrays kept as a vector until indexed
// otherwise, and the table doubled when lists grow past 12 entries on average.

import type { Val } from './value';
import { StrNum, toInt32 } from './value';

export interface Slot {
  cell: Val;
}

class ANode implements Slot {
  slink: ANode | null = null;
  ilink: ANode | null = null;
  constructor(
    public sval: string | null,
    public hval: number,
    public ival: number,
    public cell: Val,
  ) {}
}

const NOT_AN_IVALUE = -2147483648;
const STARTING_HMASK = 63;
const limitOf = (hmask: number): number => (hmask + 1) * 12;
const AY_INT = 1;
const AY_STR = 2;
const AY_SPLIT = 4;

function fnv1(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ (s.charCodeAt(i) & 0xff), 16777619) >>> 0;
  return h;
}

export class AwkArray {
  private type = 0;
  size = 0;
  private limit = 0;
  private hmask = 0;
  private vec: Slot[] = [];
  private slinks: (ANode | null)[] = [];
  private ilinks: (ANode | null)[] = [];

  /** Find (or create) the element for a subscript; `str` converts a non-integer number by CONVFMT. */
  find(key: Val, create: boolean, str: (n: number) => string): Slot | null {
    if (this.size === 0 && !create) return null;
    if (typeof key === 'number') {
      const ival = toInt32(key);
      if (ival === key) {
        if (this.type === AY_SPLIT) {
          if (ival >= 1 && ival <= this.size) return this.vec[ival - 1]!;
          if (!create) return null;
          this.splitToTable();
        } else if (this.type === 0) this.emptyTable(AY_INT);
        return this.byIval(ival, create);
      }
      return this.bySval(str(key), create);
    }
    return this.bySval(key instanceof StrNum ? key.s : key, create);
  }

  delete(key: Val, str: (n: number) => string): void {
    if (this.size === 0) return;
    if (typeof key === 'number' && toInt32(key) === key) {
      if (this.type === AY_SPLIT) {
        if (key < 1 || key > this.size) return;
        this.splitToTable();
      }
      const p = this.byIval(key, false);
      if (p) this.unlink(p);
      return;
    }
    const s = typeof key === 'number' ? str(key) : key instanceof StrNum ? key.s : key;
    const p = this.bySval(s, false);
    if (p) this.unlink(p);
  }

  private unlink(ap: ANode): void {
    if (ap.sval !== null) {
      const i = ap.hval & this.hmask;
      this.slinks[i] = remove(this.slinks[i]!, ap, 's');
    }
    if (ap.ival !== NOT_AN_IVALUE) {
      const i = (ap.ival >>> 0) & this.hmask;
      this.ilinks[i] = remove(this.ilinks[i]!, ap, 'i');
    }
    if (--this.size === 0) this.clear();
  }

  clear(): void {
    this.type = 0;
    this.size = this.limit = this.hmask = 0;
    this.vec = [];
    this.slinks = [];
    this.ilinks = [];
  }

  /** split(): replace the contents with elements 1..n. */
  load(vals: readonly Val[]): void {
    this.clear();
    this.type = AY_SPLIT;
    this.vec = vals.map((cell) => ({ cell }));
    this.size = vals.length;
  }

  /** The keys in mawk's `for (k in a)` order. */
  keys(): string[] {
    if (this.size === 0) return [];
    if (!(this.type & AY_STR)) this.addStrings();
    const out: string[] = [];
    for (let i = 0; i <= this.hmask; i++)
      for (let p = this.slinks[i] ?? null; p; p = p.slink) out.push(p.sval ?? '');
    return out;
  }

  private emptyTable(type: number): void {
    this.type = type;
    this.hmask = STARTING_HMASK;
    this.limit = limitOf(STARTING_HMASK);
    this.slinks = new Array<ANode | null>(64).fill(null);
    this.ilinks = new Array<ANode | null>(64).fill(null);
  }

  private byIval(ival: number, create: boolean): ANode | null {
    let idx = (ival >>> 0) & this.hmask;
    let p = this.ilinks[idx] ?? null;
    let q: ANode | null = null;
    for (;;) {
      if (!p) {
        if (this.type & AY_STR) {
          p = this.bySval(String(ival), create);
          if (!p) return null;
        } else if (create) {
          p = new ANode(null, 0, 0, new StrNum('', 0));
          if (++this.size > this.limit) this.double();
        } else return null;
        idx = (ival >>> 0) & this.hmask;
        p.ival = ival;
        this.type |= AY_INT;
        break;
      } else if (p.ival === ival) {
        if (!q) return p;
        q.ilink = p.ilink;
        break;
      }
      q = p;
      p = q.ilink;
    }
    p.ilink = this.ilinks[idx] ?? null;
    this.ilinks[idx] = p;
    return p;
  }

  private bySval(s: string, create: boolean): ANode | null {
    const hval = fnv1(s);
    if (!(this.type & AY_STR)) this.addStrings();
    let idx = hval & this.hmask;
    let p = this.slinks[idx] ?? null;
    let q: ANode | null = null;
    for (;;) {
      if (!p) {
        if (!create) return null;
        p = new ANode(s, hval, NOT_AN_IVALUE, new StrNum('', 0));
        if (++this.size > this.limit) this.double();
        idx = hval & this.hmask;
        break;
      } else if (p.hval === hval && p.sval === s) {
        if (!q) return p;
        q.slink = p.slink;
        break;
      }
      q = p;
      p = q.slink;
    }
    p.slink = this.slinks[idx] ?? null;
    this.slinks[idx] = p;
    return p;
  }

  private addStrings(): void {
    if (this.type === 0) return this.emptyTable(AY_STR);
    if (this.type === AY_SPLIT) this.splitToTable();
    for (let i = 0; i <= this.hmask; i++) {
      for (let p = this.ilinks[i] ?? null; p; p = p.ilink) {
        p.sval = String(p.ival);
        p.hval = fnv1(p.sval);
        const j = this.hmask & p.hval;
        p.slink = this.slinks[j] ?? null;
        this.slinks[j] = p;
      }
    }
    this.type |= AY_STR;
  }

  private splitToTable(): void {
    const cells = this.vec;
    this.hmask = STARTING_HMASK;
    this.limit = limitOf(STARTING_HMASK);
    while (this.size > this.limit) {
      this.hmask = this.hmask * 2 + 1;
      this.limit = limitOf(this.hmask);
    }
    this.slinks = new Array<ANode | null>(this.hmask + 1).fill(null);
    this.ilinks = new Array<ANode | null>(this.hmask + 1).fill(null);
    for (let i = 0, j = 1; i < this.size; i++) {
      const p = new ANode(null, 0, i + 1, cells[i]!.cell);
      cells[i] = p;
      p.ilink = this.ilinks[j] ?? null;
      this.ilinks[j] = p;
      j = (j + 1) & this.hmask;
    }
    this.vec = [];
    this.type = AY_INT;
  }

  private double(): void {
    const old = this.hmask;
    const mask = old * 2 + 1;
    for (let i = 0; i <= old; i++) {
      this.slinks.push(null);
      this.ilinks.push(null);
    }
    for (const kind of ['s', 'i'] as const) {
      if (!(this.type & (kind === 's' ? AY_STR : AY_INT))) continue;
      const lists = kind === 's' ? this.slinks : this.ilinks;
      for (let i = 0; i <= old; i++) {
        const stay: ANode[] = [];
        const move: ANode[] = [];
        for (let p = lists[i] ?? null; p; p = next(p, kind)) {
          const h = kind === 's' ? p.hval : p.ival >>> 0;
          ((h & mask) !== i ? move : stay).push(p);
        }
        lists[i] = chain(stay, kind);
        lists[i + old + 1] = chain(move, kind);
      }
    }
    this.hmask = mask;
    this.limit = limitOf(mask);
  }
}

function next(p: ANode, kind: 's' | 'i'): ANode | null {
  return kind === 's' ? p.slink : p.ilink;
}

function chain(nodes: ANode[], kind: 's' | 'i'): ANode | null {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i + 1] ?? null;
    if (kind === 's') nodes[i]!.slink = n;
    else nodes[i]!.ilink = n;
  }
  return nodes[0] ?? null;
}

function remove(head: ANode, ap: ANode, kind: 's' | 'i'): ANode | null {
  if (head === ap) return next(ap, kind);
  let q = head;
  while (next(q, kind) !== ap) q = next(q, kind)!;
  if (kind === 's') q.slink = ap.slink;
  else q.ilink = ap.ilink;
  return head;
}

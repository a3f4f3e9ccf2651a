// The interpreter's state: variables (global slots and function frames), the current record and
// its fields (split lazily with the FS in force when the record was read), and conversions
// between numbers and strings (CONVFMT, OFMT).

import type { VarRef } from './ast';
import { CONVFMT, FS, NF, OFMT, OFS, SUBSEP } from './ast';
import { AwkArray } from './array';
import type { Slot } from './array';
import { formatNumber } from './format';
import { splitFields } from './split';
import type { Val } from './value';
import { StrNum, UNINIT, inputVal, numToStr, toNum } from './value';

export type Cell = Val | AwkArray;

/** Simplification: mawk has no field limit; a million keeps memory bounded here. */
const MAX_FIELDS = 1_000_000;

/** A run time error: "awk: run time error: MESSAGE" plus the FILENAME/FNR/NR line. */
export class AwkRuntimeError extends Error {}

/** A fatal error printed as "awk: MESSAGE" (program limits). */
export class AwkFatalError extends Error {}

export class ExitSignal {
  constructor(readonly status: number | null) {}
}
export class NextSignal {}
export class NextFileSignal {}

/** Where an assignment goes. */
export type Place =
  | { readonly k: 'var'; readonly ref: VarRef }
  | { readonly k: 'field'; readonly i: number }
  | { readonly k: 'elem'; readonly slot: Slot };

export class Runtime {
  readonly globals: Cell[];
  frame: Cell[] = [];
  private record = '';
  private fields: Val[] = [];
  private splitDone = true;
  private splitFS = ' ';
  private nf = 0;

  constructor(globalCount: number) {
    this.globals = new Array<Cell>(globalCount).fill(UNINIT);
  }

  convfmt(): string {
    return this.str(this.scalar(this.globals[CONVFMT]!));
  }

  /** A value as a string, numbers by CONVFMT (whole numbers as integers). */
  str = (v: Val): string => {
    if (typeof v === 'string') return v;
    if (v instanceof StrNum) return v.s;
    return numToStr(v, this.convfmtText(), formatNumber);
  };

  private convfmtText(): string {
    const c = this.globals[CONVFMT];
    return typeof c === 'string' ? c : '%.6g';
  }

  /** A value for output: numbers by OFMT. */
  outStr(v: Val): string {
    if (typeof v !== 'number') return this.str(v);
    const f = this.globals[OFMT];
    return numToStr(v, typeof f === 'string' ? f : this.str(this.scalar(f!)), formatNumber);
  }

  numStr = (n: number): string => formatNumber(this.convfmtText(), n);

  scalar(c: Cell): Val {
    if (c instanceof AwkArray) throw new AwkRuntimeError("can't use array as scalar");
    return c;
  }

  special(slot: number): string {
    return this.str(this.scalar(this.globals[slot]!));
  }

  getVar(ref: VarRef): Val {
    if (ref.local) return this.scalar(this.frame[ref.slot] ?? UNINIT);
    if (ref.slot === NF) this.ensureSplit();
    return this.scalar(this.globals[ref.slot]!);
  }

  setVar(ref: VarRef, v: Val): void {
    if (ref.local) this.frame[ref.slot] = v;
    else if (ref.slot === NF) this.setNF(toNum(v));
    else this.globals[ref.slot] = v;
  }

  array(ref: VarRef): AwkArray {
    const cells = ref.local ? this.frame : this.globals;
    const c = cells[ref.slot];
    if (c instanceof AwkArray) return c;
    const a = new AwkArray();
    cells[ref.slot] = a;
    return a;
  }

  /** The subscript value for a[i] or a[i, j] (joined with SUBSEP). */
  subscript(vals: readonly Val[]): Val {
    if (vals.length === 1) return vals[0]!;
    return vals.map(this.str).join(this.special(SUBSEP));
  }

  getPlace(p: Place): Val {
    if (p.k === 'var') return this.getVar(p.ref);
    if (p.k === 'field') return this.getField(p.i);
    return p.slot.cell;
  }

  setPlace(p: Place, v: Val): void {
    if (p.k === 'var') this.setVar(p.ref, v);
    else if (p.k === 'field') this.setField(p.i, v);
    else p.slot.cell = v;
  }

  /** A new input record: $0 is set, fields are split on first use. */
  setRecord(text: string): void {
    this.record = text;
    this.fields = [];
    this.splitDone = false;
    this.splitFS = this.special(FS);
  }

  get recordText(): string {
    return this.record;
  }

  private ensureSplit(): void {
    if (this.splitDone) return;
    this.splitDone = true;
    const parts = splitFields(this.record, this.splitFS);
    this.fields = [UNINIT, ...parts.map(inputVal)];
    this.nf = parts.length;
    this.globals[NF] = this.nf;
  }

  fieldIndex(v: Val): number {
    const d = toNum(v);
    if (d < 0) throw new AwkRuntimeError(`negative field index $${Math.trunc(d)}`);
    return Math.trunc(d);
  }

  getField(i: number): Val {
    if (i === 0) return inputVal(this.record);
    this.ensureSplit();
    return i <= this.nf ? this.fields[i]! : UNINIT;
  }

  setField(i: number, v: Val): void {
    if (i === 0) {
      this.setRecord(this.str(v));
      return;
    }
    if (i > MAX_FIELDS)
      throw new AwkFatalError(`program limit exceeded: maximum number of fields size=${MAX_FIELDS}`);
    this.ensureSplit();
    while (this.nf < i) this.fields[++this.nf] = UNINIT;
    this.fields[i] = v;
    this.rebuild();
  }

  setNF(d: number): void {
    this.ensureSplit();
    if (d < 0) throw new AwkRuntimeError('negative value assigned to NF');
    const n = Math.trunc(d);
    if (n > MAX_FIELDS)
      throw new AwkFatalError(`program limit exceeded: maximum number of fields size=${MAX_FIELDS}`);
    while (this.nf < n) this.fields[++this.nf] = UNINIT;
    this.nf = n;
    this.fields.length = n + 1;
    this.rebuild();
  }

  private rebuild(): void {
    const ofs = this.special(OFS);
    const parts: string[] = [];
    for (let j = 1; j <= this.nf; j++) parts.push(this.str(this.fields[j]!));
    this.record = parts.join(ofs);
    this.globals[NF] = this.nf;
  }
}

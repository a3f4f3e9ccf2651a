// The awk syntax tree. Variables are resolved at parse time to global or local (function frame)
// slots, so the interpreter indexes arrays instead of looking names up.

export interface VarRef {
  readonly local: boolean;
  readonly slot: number;
  readonly name: string;
}

export type LValue =
  | { readonly k: 'var'; readonly ref: VarRef }
  | { readonly k: 'field'; readonly e: Expr }
  | { readonly k: 'index'; readonly ref: VarRef; readonly subs: readonly Expr[] };

export type GetlineSource = 'plain' | 'file' | 'cmd';

export type Expr =
  | LValue
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'str'; readonly v: string }
  /** A regex literal used as a value: $0 ~ /re/. */
  | { readonly k: 're'; readonly src: string }
  /** A parenthesized list, valid only before `in` or as print's argument list. */
  | { readonly k: 'group'; readonly items: readonly Expr[] }
  | { readonly k: 'assign'; readonly op: string; readonly target: LValue; readonly e: Expr }
  | { readonly k: 'incdec'; readonly op: '++' | '--'; readonly prefix: boolean; readonly target: LValue }
  | { readonly k: 'bin'; readonly op: string; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'cmp'; readonly op: string; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'cat'; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'and' | 'or'; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'match'; readonly neg: boolean; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'unary'; readonly op: '!' | '-' | '+'; readonly e: Expr }
  | { readonly k: 'cond'; readonly c: Expr; readonly t: Expr; readonly f: Expr }
  | { readonly k: 'in'; readonly subs: readonly Expr[]; readonly ref: VarRef }
  | { readonly k: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly line: number }
  | { readonly k: 'builtin'; readonly name: string; readonly args: readonly Expr[] }
  | {
      readonly k: 'getline';
      readonly src: GetlineSource;
      readonly target: LValue | null;
      readonly from: Expr | null;
    };

export interface Redirect {
  readonly mode: '>' | '>>' | '|';
  readonly target: Expr;
}

export type Stmt =
  | { readonly k: 'expr'; readonly e: Expr }
  | { readonly k: 'print' | 'printf'; readonly args: readonly Expr[]; readonly redir: Redirect | null }
  | { readonly k: 'if'; readonly c: Expr; readonly t: Stmt; readonly f: Stmt | null }
  | { readonly k: 'while'; readonly c: Expr; readonly body: Stmt }
  | { readonly k: 'do'; readonly body: Stmt; readonly c: Expr }
  | {
      readonly k: 'for';
      readonly init: Expr | null;
      readonly c: Expr | null;
      readonly step: Expr | null;
      readonly body: Stmt;
    }
  | { readonly k: 'forin'; readonly v: LValue; readonly ref: VarRef; readonly body: Stmt }
  | { readonly k: 'block'; readonly body: readonly Stmt[] }
  | { readonly k: 'next' | 'nextfile' | 'break' | 'continue' }
  | { readonly k: 'exit' | 'return'; readonly e: Expr | null }
  | { readonly k: 'delete'; readonly ref: VarRef; readonly subs: readonly Expr[] | null };

export type Pattern =
  | { readonly k: 'all' }
  | { readonly k: 'expr'; readonly e: Expr }
  | { readonly k: 'range'; readonly from: Expr; readonly to: Expr; readonly id: number };

export interface Rule {
  readonly pattern: Pattern;
  /** null: the default action, print $0. */
  readonly action: readonly Stmt[] | null;
}

export interface FuncDef {
  readonly name: string;
  readonly params: readonly string[];
  body: readonly Stmt[];
  /** Which parameters are used as arrays. */
  readonly arrays: boolean[];
}

export interface Program {
  readonly begin: readonly Stmt[];
  readonly rules: readonly Rule[];
  readonly end: readonly Stmt[];
  readonly funcs: ReadonlyMap<string, FuncDef>;
  /** Global variable names by slot. */
  readonly globals: readonly string[];
  readonly ranges: number;
}

/** Builtin variables, in slot order: the parser gives them these global slots. */
export const SPECIAL_VARS = [
  'NF',
  'NR',
  'FNR',
  'FS',
  'OFS',
  'ORS',
  'RS',
  'FILENAME',
  'SUBSEP',
  'RSTART',
  'RLENGTH',
  'CONVFMT',
  'OFMT',
  'ENVIRON',
  'ARGC',
  'ARGV',
] as const;

export const NF = 0;
export const NR = 1;
export const FNR = 2;
export const FS = 3;
export const OFS = 4;
export const ORS = 5;
export const RS = 6;
export const FILENAME = 7;
export const SUBSEP = 8;
export const RSTART = 9;
export const RLENGTH = 10;
export const CONVFMT = 11;
export const OFMT = 12;
export const ENVIRON = 13;
export const ARGC = 14;
export const ARGV = 15;

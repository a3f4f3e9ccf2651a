// The abstract syntax tree of the python3 engine: CPython's ast module, trimmed to what we run.
// Every node carries its source span (1-based lines, 0-based columns) for tracebacks.

export interface Span {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export type Const = null | boolean | bigint | number | string;

export interface Comprehension {
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
}

export interface Keyword {
  /** null for **mapping */
  readonly name: string | null;
  readonly value: Expr;
}

export interface Param {
  readonly name: string;
  readonly dflt: Expr | null;
}

export interface Params {
  readonly args: readonly Param[];
  readonly vararg: string | null;
  readonly kwonly: readonly Param[];
  readonly kwarg: string | null;
}

export type FStringPart =
  | string
  | {
      readonly expr: Expr;
      readonly conv: string;
      readonly spec: readonly FStringPart[] | null;
      readonly text: string;
    };

export type Expr = Span &
  (
    | { readonly k: 'Const'; readonly value: Const }
    | { readonly k: 'Bytes'; readonly value: Uint8Array }
    | { readonly k: 'Ellipsis' }
    | { readonly k: 'FString'; readonly parts: readonly FStringPart[] }
    | { readonly k: 'Name'; readonly id: string }
    | { readonly k: 'BinOp'; readonly op: string; readonly left: Expr; readonly right: Expr }
    | { readonly k: 'UnaryOp'; readonly op: string; readonly operand: Expr }
    | { readonly k: 'BoolOp'; readonly op: 'and' | 'or'; readonly values: readonly Expr[] }
    | {
        readonly k: 'Compare';
        readonly left: Expr;
        readonly ops: readonly string[];
        readonly rest: readonly Expr[];
      }
    | {
        readonly k: 'Call';
        readonly func: Expr;
        readonly args: readonly Expr[];
        readonly keywords: readonly Keyword[];
      }
    | { readonly k: 'Attribute'; readonly value: Expr; readonly attr: string }
    | { readonly k: 'Subscript'; readonly value: Expr; readonly index: Expr }
    | {
        readonly k: 'Slice';
        readonly lower: Expr | null;
        readonly upper: Expr | null;
        readonly step: Expr | null;
      }
    | { readonly k: 'List' | 'Tuple' | 'Set'; readonly elts: readonly Expr[] }
    | { readonly k: 'Dict'; readonly keys: readonly (Expr | null)[]; readonly values: readonly Expr[] }
    | {
        readonly k: 'ListComp' | 'SetComp' | 'GenExp';
        readonly elt: Expr;
        readonly gens: readonly Comprehension[];
      }
    | {
        readonly k: 'DictComp';
        readonly key: Expr;
        readonly value: Expr;
        readonly gens: readonly Comprehension[];
      }
    | { readonly k: 'IfExp'; readonly test: Expr; readonly body: Expr; readonly orelse: Expr }
    | { readonly k: 'Lambda'; readonly params: Params; readonly body: Expr }
    | { readonly k: 'Starred'; readonly value: Expr }
    | { readonly k: 'DoubleStarred'; readonly value: Expr }
    | { readonly k: 'NamedExpr'; readonly target: string; readonly value: Expr }
    | { readonly k: 'Yield'; readonly value: Expr | null; readonly from: boolean }
  );

export interface Handler {
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
  readonly line: number;
}

export interface Alias {
  readonly name: string;
  readonly asname: string | null;
}

export type Stmt = Span &
  (
    | { readonly k: 'Expr'; readonly value: Expr }
    | { readonly k: 'Assign'; readonly targets: readonly Expr[]; readonly value: Expr }
    | { readonly k: 'AugAssign'; readonly target: Expr; readonly op: string; readonly value: Expr }
    | { readonly k: 'AnnAssign'; readonly target: Expr; readonly value: Expr | null }
    | {
        readonly k: 'If';
        readonly test: Expr;
        readonly body: readonly Stmt[];
        readonly orelse: readonly Stmt[];
      }
    | {
        readonly k: 'While';
        readonly test: Expr;
        readonly body: readonly Stmt[];
        readonly orelse: readonly Stmt[];
      }
    | {
        readonly k: 'For';
        readonly target: Expr;
        readonly iter: Expr;
        readonly body: readonly Stmt[];
        readonly orelse: readonly Stmt[];
      }
    | { readonly k: 'Break' | 'Continue' | 'Pass' }
    | { readonly k: 'Return'; readonly value: Expr | null }
    | {
        readonly k: 'FunctionDef';
        readonly name: string;
        readonly params: Params;
        readonly body: readonly Stmt[];
        readonly decorators: readonly Expr[];
        readonly isGen: boolean;
      }
    | {
        readonly k: 'ClassDef';
        readonly name: string;
        readonly bases: readonly Expr[];
        readonly body: readonly Stmt[];
        readonly decorators: readonly Expr[];
      }
    | {
        readonly k: 'Try';
        readonly body: readonly Stmt[];
        readonly handlers: readonly Handler[];
        readonly orelse: readonly Stmt[];
        readonly finalbody: readonly Stmt[];
      }
    | { readonly k: 'Raise'; readonly exc: Expr | null; readonly cause: Expr | null }
    | {
        readonly k: 'With';
        readonly items: readonly { readonly expr: Expr; readonly target: Expr | null }[];
        readonly body: readonly Stmt[];
      }
    | { readonly k: 'Global' | 'Nonlocal'; readonly names: readonly string[] }
    | { readonly k: 'Import'; readonly names: readonly Alias[] }
    | { readonly k: 'ImportFrom'; readonly module: string; readonly names: readonly Alias[] }
    | { readonly k: 'Del'; readonly targets: readonly Expr[] }
    | { readonly k: 'Assert'; readonly test: Expr; readonly msg: Expr | null }
  );

// The shell's syntax tree (bash's command.h): words made of parts, simple and compound commands,
// redirections. The parser builds it once; the executor walks it.

/** A piece of a word. `lit` is unquoted text (globbing, braces and ~ apply); `sq` is quoted text. */
export type WordPart =
  | { readonly k: 'lit'; readonly v: string }
  | { readonly k: 'sq'; readonly v: string }
  | { readonly k: 'dq'; readonly parts: readonly WordPart[] }
  | ParamPart
  | { readonly k: 'cmd'; readonly body: List }
  | { readonly k: 'arith'; readonly expr: Word };

export interface ParamPart {
  readonly k: 'param';
  readonly name: string;
  /** Array subscript word (`a[i]`), '@' / '*' for whole arrays. */
  readonly index?: Word | undefined;
  /** '' plain, 'len' ${#x}, ':-' '-' ':=' '=' ':+' '+' ':?' '?' '#' '##' '%' '%%' '/' '//' '/#' '/%' '^' '^^' ',' ',,' ':' (substring), '!' (indirect) */
  readonly op: string;
  readonly arg?: Word | undefined;
  readonly arg2?: Word | undefined;
  /** ${!x}: indirect expansion. */
  readonly indirect?: boolean;
}

export interface Word {
  readonly parts: readonly WordPart[];
  /** The source text, for xtrace, job listings and error messages. */
  readonly text: string;
}

export type RedirOp = '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redir {
  /** The fd written before the operator, or undefined for the default. */
  readonly fd: number | undefined;
  readonly op: RedirOp;
  readonly target: Word;
  /** Here-document body (filled after the line is read); `quoted` delimiter = no expansion. */
  heredoc?: { body: Word; quoted: boolean };
}

export interface Assign {
  readonly name: string;
  readonly index?: Word | undefined;
  readonly append: boolean;
  readonly value: Word | undefined;
  /** name=(a b c) */
  readonly array?: readonly Word[] | undefined;
  readonly text: string;
}

export interface CaseItem {
  readonly patterns: readonly Word[];
  readonly body: List;
  readonly term: ';;' | ';&' | ';;&';
}

export type Command =
  | {
      readonly t: 'simple';
      readonly assigns: readonly Assign[];
      readonly words: readonly Word[];
      redirs: Redir[];
      readonly line: number;
    }
  | { readonly t: 'subshell'; readonly body: List; redirs: Redir[]; readonly line: number }
  | { readonly t: 'group'; readonly body: List; redirs: Redir[]; readonly line: number }
  | {
      readonly t: 'if';
      readonly clauses: ReadonlyArray<{ readonly cond: List; readonly body: List }>;
      readonly otherwise: List | undefined;
      redirs: Redir[];
      readonly line: number;
    }
  | {
      readonly t: 'for';
      readonly name: string;
      readonly words: readonly Word[] | undefined;
      readonly body: List;
      redirs: Redir[];
      readonly line: number;
    }
  | {
      readonly t: 'cfor';
      readonly init: Word;
      readonly cond: Word;
      readonly step: Word;
      readonly body: List;
      redirs: Redir[];
      readonly line: number;
    }
  | {
      readonly t: 'while';
      readonly until: boolean;
      readonly cond: List;
      readonly body: List;
      redirs: Redir[];
      readonly line: number;
    }
  | {
      readonly t: 'case';
      readonly word: Word;
      readonly items: readonly CaseItem[];
      redirs: Redir[];
      readonly line: number;
    }
  | { readonly t: 'func'; readonly name: string; readonly body: Command; readonly line: number }
  | { readonly t: 'arith'; readonly expr: Word; redirs: Redir[]; readonly line: number }
  | { readonly t: 'cond'; readonly expr: CondExpr; redirs: Redir[]; readonly line: number };

export type CondExpr =
  | { readonly c: 'and' | 'or'; readonly l: CondExpr; readonly r: CondExpr }
  | { readonly c: 'not'; readonly e: CondExpr }
  | { readonly c: 'unary'; readonly op: string; readonly a: Word }
  | { readonly c: 'binary'; readonly op: string; readonly a: Word; readonly b: Word }
  | { readonly c: 'word'; readonly a: Word };

export interface Pipeline {
  readonly cmds: readonly Command[];
  readonly bang: boolean;
  /** `time` prefix. */
  readonly timed: boolean;
  /** The source text, for job listings. */
  readonly text: string;
  readonly line: number;
}

export interface AndOr {
  readonly first: Pipeline;
  readonly rest: ReadonlyArray<{ readonly op: '&&' | '||'; readonly pipe: Pipeline }>;
  readonly bg: boolean;
  readonly text: string;
}

export interface List {
  readonly items: readonly AndOr[];
}

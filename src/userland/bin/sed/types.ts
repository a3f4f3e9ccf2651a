// GNU sed 4.9 as a parsed program: addresses, commands and the s/// pieces. The parser (parse.ts)
// builds these from script text; the executor (exec.ts) runs them over the input lines.
// Simplification: no `e` command or s///e flag, no --debug, no --posix; `l` wraps at 70 columns.

export type Addr =
  | { readonly kind: 'line'; readonly n: number }
  | { readonly kind: 'last' }
  | { readonly kind: 're'; readonly re: RegExp | null }
  | { readonly kind: 'step'; readonly first: number; readonly step: number }
  | { readonly kind: 'plus'; readonly n: number }
  | { readonly kind: 'mult'; readonly n: number };

export interface Replacement {
  /** Literal text pieces, group references (0 = &), and case-conversion markers. */
  readonly parts: readonly (
    string | { readonly group: number } | { readonly caseOp: 'U' | 'L' | 'u' | 'l' | 'E' }
  )[];
}

export interface SedCommand {
  a1: Addr | null;
  a2: Addr | null;
  negate: boolean;
  name: string;
  /** Text for a/i/c, label for b/t/T/:, file name for r/w, exit code for q/Q. */
  text: string;
  /** s: the regex (null = reuse the last one), replacement and flags. */
  re: RegExp | null;
  replacement: Replacement | null;
  global: boolean;
  occurrence: number;
  print: number;
  /** y: the mapping. */
  map: Map<string, string> | null;
  /** For { : index of the matching }, for b/t/T: the target index (-1 = end). */
  jump: number;
  /** Range state. */
  active: boolean;
  endLine: number;
  /** a/i/c: false for a bare `a\` at the end of the script (GNU then adds nothing). */
  hasText: boolean;
  /** w file / s///w file. */
  wfile: string;
}

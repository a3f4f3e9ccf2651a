// Compile-time errors of the python3 engine (SyntaxError, IndentationError), reported the way
// CPython 3.11 prints them: file/line, the source line and a caret under the offending column.

export class SyntaxErr {
  constructor(
    readonly msg: string,
    readonly line: number,
    /** 1-based column of the caret. */
    readonly col: number,
    readonly text: string,
    readonly kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError',
    /** 1-based end column (exclusive) when the caret spans several characters. */
    readonly endCol = 0,
  ) {}
}

/** The lines CPython prints for a SyntaxError raised while compiling `file`. */
export function formatSyntaxError(e: SyntaxErr, file: string): string {
  let out = `  File "${file}", line ${e.line}\n`;
  const raw = e.text.replace(/\r$/, '');
  const stripped = raw.replace(/^[ \t\f]+/, '');
  if (stripped !== '' && e.col > 0) {
    const lead = raw.length - stripped.length;
    const text = stripped.replace(/\s+$/, '');
    out += `    ${text}\n`;
    const col = Math.max(1, e.col - lead);
    const width = e.endCol > e.col ? e.endCol - e.col : 1;
    out += `    ${' '.repeat(col - 1)}${'^'.repeat(width)}\n`;
  } else if (stripped !== '') {
    out += `    ${stripped.replace(/\s+$/, '')}\n`;
  }
  return out + `${e.kind}: ${e.msg}\n`;
}

// Rendering a man page for the terminal as man-db + groff (nroff -man) lay it out: the title line
// "LS(1)   General Commands Manual   LS(1)", section headings at the margin, text indented by 7
// and filled to the line length (terminal width - 2) with both margins adjusted, then the footer.
//
// The installed pages (userland/rootfs.ts manPage) are plain text: a heading line per section,
// then body lines indented by 7, paragraphs separated by blank lines.
//
// Simplification: no hyphenation (groff breaks long words with a hyphen at line ends); no bold;
// paragraphs with deeper-indented or dash-led lines (option lists) are shown as written.

export interface ManSection {
  readonly heading: string;
  /** Paragraphs; each is the list of its source lines, without the indent. */
  readonly paragraphs: readonly (readonly string[])[];
}

/** Where the section-1 pages are installed. */
export const MAN_DIR = '/usr/share/man/man1';

const INDENT = 7;

export function parseManPage(text: string): ManSection[] {
  const sections: Array<{ heading: string; paragraphs: string[][] }> = [];
  let para: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      para = null;
    } else if (!/^\s/.test(line)) {
      sections.push({ heading: line, paragraphs: [] });
      para = null;
    } else {
      const cur = sections[sections.length - 1];
      if (!cur) continue;
      if (!para) {
        para = [];
        cur.paragraphs.push(para);
      }
      para.push(line.slice(Math.min(INDENT, line.length - line.trimStart().length)).trimEnd());
    }
  }
  return sections;
}

/** The NAME section's text: "cat - concatenate files and print on the standard output". */
export function manSummary(text: string): string {
  const name = parseManPage(text).find((s) => s.heading === 'NAME');
  return name?.paragraphs[0]?.map((l) => l.trim()).join(' ') ?? '';
}

interface Word {
  readonly text: string;
  /** Spaces after the word in the input (1, or 2 after a sentence). */
  readonly gap: number;
}

/** Words of a paragraph; a line end after a sentence counts as two spaces, as in troff. */
function words(lines: readonly string[]): Word[] {
  const out: Word[] = [];
  for (const line of lines) {
    const re = /(\S+)( *)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      const atEnd = m.index + m[0].length >= line.length;
      const sentence = /[.?!]["')\]*]*$/.test(m[1]!);
      out.push({ text: m[1]!, gap: atEnd ? (sentence ? 2 : 1) : m[2]!.length });
    }
  }
  return out;
}

/** Fill and adjust one paragraph; `state.reverse` alternates like groff's distribute_space. */
function fill(lines: readonly string[], width: number, state: { reverse: boolean }): string[] {
  const ws = words(lines);
  const out: string[] = [];
  let i = 0;
  while (i < ws.length) {
    let j = i + 1;
    let len = ws[i]!.text.length;
    while (j < ws.length && len + ws[j - 1]!.gap + ws[j]!.text.length <= width) {
      len += ws[j - 1]!.gap + ws[j]!.text.length;
      j++;
    }
    const line = ws.slice(i, j);
    const gaps = line.slice(0, -1).map((w) => w.gap);
    if (j < ws.length && gaps.length > 0) spread(gaps, width - len, state);
    out.push(line.map((w, k) => w.text + (k < gaps.length ? ' '.repeat(gaps[k]!) : '')).join(''));
    i = j;
  }
  return out;
}

/** Share `extra` spaces among the gaps; the remainder goes to the left or right end alternately. */
function spread(gaps: number[], extra: number, state: { reverse: boolean }): void {
  const order = gaps.map((_, k) => k);
  if (!state.reverse) order.reverse();
  let left = extra;
  let n = gaps.length;
  for (const k of order) {
    const add = Math.floor(left / n);
    gaps[k]! += add;
    left -= add;
    n--;
  }
  state.reverse = !state.reverse;
}

/** A .tl-style line: left, centred and right parts on a line of `ll` columns. */
function titleLine(left: string, center: string, right: string, ll: number): string {
  const start = Math.max(left.length + 1, Math.ceil((ll - center.length) / 2));
  const head = (left.padEnd(start) + center).padEnd(Math.max(0, ll - right.length));
  return (head + right).replace(/\s+$/, '');
}

/** The page as man prints it on a terminal `columns` wide. */
export function renderManPage(text: string, title: string, columns: number): string {
  const ll = Math.max(columns - 2, INDENT + 20);
  const state = { reverse: false };
  const out = [titleLine(title, 'General Commands Manual', title, ll), ''];
  for (const s of parseManPage(text)) {
    out.push(s.heading);
    s.paragraphs.forEach((p, i) => {
      if (i > 0) out.push('');
      // Text already laid out (option lists: deeper indents, leading dashes) stays as it is.
      const verbatim = s.heading === 'SYNOPSIS' || p.some((l) => /^(\s|-)/.test(l));
      const body = verbatim ? [...p] : fill(p, ll - INDENT, state);
      for (const l of body) out.push(' '.repeat(INDENT) + l);
    });
    out.push('');
  }
  out.push(titleLine('', '', title, ll));
  return out.join('\n') + '\n';
}

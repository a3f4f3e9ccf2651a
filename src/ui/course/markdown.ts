// Lesson prose (markdown) → safe HTML. markdown-it with raw HTML off; links only to http(s)
// pages, opened in a new tab with rel="noopener noreferrer"; headings moved down two levels so
// they nest under the panel's own; every line of a ```sh block becomes a button that types the
// command into the terminal (the panel listens for clicks on [data-command]). DOMPurify cleans
// the output once more.
// A here-document or a backslash-continued line stays one multi-line command (one button).

import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

const SHELL = new Set(['sh', 'bash', 'shell', 'console']);
const SAFE_URL = /^https?:\/\//i;

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = (url) => SAFE_URL.test(url.trim());
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    token?.attrSet('rel', 'noopener noreferrer');
    token?.attrSet('target', '_blank');
    return self.renderToken(tokens, idx, options);
  };
  const shift = (tokens: { tag: string }[], idx: number): void => {
    const token = tokens[idx];
    if (token && /^h[1-6]$/.test(token.tag)) token.tag = `h${Math.min(6, Number(token.tag[1]) + 2)}`;
  };
  md.core.ruler.push('shift_headings', (state) => {
    state.tokens.forEach((token, i) => {
      if (token.type === 'heading_open' || token.type === 'heading_close') shift(state.tokens, i);
    });
    return true;
  });
  return md;
}

let renderer: MarkdownIt | undefined;

const HEREDOC = /<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/;
const CONTINUED = /(^|[^\\])(\\\\)*\\$/;

/**
 * The commands of a shell code block: its non-empty lines that are not comments. A line that
 * opens a here-document takes the following lines as they are, up to its delimiter, and a line
 * ending in a backslash takes the next: one multi-line command, typed as a whole.
 */
export function shellLines(code: string): string[] {
  const out: string[] = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const parts = [line];
    let last = line;
    const doc = HEREDOC.exec(line);
    while (CONTINUED.test(last) && i + 1 < lines.length) parts.push((last = lines[++i] ?? ''));
    if (doc) {
      const strip = doc[1] === '-';
      while (i + 1 < lines.length) {
        const body = lines[++i] ?? '';
        parts.push(body);
        if ((strip ? body.replace(/^\t+/, '') : body) === doc[3]) break;
      }
    }
    out.push(parts.join('\n'));
  }
  return out;
}

/** Renders lesson markdown; `runLabel` is the accessible hint on each command button. */
export function renderProse(markdown: string, runLabel: string): string {
  renderer ??= createRenderer();
  const md = renderer;
  const escape = md.utils.escapeHtml;
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx];
    if (!token) return '';
    const lang = token.info.trim().split(/\s+/)[0] ?? '';
    if (!SHELL.has(lang)) return `<pre><code>${escape(token.content)}</code></pre>\n`;
    const buttons = shellLines(token.content).map(
      (line) =>
        `<li><button type="button" class="run-command" data-command="${escape(line)}" ` +
        `title="${escape(runLabel)}"><span class="visually-hidden">${escape(runLabel)}: </span>` +
        `<code>${escape(line)}</code></button></li>`,
    );
    return `<ul class="command-block">${buttons.join('')}</ul>\n`;
  };
  const html = md.render(markdown);
  if (typeof DOMPurify.sanitize !== 'function') return html;
  return DOMPurify.sanitize(html, { ADD_ATTR: ['target'] });
}

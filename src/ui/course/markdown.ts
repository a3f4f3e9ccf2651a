// Lesson prose (markdown) → safe HTML. markdown-it with raw HTML off; links only to http(s)
// pages, opened in a new tab with rel="noopener noreferrer"; headings moved down two levels so
// they nest under the panel's own; every line of a ```sh block becomes a button that types the
// command into the terminal (the panel listens for clicks on [data-command]). DOMPurify cleans
// the output once more.
// Simplification: a shell line continued with a trailing backslash is not joined to the next.

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

/** The commands of a shell code block: its non-empty lines that are not comments. */
export function shellLines(code: string): string[] {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
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

// Field splitting, shared by records ($1...) and split(): FS " " splits on runs of blanks and
// newlines ignoring leading and trailing ones, "" splits into characters, any other single
// character is taken literally, and longer separators are regular expressions. (mawk does not
// add newline as a separator in paragraph mode, RS="", unless FS is " ".)

import { awkRegexGlobal } from './re';

export function splitFields(text: string, fs: string): string[] {
  if (text === '') return [];
  if (fs === ' ') {
    const t = text.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
    return t === '' ? [] : t.split(/[ \t\n]+/);
  }
  if (fs === '') return text.split('');
  if (fs.length === 1 && fs !== '\\') return text.split(fs);
  return splitRegex(text, fs.length === 1 ? escapeOne(fs) : fs);
}

function escapeOne(c: string): string {
  return /[\\^$.[\]|()*+?{}]/.test(c) ? '\\' + c : c;
}

/** Split on a regular expression (empty matches do not split). */
export function splitRegex(text: string, src: string): string[] {
  if (text === '') return [];
  const re = awkRegexGlobal(src);
  const out: string[] = [];
  let start = 0;
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (!m) break;
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      if (re.lastIndex > text.length) break;
      continue;
    }
    out.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out;
}

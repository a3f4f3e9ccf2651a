// Finding the word to complete (as bash sets up readline: word-break characters, quotes,
// backslash escapes), deciding whether it is in command position, and quoting a completion
// for insertion.

/** bash's rl_completer_word_break_characters. */
const BREAKS = ' \t\n"\'`@$><=;|&{(';
/** Characters bash backslash-quotes in an unquoted file name (`~` is left alone). */
const NEEDS_QUOTE = ' \t\n\\"\'@<>=;|&()#$`?*[!:{';
/** Tokens after which the next word is a command. */
const COMMAND_SEPARATORS = [';', '|', '&', '(', '`', '{'];
const COMMAND_KEYWORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', 'time', '!']);

export interface CompletionWord {
  /** Index in the line of the first character to replace. */
  readonly start: number;
  /** The quote character opened before the word and not closed ('' when none). */
  readonly quote: '' | '"' | "'";
  /** The word with quoting removed, up to the point. */
  readonly word: string;
  /** True when the word is a command name (first word of a simple command). */
  readonly command: boolean;
}

/** The word that ends at `point` in `line` (an array of characters). */
export function completionWord(line: readonly string[], point: number): CompletionWord {
  let start = 0;
  let quote: '' | '"' | "'" = '';
  let quoteAt = -1;
  for (let i = 0; i < point; i++) {
    const c = line[i] ?? '';
    if (quote === "'") {
      if (c === "'") quote = '';
    } else if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = '';
    } else if (c === '\\') i++;
    else if (c === '"' || c === "'") {
      quote = c;
      quoteAt = i;
      start = i + 1;
    } else if (BREAKS.includes(c)) start = i + 1;
  }
  if (start > point) start = point;
  const before = line.slice(0, quote !== '' ? quoteAt : start).join('');
  return {
    start,
    quote,
    word: dequote(line.slice(start, point).join(''), quote),
    command: isCommandPosition(before),
  };
}

function dequote(raw: string, quote: string): string {
  if (quote === "'") return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if (c === '\\' && i + 1 < raw.length) out += raw[++i] ?? '';
    else if (quote === '' && (c === '"' || c === "'")) continue;
    else out += c;
  }
  return out;
}

function isCommandPosition(before: string): boolean {
  const text = before.trimEnd();
  if (text === '') return true;
  if (COMMAND_SEPARATORS.some((s) => text.endsWith(s))) return true;
  const last = /\S+$/.exec(text)?.[0] ?? '';
  return COMMAND_KEYWORDS.has(last) && isCommandPosition(text.slice(0, text.length - last.length));
}

/** Quote `text` for insertion inside the given open quote (or unquoted: with backslashes). */
export function quoteForInsert(text: string, quote: '' | '"' | "'"): string {
  if (quote === "'") return text;
  let out = '';
  for (const c of text) {
    const special = quote === '"' ? '"$`\\'.includes(c) : NEEDS_QUOTE.includes(c);
    out += special ? '\\' + c : c;
  }
  return out;
}

/** The longest common prefix of some strings. */
export function commonPrefix(names: readonly string[]): string {
  if (names.length === 0) return '';
  let prefix = names[0] ?? '';
  for (const n of names) {
    let i = 0;
    while (i < prefix.length && i < n.length && prefix[i] === n[i]) i++;
    prefix = prefix.slice(0, i);
  }
  // Do not split a surrogate pair.
  const last = prefix.charCodeAt(prefix.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? prefix.slice(0, -1) : prefix;
}

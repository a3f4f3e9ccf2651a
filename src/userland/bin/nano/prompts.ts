// The commands that ask something on the status bar: Write Out (^O, and ^X on a modified
// buffer), Where Is (^W) and Go To Line (^/), plus the key handling inside a prompt and a Yes/No
// question.

import type { Key } from '../../sh/lineedit/keys';
import type { Gen, Sys } from '../../sys';
import { GOTO_MENU, SEARCH_MENU, WRITE_MENU } from './bars';
import { exists, plural, saveFile } from './files';
import type { Choice, EditorState } from './state';
import { say } from './state';
import { findNext, notFound, parseLineColumn } from './search';
import { nextIndex, prevIndex } from './text';

function ask(
  s: EditorState,
  label: string,
  answer: string,
  menu: typeof WRITE_MENU,
  done: (a: string | null) => Gen<void>,
): void {
  s.status = null;
  s.prompt = { label, answer, x: answer.length, menu, done };
}

function yesNo(s: EditorState, question: string, done: (c: Choice) => Gen<void>): void {
  s.yesno = { question, done };
}

/** Write the buffer to `name`; on success it becomes the buffer's name. */
export function* writeTo(sys: Sys, s: EditorState, name: string): Gen<boolean> {
  const error = yield* saveFile(sys, name, s.buf.text());
  if (error !== null) {
    say(s, error, true);
    return false;
  }
  s.filename = name;
  s.buf.modified = false;
  say(s, `Wrote ${plural(s.buf.lineCount(), 'line', 'lines')}`);
  return true;
}

/** ^O: "File Name to Write:", then the DIFFERENT NAME and OVERWRITE questions (do_writeout). */
export function writeOut(sys: Sys, s: EditorState, exiting: boolean, answer = s.filename): void {
  ask(s, 'File Name to Write', answer, WRITE_MENU, function* (name) {
    if (name === null || name === '') return say(s, 'Cancelled');
    const retry = (): void => writeOut(sys, s, exiting, name);
    const overwrite = function* (): Gen<void> {
      if (name !== s.filename && (yield* exists(sys, name))) {
        yesNo(s, `File "${name}" exists; OVERWRITE? `, function* (c) {
          if (c === 'yes') yield* finish();
          else retry();
        });
      } else yield* finish();
    };
    const finish = function* (): Gen<void> {
      if ((yield* writeTo(sys, s, name)) && exiting) s.done = true;
    };
    if (s.filename !== '' && name !== s.filename) {
      yesNo(s, 'Save file under DIFFERENT NAME? ', function* (c) {
        if (c === 'yes') yield* overwrite();
        else retry();
      });
    } else yield* overwrite();
  });
}

/** ^X: leave, asking first whether to save a modified buffer. */
export function exitEditor(sys: Sys, s: EditorState): void {
  if (!s.buf.modified) {
    s.done = true;
    return;
  }
  yesNo(s, 'Save modified buffer? ', function* (c) {
    if (c === 'yes') writeOut(sys, s, true);
    else if (c === 'no') s.done = true;
  });
}

/** Search for `needle` from the cursor (wrapping) and report as nano does. */
export function searchFor(s: EditorState, needle: string): void {
  const r = findNext(s.buf.lines, s.buf.row, s.buf.x, needle);
  if (r === null) return say(s, notFound(needle, s.cols), true);
  s.buf.place(r.row, r.x);
  s.focusing = true;
  if (r.only) say(s, 'This is the only occurrence');
  else if (r.wrapped) say(s, 'Search Wrapped');
}

/** ^W: "Search [last]:". */
export function whereIs(s: EditorState): void {
  let label = 'Search';
  if (s.lastSearch !== '') {
    const third = Math.floor(s.cols / 3);
    const shown = Array.from(s.lastSearch);
    label += ` [${shown.slice(0, third).join('')}${shown.length > third ? '...' : ''}]`;
  }
  ask(s, label, '', SEARCH_MENU, function* (answer) {
    if (answer === null || (answer === '' && s.lastSearch === '')) return say(s, 'Cancelled');
    if (answer !== '') s.lastSearch = answer;
    searchFor(s, s.lastSearch);
  });
}

/** ^/: "Enter line number, column number:". */
export function goToLine(s: EditorState): void {
  ask(s, 'Enter line number, column number', '', GOTO_MENU, function* (answer) {
    if (answer === null || answer === '') return say(s, 'Cancelled');
    const target = parseLineColumn(answer, s.buf.lines);
    if (target === null) return say(s, 'Invalid line or column number', true);
    s.buf.place(target.row, target.x);
    s.focusing = true;
  });
}

/** A key while a prompt is open. */
export function* promptKey(s: EditorState, key: Key): Gen<void> {
  const p = s.prompt;
  if (p === null) return;
  const a = p.answer;
  if (key.kind === 'text') {
    p.answer = a.slice(0, p.x) + key.text + a.slice(p.x);
    p.x += key.text.length;
    return;
  }
  const code = key.kind === 'ctrl' ? key.code : -1;
  const name = key.kind === 'special' ? key.name : '';
  if (code === 0x0d || code === 0x03) {
    s.prompt = null;
    yield* p.done(code === 0x0d ? a : null);
  } else if (code === 0x7f || code === 0x08) {
    if (p.x > 0) {
      const at = prevIndex(a, p.x);
      p.answer = a.slice(0, at) + a.slice(p.x);
      p.x = at;
    }
  } else if (code === 0x04 || name === 'delete') p.answer = a.slice(0, p.x) + a.slice(nextIndex(a, p.x));
  else if (code === 0x02 || name === 'left') p.x = prevIndex(a, p.x);
  else if (code === 0x06 || name === 'right') p.x = nextIndex(a, p.x);
  else if (code === 0x01 || name === 'home') p.x = 0;
  else if (code === 0x05 || name === 'end') p.x = a.length;
  else if (code === 0x0b) {
    if (p.x === a.length) p.x = 0;
    p.answer = a.slice(0, p.x);
  }
}

/** A key while a Yes/No question is shown: Y/^Y yes, N/^N/^Q no, ^C cancel; others ignored. */
export function* yesNoKey(s: EditorState, key: Key): Gen<void> {
  const q = s.yesno;
  if (q === null) return;
  const ch = key.kind === 'text' ? key.text[0] : key.kind === 'ctrl' ? String.fromCharCode(key.code) : '';
  let choice: Choice | null = null;
  if (ch === 'y' || ch === 'Y' || ch === '\x19') choice = 'yes';
  else if (ch === 'n' || ch === 'N' || ch === '\x0e' || ch === '\x11') choice = 'no';
  else if (ch === '\x03') choice = 'cancel';
  if (choice === null) return;
  s.yesno = null;
  yield* q.done(choice);
}

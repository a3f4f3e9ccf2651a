// The editor proper: a loop that takes keys and turns them into edits of the line and the bytes
// that redraw it. It talks to the world only through EditorIo (keys in, directory listings), so
// tests drive it with scripted keys and read back the line, the buffer and the exact output.

import type { Gen } from '../../sys';
import { LineBuffer } from './buffer';
import { complete } from './complete';
import type { EditContext, EditorIo } from './context';
import { HistoryNav } from './history';
import type { CommandName } from './keymap';
import { commandFor } from './keymap';
import type { Key } from './keys';
import { Display } from './render';
import { reverseSearch } from './search';
import type { LineEditState } from './types';
import { pushKill } from './types';
import type { PromptShape } from './width';
import { promptShape } from './width';

/** Set when a line is finished: the line, or null for end of input. */
type Outcome = { readonly line: string | null } | undefined;

const KILLS = new Set<string>([
  'kill-line',
  'kill-word',
  'unix-line-discard',
  'unix-word-rubout',
  'backward-kill-word',
]);

export class Editor implements EditContext {
  readonly buf = new LineBuffer();
  readonly nav: HistoryNav;
  lastCommand = '';
  lastChanged = false;
  private out = '';
  private readonly display: Display;
  private readonly prompt: PromptShape;

  constructor(
    readonly state: LineEditState,
    readonly io: EditorIo,
    prompt: string,
  ) {
    this.display = new Display(Math.max(1, state.cols));
    this.prompt = promptShape(prompt);
    this.nav = new HistoryNav(state);
  }

  *run(): Gen<string | null> {
    this.emit(this.display.start(this.prompt, [], 0));
    for (;;) {
      const key = yield* this.io.nextKey(() => this.drain());
      if (key === null) return this.endOfInput();
      const outcome = yield* this.dispatch(key);
      if (outcome !== undefined) return outcome.line;
    }
  }

  /** Input ended: an empty line is end of file; otherwise the line is accepted as if by Enter. */
  private endOfInput(): string | null {
    if (this.buf.length === 0) return null;
    this.state.eof = true;
    this.emit(this.display.moveToEnd() + '\r\n');
    return this.buf.text;
  }

  *dispatch(key: Key): Gen<Outcome> {
    const before = this.buf.text;
    let cmd: string = 'self-insert';
    let outcome: Outcome;
    if (key.kind === 'text') this.buf.insert(key.text);
    else {
      cmd = commandFor(key);
      outcome = yield* this.execute(cmd as CommandName);
    }
    this.lastCommand = cmd;
    this.lastChanged = this.buf.text !== before;
    if (outcome === undefined) this.refresh();
    return outcome;
  }

  private *execute(cmd: CommandName): Gen<Outcome> {
    switch (cmd) {
      case 'accept-line':
        this.emit(this.display.moveToEnd() + '\r\n');
        return { line: this.buf.text };
      case 'interrupt':
        this.emit(this.display.moveToEnd() + '^C\r\n');
        this.state.interrupted = true;
        return { line: '' };
      case 'delete-char-or-eof':
        if (this.buf.length === 0) return { line: null };
        this.deleteChar();
        return undefined;
      case 'complete':
        yield* complete(this);
        return undefined;
      case 'reverse-search-history':
        return yield* this.search();
      case 'quoted-insert': {
        const key = yield* this.io.nextKey(() => this.drain());
        if (key?.kind === 'ctrl') this.buf.insert(String.fromCharCode(key.code));
        else if (key?.kind === 'text') this.buf.insert(key.text);
        return undefined;
      }
      default:
        if (!this.motion(cmd) && !this.edit(cmd) && !this.historyCommand(cmd)) this.misc(cmd);
        return undefined;
    }
  }

  private *search(): Gen<Outcome> {
    const show = (shape: PromptShape, text: string[], point: number): void =>
      this.emit(this.display.replacePrompt(shape, text, point));
    const result = yield* reverseSearch(this, show);
    if (result.kind !== 'abort' && result.match !== undefined) {
      this.nav.go(this.buf, result.match.index);
      this.buf.point = result.match.offset;
    }
    this.emit(this.display.replacePrompt(this.prompt, this.buf.chars, this.buf.point));
    if (result.kind === 'accept') {
      this.emit(this.display.moveToEnd() + '\r\n');
      return { line: this.buf.text };
    }
    return result.kind === 'key' ? yield* this.dispatch(result.key) : undefined;
  }

  private motion(cmd: CommandName): boolean {
    const b = this.buf;
    switch (cmd) {
      case 'beginning-of-line':
        b.point = 0;
        return true;
      case 'end-of-line':
        b.point = b.length;
        return true;
      case 'backward-char':
        if (b.point === 0) this.ding();
        else b.point--;
        return true;
      case 'forward-char':
        if (b.point === b.length) this.ding();
        else b.point++;
        return true;
      case 'backward-word':
        b.point = b.wordStart();
        return true;
      case 'forward-word':
        b.point = b.wordEnd();
        return true;
      default:
        return false;
    }
  }

  private edit(cmd: CommandName): boolean {
    const b = this.buf;
    switch (cmd) {
      case 'backward-delete-char':
        if (b.point === 0) this.ding();
        else b.remove(b.point - 1, b.point);
        return true;
      case 'delete-char':
        this.deleteChar();
        return true;
      case 'transpose-chars':
        if (!b.transpose()) this.ding();
        return true;
      case 'kill-line':
        this.kill(b.point, b.length, 'append');
        return true;
      case 'kill-word':
        this.kill(b.point, b.wordEnd(), 'append');
        return true;
      case 'unix-line-discard':
        if (b.point === 0) this.ding();
        this.kill(0, b.point, 'prepend');
        return true;
      case 'unix-word-rubout':
        if (b.point === 0) this.ding();
        this.kill(b.unixWordStart(), b.point, 'prepend');
        return true;
      case 'backward-kill-word':
        this.kill(b.wordStart(), b.point, 'prepend');
        return true;
      default:
        return false;
    }
  }

  private historyCommand(cmd: CommandName): boolean {
    const b = this.buf;
    switch (cmd) {
      case 'previous-history':
        if (!this.nav.previous(b)) this.ding();
        return true;
      case 'next-history':
        this.nav.next(b);
        return true;
      case 'beginning-of-history':
        this.nav.first(b);
        return true;
      case 'end-of-history':
        this.nav.last(b);
        return true;
      default:
        return false;
    }
  }

  private misc(cmd: CommandName): void {
    const b = this.buf;
    switch (cmd) {
      case 'yank': {
        const text = this.state.killRing[this.state.killRing.length - 1];
        if (text === undefined) this.ding();
        else b.insert(text);
        return;
      }
      case 'yank-last-arg': {
        const arg = this.nav.lastArg();
        if (arg === null) this.ding();
        else b.insert(arg);
        return;
      }
      case 'upcase-word':
      case 'downcase-word':
      case 'capitalize-word':
        this.changeCase(cmd);
        return;
      case 'clear-screen':
        this.emit('\x1b[H\x1b[2J' + this.display.start(this.prompt, b.chars, b.point));
        return;
      case 'abort':
        this.ding();
        return;
      default:
        return;
    }
  }

  private deleteChar(): void {
    const b = this.buf;
    if (b.point === b.length) this.ding();
    else b.remove(b.point, b.point + 1);
  }

  private kill(from: number, to: number, join: 'append' | 'prepend'): void {
    const text = this.buf.remove(from, to);
    pushKill(this.state, text, KILLS.has(this.lastCommand) ? join : 'new');
  }

  private changeCase(cmd: 'upcase-word' | 'downcase-word' | 'capitalize-word'): void {
    const b = this.buf;
    const end = b.wordEnd();
    const word = b.chars.slice(b.point, end).join('');
    let changed = cmd === 'upcase-word' ? word.toUpperCase() : word.toLowerCase();
    if (cmd === 'capitalize-word') changed = changed.replace(/[\p{L}\p{N}]/u, (c) => c.toUpperCase());
    b.remove(b.point, end);
    b.insert(changed);
  }

  // EditContext

  emit(text: string): void {
    this.out += text;
  }

  drain(): string {
    const text = this.out;
    this.out = '';
    return text;
  }

  refresh(): void {
    this.emit(this.display.update(this.buf.chars, this.buf.point));
  }

  ding(): void {
    this.emit('\x07');
  }

  leaveLine(): void {
    this.emit(this.display.moveToEnd() + '\r\n');
  }

  redrawAll(): void {
    this.emit(this.display.start(this.prompt, this.buf.chars, this.buf.point));
  }
}

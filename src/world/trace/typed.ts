// The command line a learner typed, recovered from the keys the interactive shell read.
//
// The trace panel heads each command with its text. The shell's own copy of the line lives in
// its program state, out of reach, so this replays the same keys through the same line editor
// (userland/sh/lineedit) with a history of its own: editing, ^R, ^Y and Up/Down come out as the
// shell saw them. Simplification: Tab completion cannot list directories here, so a line that
// used Tab is marked `completed` (the caller may prefer what the command exec'd); pasted input
// that holds several lines is replayed line by line as the shell does.

import { Editor } from '../../userland/sh/lineedit/editor';
import type { EditorIo } from '../../userland/sh/lineedit/context';
import { decodeKey } from '../../userland/sh/lineedit/keys';
import type { Key } from '../../userland/sh/lineedit/keys';
import { addHistory, createLineEditState } from '../../userland/sh/lineedit';
import type { LineEditState } from '../../userland/sh/lineedit';
import type { Gen } from '../../userland/sys';

export interface TypedLine {
  readonly text: string;
  /** Tab completion was used: `text` may lack what the shell completed. */
  readonly completed: boolean;
}

const WAIT = { nr: 'typed-wait', args: [] } as const;

/** Keys come from `state.pending`; when it runs dry the editor suspends until more arrive. */
class ReplayIo implements EditorIo {
  tabbed = false;
  constructor(private readonly state: LineEditState) {}

  *nextKey(): Gen<Key | null> {
    for (;;) {
      const d = decodeKey(this.state.pending, false);
      if (d !== null) {
        this.state.pending = this.state.pending.slice(d.length);
        if (d.key.kind === 'ctrl' && d.key.code === 0x09) this.tabbed = true;
        return d.key;
      }
      yield WAIT;
    }
  }

  *listDir(): Gen<null> {
    return null;
  }
}

export class TypedLines {
  private readonly state = createLineEditState();
  private io = new ReplayIo(this.state);
  private editor: Gen<string | null> | undefined;

  /** Feed bytes the shell read from its terminal; returns the lines they completed. */
  feed(bytes: Uint8Array): TypedLine[] {
    this.state.pending += this.state.decode(bytes);
    const lines: TypedLine[] = [];
    for (;;) {
      if (!this.editor) {
        this.io = new ReplayIo(this.state);
        this.editor = new Editor(this.state, this.io, '').run();
      }
      const step = this.editor.next();
      if (!step.done) return lines;
      this.editor = undefined;
      // ^C and ^D end an edit without running anything.
      if (this.state.interrupted || step.value === null) {
        this.state.interrupted = false;
        continue;
      }
      addHistory(this.state, step.value);
      lines.push({ text: step.value, completed: this.io.tabbed });
    }
  }
}

// Test drivers for the line editor: run an Editor on scripted input with a fake EditorIo, or run
// readLine on a fake Sys with a scripted terminal.

import type { Gen, Sys } from '../../../../src/userland/sys';
import type { EditorIo } from '../../../../src/userland/sh/lineedit/context';
import { Editor } from '../../../../src/userland/sh/lineedit/editor';
import { decodeKey } from '../../../../src/userland/sh/lineedit/keys';
import type { Candidate, LineEditState } from '../../../../src/userland/sh/lineedit/types';
import { createLineEditState } from '../../../../src/userland/sh/lineedit/types';
import type { Termios } from '../../../../src/kernel/abi/termios';
import { TCGETS, TCSETSW, TIOCGWINSZ, defaultTermios } from '../../../../src/kernel/abi/termios';
import { ENOENT, ENOTTY } from '../../../../src/kernel/abi/errno';
import { DT_DIR, DT_LNK, DT_REG, S_IFDIR, S_IFLNK, S_IFREG } from '../../../../src/kernel/abi/stat';
import { decode, encode } from '../../../../src/lib/utf8';

/** A directory tree for completion: path → entries. A name ending in "@" is a symlink to a dir. */
export type Tree = Record<string, readonly string[]>;

function entry(name: string): Candidate {
  if (name.endsWith('@')) return { name: name.slice(0, -1), isDir: true, isLink: true };
  if (name.endsWith('/')) return { name: name.slice(0, -1), isDir: true };
  return { name, isDir: false };
}

export interface EditOptions {
  prompt?: string;
  cols?: number;
  rows?: number;
  history?: string[];
  tree?: Tree;
  commands?: string[];
  state?: LineEditState;
}

export interface EditResult {
  line: string | null | undefined;
  output: string;
  buffer: string;
  point: number;
  state: LineEditState;
  rest: string;
}

/** Type `input` into a fresh editor; stops at Enter/^C/^D or when the input runs out (line undefined). */
export function edit(input: string, o: EditOptions = {}): EditResult {
  const session = new Session(o);
  const output = session.initial + session.feed(input);
  const b = session.editor.buf;
  return {
    line: session.result?.line,
    output,
    buffer: b.text,
    point: b.point,
    state: session.state,
    rest: session.rest,
  };
}

export interface FakeTerminal {
  /** Chunks returned by successive read(0) calls; then end of file. */
  chunks: (string | Uint8Array)[];
  tty: boolean;
  cols?: number;
  stderr: string;
  termiosSet: Termios[];
  tree?: Record<string, Record<string, 'f' | 'd' | 'l'>>;
}

/** A Sys with just what readLine uses; every call returns at once. */
export function fakeSys(t: FakeTerminal): Sys {
  const saved = defaultTermios();
  const fds = new Map<number, string>();
  const modeOf = (path: string): number | undefined => {
    const slash = path.lastIndexOf('/');
    const kind = t.tree?.[path.slice(0, slash) || '/']?.[path.slice(slash + 1)];
    if (t.tree?.[path]) return S_IFDIR;
    return kind === undefined ? undefined : kind === 'd' ? S_IFDIR : kind === 'l' ? S_IFLNK : S_IFREG;
  };
  const partial = {
    *ioctl(fd: number, req: number, arg?: unknown): Gen<unknown> {
      if (!t.tty || fd !== 0) return -ENOTTY;
      if (req === TCGETS) return { ...saved, cc: saved.cc.slice() };
      if (req === TIOCGWINSZ) return { rows: 24, cols: t.cols ?? 80 };
      if (req === TCSETSW) t.termiosSet.push(arg as Termios);
      return 0;
    },
    *read(fd: number, count: number): Gen<Uint8Array | number> {
      const chunk = t.chunks.shift();
      if (fd !== 0 || chunk === undefined) return new Uint8Array(0);
      const bytes = typeof chunk === 'string' ? encode(chunk) : chunk;
      if (bytes.length > count) t.chunks.unshift(bytes.subarray(count));
      return bytes.subarray(0, count);
    },
    *write(fd: number, data: Uint8Array | string): Gen<number> {
      const text = typeof data === 'string' ? data : decode(data);
      if (fd === 2) t.stderr += text;
      return typeof data === 'string' ? encode(data).length : data.length;
    },
    *open(path: string): Gen<number> {
      if (!t.tree?.[path.replace(/(.)\/$/, '$1')]) return -ENOENT;
      fds.set(10 + fds.size, path.replace(/(.)\/$/, '$1'));
      return 9 + fds.size;
    },
    *getdents64(fd: number): Gen<{ ino: number; type: number; name: string }[] | number> {
      const path = fds.get(fd);
      if (path === undefined) return [];
      fds.delete(fd);
      const dir = t.tree?.[path] ?? {};
      const type = (k: string): number => (k === 'd' ? DT_DIR : k === 'l' ? DT_LNK : DT_REG);
      return Object.entries(dir).map(([name, k]) => ({ ino: 1, type: type(k), name }));
    },
    *close(): Gen<number> {
      return 0;
    },
    *lstat(path: string): Gen<{ mode: number } | number> {
      const mode = modeOf(path);
      return mode === undefined ? -ENOENT : { mode };
    },
    *stat(path: string): Gen<{ mode: number } | number> {
      const mode = modeOf(path);
      return mode === undefined ? -ENOENT : { mode: mode === S_IFLNK ? S_IFDIR : mode };
    },
  };
  return partial as unknown as Sys;
}

/** An editor fed step by step: `feed` gives it more input and returns what it wrote meanwhile. */
export class Session {
  readonly state: LineEditState;
  readonly editor: Editor;
  private readonly pipe = { input: '', out: '' };
  private readonly gen: Gen<string | null>;
  /** The finished line, once the editor returned. */
  result: { line: string | null } | undefined;

  constructor(o: EditOptions = {}) {
    this.state = o.state ?? createLineEditState();
    this.state.cols = o.cols ?? 80;
    this.state.rows = o.rows ?? 24;
    if (o.history) this.state.history = o.history.slice();
    const commands = o.commands;
    if (commands)
      this.state.completeCommand = function* (prefix) {
        return commands.filter((c) => c.startsWith(prefix));
      };
    this.state.getHome = () => '/root';
    const tree = o.tree ?? {};
    const pipe = this.pipe;
    const io: EditorIo = {
      *nextKey(drain) {
        for (;;) {
          pipe.out += drain();
          const d = decodeKey(pipe.input);
          if (d !== null) {
            pipe.input = pipe.input.slice(d.length);
            return d.key;
          }
          yield { nr: 'wait', args: [] };
        }
      },
      *listDir(path) {
        const names = tree[path.replace(/(.)\/$/, '$1')];
        return names === undefined ? null : names.map(entry);
      },
    };
    this.editor = new Editor(this.state, io, o.prompt ?? '$ ');
    this.gen = this.editor.run();
    this.step();
    this.initial = this.pipe.out;
  }

  /** What the editor wrote before reading the first key (the prompt). */
  readonly initial: string;

  private step(): void {
    const r = this.gen.next();
    if (r.done) this.result = { line: r.value };
    this.pipe.out += this.editor.drain();
  }

  feed(keys: string): string {
    this.pipe.input += keys;
    this.pipe.out = '';
    if (this.result === undefined) this.step();
    return this.pipe.out;
  }

  /** Input not consumed yet. */
  get rest(): string {
    return this.pipe.input;
  }

  get buffer(): string {
    return this.editor.buf.text;
  }
}

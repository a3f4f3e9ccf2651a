// Opening and saving the file, with nano's status-bar messages (open_buffer()/write_file() in
// files.c): "[ New File ]", "[ Read 3 lines ]", "[ "/tmp" is a directory ]", "[ Wrote 3 lines ]",
// "[ Error writing /x: Permission denied ]".
//
// Simplification: files are read as UTF-8 (invalid bytes become U+FFFD); DOS and Mac line endings
// are not converted; no backup files, lock files or file-change detection; a save rewrites the
// file in place (O_TRUNC), as nano does for an existing file.

import { ENOENT, strerror } from '../../../kernel/abi/errno';
import { O_CREAT, O_TRUNC, O_WRONLY, W_OK } from '../../../kernel/abi/fcntl';
import { isBlk, isChr, isDir, isReg } from '../../../kernel/abi/stat';
import { decode } from '../../../lib/utf8';
import { readFile, writeAll } from '../../libc/io';
import type { Gen, Sys } from '../../sys';

export type Loaded =
  /** The file's text (or '' for a new file) and the message to show. */
  | { readonly ok: true; readonly text: string; readonly message: string; readonly alert: boolean }
  /** The file cannot be edited: nano starts an unnamed buffer and shows the error. */
  | { readonly ok: false; readonly message: string };

/** How many lines nano reports for a file's text: a last line without newline counts too. */
export function linesIn(text: string): number {
  const newlines = text.split('\n').length - 1;
  return newlines + (text !== '' && !text.endsWith('\n') ? 1 : 0);
}

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : slash === 0 ? '/' : path.slice(0, slash);
}

export function* loadFile(sys: Sys, path: string): Gen<Loaded> {
  const st = yield* sys.stat(path);
  if (typeof st === 'number') {
    if (st !== -ENOENT) return { ok: false, message: `Error reading ${path}: ${strerror(st)}` };
    const dir = dirOf(path);
    const parent = yield* sys.stat(dir);
    if (typeof parent === 'number' || !isDir(parent.mode))
      return { ok: true, text: '', message: `Directory '${dir}' does not exist`, alert: true };
    if ((yield* sys.access(dir, W_OK)) < 0)
      return { ok: true, text: '', message: `Directory '${dir}' is not writable`, alert: true };
    return { ok: true, text: '', message: 'New File', alert: false };
  }
  if (isDir(st.mode)) return { ok: false, message: `"${path}" is a directory` };
  if (isChr(st.mode) || isBlk(st.mode)) return { ok: false, message: `"${path}" is a device file` };
  if (!isReg(st.mode)) return { ok: false, message: `"${path}" is not a normal file` };
  const data = yield* readFile(sys, path);
  if (typeof data === 'number') return { ok: false, message: `Error reading ${path}: ${strerror(data)}` };
  const text = decode(data);
  // A warning about writing outranks the line count.
  if ((yield* sys.access(path, W_OK)) < 0)
    return { ok: true, text, message: `File '${path}' is unwritable`, alert: true };
  if ((st.mode & 0o222) === 0)
    return { ok: true, text, message: `${path} is meant to be read-only`, alert: true };
  return { ok: true, text, message: `Read ${plural(linesIn(text), 'line', 'lines')}`, alert: false };
}

/** Write the buffer's text; returns null on success or nano's error message. */
export function* saveFile(sys: Sys, path: string, text: string): Gen<string | null> {
  const fd = yield* sys.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
  if (fd < 0) return `Error writing ${path}: ${strerror(fd)}`;
  const written = yield* writeAll(sys, fd, text);
  const closed = yield* sys.close(fd);
  const err = written < 0 ? written : closed < 0 ? closed : 0;
  return err < 0 ? `Error writing ${path}: ${strerror(err)}` : null;
}

/** Whether something exists at path (for the OVERWRITE question). */
export function* exists(sys: Sys, path: string): Gen<boolean> {
  return typeof (yield* sys.stat(path)) !== 'number';
}

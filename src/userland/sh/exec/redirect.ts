// Redirections (bash's redir.c): open, dup2 and close on the shell's own descriptors. For a
// builtin, function or compound command run in the shell itself, each changed descriptor is first
// saved above fd 10 and restored afterwards; in a forked child the changes simply stay.

import {
  O_APPEND,
  O_CREAT,
  O_RDONLY,
  O_RDWR,
  O_TRUNC,
  O_WRONLY,
  F_DUPFD_CLOEXEC,
} from '../../../kernel/abi/fcntl';
import { EBADF, strerror } from '../../../kernel/abi/errno';
import { isReg } from '../../../kernel/abi/stat';
import type { Redir } from '../ast';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { expandHeredoc, expandStr, expandWords } from '../expand/word';
import { writeAll } from '../../libc/io';

/** How to put back the descriptors a redirection changed: [fd, saved copy or -1 if it was closed]. */
export type Undo = Array<[number, number]>;

function* save(sh: Shell, fd: number, undo: Undo | null): Gen<void> {
  if (!undo || undo.some(([f]) => f === fd)) return;
  const copy = yield* sh.sys.fcntl(fd, F_DUPFD_CLOEXEC, 10);
  undo.push([fd, copy < 0 ? -1 : copy]);
}

export function* restore(sh: Shell, undo: Undo): Gen<void> {
  for (let i = undo.length - 1; i >= 0; i--) {
    const [fd, copy] = undo[i]!;
    if (copy < 0) yield* sh.sys.close(fd);
    else {
      yield* sh.sys.dup2(copy, fd);
      yield* sh.sys.close(copy);
    }
  }
  undo.length = 0;
}

function* moveTo(sh: Shell, from: number, to: number, undo: Undo | null): Gen<void> {
  if (from === to) return;
  yield* save(sh, to, undo);
  yield* sh.sys.dup2(from, to);
  yield* sh.sys.close(from);
}

/** A pipe (or, for big bodies, an unlinked temporary file) holding `text`, open for reading. */
function* textFd(sh: Shell, text: string): Gen<number> {
  if (text.length < 60000) {
    const p = yield* sh.sys.pipe2(0);
    if (typeof p === 'number') return p;
    yield* writeAll(sh.sys, p[1], text);
    yield* sh.sys.close(p[1]);
    return p[0];
  }
  const name = `/tmp/sh-thd.${sh.pid}.${text.length}`;
  const w = yield* sh.sys.open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o600);
  if (w < 0) return w;
  yield* writeAll(sh.sys, w, text);
  yield* sh.sys.close(w);
  const r = yield* sh.sys.open(name, O_RDONLY);
  yield* sh.sys.unlink(name);
  return r;
}

function* target(sh: Shell, r: Redir): Gen<string | undefined> {
  const fields = yield* expandWords(sh, [r.target]);
  if (fields.length !== 1) {
    yield* sh.error(`${r.target.text}: ambiguous redirect`);
    return undefined;
  }
  return fields[0]!;
}

function* openFile(sh: Shell, r: Redir, name: string): Gen<number> {
  let flags: number;
  switch (r.op) {
    case '<':
      flags = O_RDONLY;
      break;
    case '>>':
    case '&>>':
      flags = O_WRONLY | O_CREAT | O_APPEND;
      break;
    case '<>':
      flags = O_RDWR | O_CREAT;
      break;
    default:
      flags = O_WRONLY | O_CREAT | O_TRUNC;
  }
  if (sh.opt('noclobber') && (r.op === '>' || r.op === '&>' || r.op === '>&')) {
    const st = yield* sh.sys.stat(name);
    if (typeof st !== 'number' && isReg(st.mode)) {
      yield* sh.error(`${name}: cannot overwrite existing file`);
      return -1;
    }
  }
  const fd = yield* sh.sys.open(name, flags, 0o666);
  if (fd < 0) {
    yield* sh.error(`${name}: ${strerror(fd)}`);
    return -1;
  }
  return fd;
}

/**
 * bash's stdin_redirects: whether the list redirects standard input (any `<`, `<>`, here-document
 * or here-string, whatever its fd; `<&` or a close on fd 0).
 */
export function redirectsStdin(redirs: readonly Redir[]): boolean {
  return redirs.some((r) => {
    if (r.op === '<' || r.op === '<>' || r.op === '<<' || r.op === '<<-' || r.op === '<<<') return true;
    if (r.op === '<&') return (r.fd ?? 0) === 0;
    return r.op === '>&' && r.fd === 0 && r.target.text === '-';
  });
}

/** Apply redirections in order; false (after bash's message) if one fails. */
export function* applyRedirs(sh: Shell, redirs: readonly Redir[], undo: Undo | null): Gen<boolean> {
  for (const r of redirs) {
    if (!(yield* applyOne(sh, r, undo))) return false;
  }
  return true;
}

function* applyOne(sh: Shell, r: Redir, undo: Undo | null): Gen<boolean> {
  const op = r.op;
  if (op === '<<' || op === '<<-' || op === '<<<') {
    let text: string;
    if (op === '<<<') text = (yield* expandStr(sh, r.target, 'start')) + '\n';
    else if (!r.heredoc) text = '';
    else text = r.heredoc.quoted ? r.heredoc.body.text : yield* expandHeredoc(sh, r.heredoc.body);
    const fd = yield* textFd(sh, text);
    if (fd < 0) {
      yield* sh.error(`cannot create temp file for here-document: ${strerror(fd)}`);
      return false;
    }
    yield* moveTo(sh, fd, r.fd ?? 0, undo);
    return true;
  }
  const name = yield* target(sh, r);
  if (name === undefined) return false;
  if (op === '<&' || op === '>&') {
    const dest = r.fd ?? (op === '<&' ? 0 : 1);
    if (name === '-') {
      yield* save(sh, dest, undo);
      yield* sh.sys.close(dest);
      return true;
    }
    const m = /^(\d+)(-?)$/.exec(name);
    if (m) {
      const src = Number(m[1]);
      if (src === dest) return true;
      const ok = yield* sh.sys.fcntl(src, 1);
      if (ok < 0) {
        yield* sh.error(`${m[1]}: ${strerror(-EBADF)}`);
        return false;
      }
      yield* save(sh, dest, undo);
      yield* sh.sys.dup2(src, dest);
      if (m[2] === '-') yield* sh.sys.close(src);
      return true;
    }
    if (op === '<&' || r.fd !== undefined) {
      yield* sh.error(`${name}: ambiguous redirect`);
      return false;
    }
    return yield* bothTo(sh, { ...r, op: '&>' }, name, undo);
  }
  if (op === '&>' || op === '&>>') return yield* bothTo(sh, r, name, undo);
  const fd = yield* openFile(sh, r, name);
  if (fd < 0) return false;
  yield* moveTo(sh, fd, r.fd ?? (op === '<' || op === '<>' ? 0 : 1), undo);
  return true;
}

function* bothTo(sh: Shell, r: Redir, name: string, undo: Undo | null): Gen<boolean> {
  const fd = yield* openFile(sh, r, name);
  if (fd < 0) return false;
  yield* save(sh, 2, undo);
  yield* sh.sys.dup2(fd, 2);
  yield* moveTo(sh, fd, 1, undo);
  return true;
}

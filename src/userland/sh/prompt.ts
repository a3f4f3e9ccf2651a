// Prompt strings (PS1, PS2): bash's backslash escapes (\u \h \H \w \W \$ \n \s \v \V \t \T \d \@
// \A \j \! \# \[ \] \e \a \\ \nnn), then parameter expansion and command substitution
// (promptvars). \[ and \] become readline's \x01 \x02 markers for the line editor.

import type { Shell } from './shell';
import type { Gen } from '../sys';
import { loadUserDb, userById } from '../libc/pwd';
import { Parser } from './parser';
import { HEREDOC } from './words';
import { expandHeredoc } from './expand/word';
import { AbortLine } from './shell';

function* userName(sh: Shell): Gen<string> {
  const uid = yield* sh.sys.geteuid();
  const db = yield* loadUserDb(sh.sys);
  return userById(db, uid)?.name ?? String(uid);
}

function tildePath(sh: Shell, dir: string): string {
  const home = sh.vars.get('HOME');
  if (home && home !== '/' && (dir === home || dir.startsWith(home + '/')))
    return '~' + dir.slice(home.length);
  return dir;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function* escape(sh: Shell, c: string): Gen<string | undefined> {
  switch (c) {
    case 'u':
      return yield* userName(sh);
    case 'h':
    case 'H': {
      const host = (yield* sh.sys.uname()).nodename;
      return c === 'h' ? host.split('.')[0] : host;
    }
    case 'w':
      return tildePath(sh, sh.vars.get('PWD') ?? '');
    case 'W': {
      const pwd = sh.vars.get('PWD') ?? '';
      const t = tildePath(sh, pwd);
      return t === '~' || pwd === '/' ? t : pwd.slice(pwd.lastIndexOf('/') + 1);
    }
    case '$':
      return (yield* sh.sys.geteuid()) === 0 ? '#' : '$';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 's':
      return sh.shellName;
    case 'v':
      return '5.2';
    case 'V':
      return '5.2.15';
    case 'j':
      return String(sh.jobs.length);
    case '!':
    case '#':
      return String((sh.lineEdit?.history.length ?? 0) + 1);
    case '[':
      return '\x01';
    case ']':
      return '\x02';
    case 'e':
      return '\x1b';
    case 'a':
      return '\x07';
    case '\\':
      return '\\';
    case 't':
    case 'T':
    case '@':
    case 'A': {
      const now = yield* sh.sys.clock_gettime(0);
      const s = now.sec % 86400;
      const h = Math.floor(s / 3600);
      const m = Math.floor((s % 3600) / 60);
      if (c === 't') return `${two(h)}:${two(m)}:${two(s % 60)}`;
      if (c === 'A') return `${two(h)}:${two(m)}`;
      const h12 = h % 12 === 0 ? 12 : h % 12;
      return c === 'T'
        ? `${two(h12)}:${two(m)}:${two(s % 60)}`
        : `${two(h12)}:${two(m)} ${h < 12 ? 'AM' : 'PM'}`;
    }
    default:
      return undefined;
  }
}

export function* expandPrompt(sh: Shell, ps: string): Gen<string> {
  let out = '';
  for (let i = 0; i < ps.length; i++) {
    const c = ps[i]!;
    if (c !== '\\' || i + 1 >= ps.length) {
      out += c;
      continue;
    }
    const e = ps[i + 1]!;
    const oct = /^[0-7]{3}/.exec(ps.slice(i + 1));
    if (oct) {
      out += String.fromCharCode(parseInt(oct[0], 8));
      i += 3;
      continue;
    }
    const r = yield* escape(sh, e);
    out += r ?? '\\' + e;
    i++;
  }
  if (!/[$`]/.test(out)) return out;
  try {
    const p = new Parser(out);
    const parts = p.readParts(HEREDOC);
    return yield* expandHeredoc(sh, { parts, text: out });
  } catch (e) {
    if (e instanceof AbortLine) return out;
    return out;
  }
}

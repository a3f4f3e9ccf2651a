// The interactive prompt (`python3` on a terminal): banner, >>> and ... prompts, echo of
// expression values, tracebacks for errors, Ctrl-D or exit() to leave.
//
// Simplification: no line editing or history beyond the terminal's own (canonical mode).

import type { Gen } from '../../sys';
import { STDERR, writeAll } from '../../libc/io';
import { SyntaxErr, formatSyntaxError } from './errors';
import { SystemExit } from './exceptions';
import type { Interpreter } from './interp';
import type { PyValue } from './objects';
import { parse } from './parser';
import { PyFile, flushFile, readLine } from './pyio';
import { VERSION } from './modules/sys';
import { toRepr } from './str';
import { asPyExc } from './try';
import { formatException } from './traceback';

export const BANNER = `Python ${VERSION} (main, Mar 13 2023, 12:18:29) [GCC 12.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.\n`;

const INCOMPLETE = /was never closed|unterminated triple-quoted|expected an indented block|unexpected EOF/;

function* prompt(ip: Interpreter, text: string): Gen<string | null> {
  const out = ip.modules.get('sys')?.dict.get('stdout');
  if (out instanceof PyFile) {
    yield* flushFile(ip, out);
    yield* ip.sys.write(out.fd, text);
  }
  const stdin = ip.modules.get('sys')?.dict.get('stdin');
  if (!(stdin instanceof PyFile)) return null;
  const line = yield* readLine(ip, stdin);
  return typeof line === 'string' && line !== '' ? line : null;
}

/** Read one complete statement; null at end of input. */
function* readSource(ip: Interpreter): Gen<string | null> {
  const first = yield* prompt(ip, '>>> ');
  if (first === null) return null;
  let src = first;
  let block = /:\s*(#.*)?$/.test(first.replace(/\n$/, ''));
  for (;;) {
    if (!block) {
      try {
        parse(src);
        return src;
      } catch (e) {
        if (!(e instanceof SyntaxErr) || !INCOMPLETE.test(e.msg)) return src;
        block = /expected an indented block/.test(e.msg);
      }
    }
    const more = yield* prompt(ip, '... ');
    if (more === null) return src;
    if (block && more.trim() === '') return src;
    src += more;
  }
}

export function* repl(ip: Interpreter, quiet: boolean): Gen<number> {
  if (!quiet) yield* writeAll(ip.sys, STDERR, BANNER);
  for (;;) {
    const src = yield* readSource(ip);
    if (src === null) {
      yield* ip.sys.write(1, '\n');
      return 0;
    }
    if (src.trim() === '') continue;
    let body;
    try {
      body = parse(src);
    } catch (e) {
      if (!(e instanceof SyntaxErr)) throw e;
      yield* writeAll(ip.sys, STDERR, formatSyntaxError(e, '<stdin>'));
      continue;
    }
    try {
      const v: PyValue | undefined = yield* ip.runMain(body, '<stdin>', true);
      if (v !== undefined && v !== null) {
        ip.builtins.set('_', v);
        yield* ip.call(ip.builtins.get('print')!, [yield* toRepr(ip, v)]);
      }
    } catch (e) {
      const exc = asPyExc(e).value;
      if (exc.type.isSubclass(SystemExit)) {
        const code = exc.dict.get('code') ?? null;
        return typeof code === 'bigint' ? Number(BigInt.asUintN(8, code)) : code === null ? 0 : 1;
      }
      yield* writeAll(ip.sys, STDERR, yield* formatException(ip, exc, new Map()));
    }
    const out = ip.modules.get('sys')?.dict.get('stdout');
    if (out instanceof PyFile) yield* flushFile(ip, out);
  }
}

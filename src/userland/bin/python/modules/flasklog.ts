// Flask's report of an exception in a view: app.logger.error("Exception on %s [%s]") on stderr
// with the traceback, which starts in Flask 1.1's own frames (wsgi_app, full_dispatch_request...).

import type { Gen } from '../../../sys';
import { CLOCK_REALTIME } from '../../../sys';
import { STDERR, readText, writeAll } from '../../../libc/io';
import { gmtime } from '../../../libc/strftime';
import type { Interp, PyExc, TbEntry } from '../objects';
import { PyFile, flushFile } from '../pyio';
import { formatException } from '../traceback';

/** Flask 1.1's frames above a failing view (outermost last), as [line, function, source]. */
const VIEW_FRAMES: readonly (readonly [number, string, string])[] = [
  [1936, 'dispatch_request', 'return self.view_functions[rule.endpoint](**req.view_args)'],
  [1950, 'full_dispatch_request', 'rv = self.dispatch_request()'],
  [1821, 'handle_user_exception', 'reraise(exc_type, exc_value, tb)'],
  [1952, 'full_dispatch_request', 'rv = self.handle_user_exception(e)'],
  [2447, 'wsgi_app', 'response = self.full_dispatch_request()'],
];
/** ... and above make_response rejecting what a view returned. */
const RESPONSE_FRAMES: readonly (readonly [number, string, string])[] = [
  [2098, 'make_response', '"The view function did not return a valid response. The"'],
  [1968, 'finalize_request', 'response = self.make_response(rv)'],
  [1953, 'full_dispatch_request', 'return self.finalize_request(rv)'],
  [2447, 'wsgi_app', 'response = self.full_dispatch_request()'],
];

/** Flush python's sys.stdout/sys.stderr, then write `text` to fd (click.echo and logging flush). */
export function* emit(ip: Interp, fd: number, text: string): Gen<void> {
  for (const name of ['stdout', 'stderr']) {
    const f = ip.modules.get('sys')?.dict.get(name);
    if (f instanceof PyFile && !f.closed) yield* flushFile(ip, f);
  }
  yield* writeAll(ip.sys, fd, text);
}

function* stamp(ip: Interp): Gen<string> {
  const t = yield* ip.sys.clock_gettime(CLOCK_REALTIME);
  const tm = gmtime(t.sec);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const ms = p(Math.floor(t.nsec / 1e6), 3);
  return `${tm.year}-${p(tm.mon + 1)}-${p(tm.mday)} ${p(tm.hour)}:${p(tm.min)}:${p(tm.sec)},${ms}`;
}

export function* logException(
  ip: Interp,
  site: string,
  req: { readonly path: string; readonly method: string },
  err: PyExc,
  stage: 'view' | 'response',
): Gen<void> {
  const st = err.value.exc;
  if (st !== null) {
    const file = `${site}/flask/app.py`;
    const frames = stage === 'view' ? VIEW_FRAMES : RESPONSE_FRAMES;
    const lib: TbEntry[] = frames.map(([line, name, text]) => ({ file, line, name, node: null, text }));
    st.tb.push(...lib);
  }
  const sources = new Map<string, string[]>();
  for (const e of st?.tb ?? []) {
    if (sources.has(e.file) || e.file.startsWith('<') || e.text !== undefined) continue;
    const text = yield* readText(ip.sys, e.file);
    if (typeof text === 'string') sources.set(e.file, text.split('\n'));
  }
  const tb = yield* formatException(ip, err.value, sources);
  const head = `[${yield* stamp(ip)}] ERROR in app: Exception on ${req.path} [${req.method}]\n`;
  yield* emit(ip, STDERR, head + tb);
}

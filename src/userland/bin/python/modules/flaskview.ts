// Request dispatch of the tiny Flask: match the URL rules (404, 405, automatic HEAD and OPTIONS),
// fill flask.request, call the view and turn what it returned into a response as Flask 1.1's
// make_response does (str, bytes, dict as JSON, tuples, jsonify's Response); an exception in the
// view is logged with its traceback ("ERROR in app: Exception on / [GET]") and answered with 500.

import type { Gen } from '../../../sys';
import { decode, encode } from '../../../../lib/utf8';
import { excClass, pyErr } from '../exceptions';
import { hashKey } from '../hash';
import type { Interp, Kwargs, PyValue, PyExc } from '../objects';
import { PyBytes, PyClass, PyDict, PyInstance, PyList, PyTuple } from '../objects';
import { toStr } from '../str';
import { logException } from './flasklog';
import { asPyExc } from '../try';
import { objectType, typeName } from '../types';
import { errorPage, parseQuery, statusName } from './flaskhttp';
import type { Request, Rule } from './flaskhttp';

export interface AppState {
  readonly importName: string;
  /** Flask.name: the script's base name when import_name is "__main__". */
  name: string;
  readonly rules: Rule[];
  readonly views: Map<string, PyValue>;
  /** The site-packages directory flask was found in. */
  readonly site: string;
  /** The Python version shown in the Server header (that of the site-packages flask is in). */
  readonly pythonVersion: string;
  /** flask.request, refilled for each request. */
  readonly request: PyInstance;
}

export interface Resp {
  readonly code: number;
  /** A status line given by the view ("201 CREATED"), else derived from code. */
  readonly status?: string;
  readonly headers: (readonly [string, string])[];
  readonly body: Uint8Array;
}

/** flask.Response (what jsonify returns): a ready response. */
export const responseType = new PyClass('Response', [objectType], new Map(), false);
responseType.dict.set('__module__', 'flask.wrappers');
export class PyResponse extends PyInstance {
  constructor(readonly resp: Resp) {
    super(responseType);
    this.dict.set('status_code', BigInt(resp.code));
    this.dict.set('mimetype', resp.headers[0]?.[1].replace(/;.*/, '') ?? null);
  }
}

/** werkzeug.exceptions.HTTPException, raised by abort(code). */
export const httpException = new PyClass('HTTPException', [excClass('Exception')], new Map(), false);
httpException.dict.set('__module__', 'werkzeug.exceptions');

const HTML = 'text/html; charset=utf-8';

function page(code: number, extra: (readonly [string, string])[] = []): Resp {
  const body = encode(errorPage(code));
  return { code, headers: [['Content-Type', HTML], ...extra, ['Content-Length', String(body.length)]], body };
}

export function textResp(code: number, body: Uint8Array, type = HTML): Resp {
  return {
    code,
    headers: [
      ['Content-Type', type],
      ['Content-Length', String(body.length)],
    ],
    body,
  };
}

function dict(pairs: readonly (readonly [string, PyValue])[]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.map.set(hashKey(k), { k, v });
  return d;
}

function fillRequest(app: AppState, req: Request, body: Uint8Array, remote: string): void {
  const r = app.request.dict;
  const form = req.headers.some(
    ([k, v]) => k.toLowerCase() === 'content-type' && v.startsWith('application/x-www-form-urlencoded'),
  );
  r.set('method', req.method);
  r.set('path', req.path);
  r.set('full_path', `${req.path}?${req.query}`);
  r.set('args', dict(parseQuery(req.query)));
  r.set('form', dict(form ? parseQuery(decode(body)) : []));
  r.set('data', new PyBytes(body));
  r.set('headers', dict(req.headers));
  r.set('remote_addr', remote);
}

/** Find the rule for the request: its view and arguments, or an error response. */
function route(app: AppState, req: Request): { view: PyValue; kw: Kwargs } | Resp {
  const allowed = new Set<string>();
  for (const rule of app.rules) {
    const m = rule.regex.exec(req.path);
    if (m === null) continue;
    const methods = new Set(rule.methods);
    if (methods.has('GET')) methods.add('HEAD');
    methods.add('OPTIONS');
    methods.forEach((x) => allowed.add(x));
    if (!methods.has(req.method)) continue;
    if (req.method === 'OPTIONS' && !rule.methods.includes('OPTIONS')) break;
    const kw: Kwargs = new Map();
    rule.args.forEach((a, i) => {
      const v = m[i + 1] ?? '';
      kw.set(a.name, a.conv === 'int' ? BigInt(v) : a.conv === 'float' ? Number(v) : v);
    });
    return { view: app.views.get(rule.endpoint) ?? null, kw };
  }
  if (allowed.size === 0) return page(404);
  const allow = [...allowed].sort().join(', ');
  if (req.method === 'OPTIONS')
    return {
      ...textResp(200, new Uint8Array(0)),
      headers: [
        ['Content-Type', HTML],
        ['Allow', allow],
        ['Content-Length', '0'],
      ],
    };
  return page(405, [['Allow', allow]]);
}

export function* dispatch(
  ip: Interp,
  app: AppState,
  req: Request,
  body: Uint8Array,
  remote: string,
): Gen<Resp> {
  const found = route(app, req);
  if (!('view' in found)) return found;
  fillRequest(app, req, body, remote);
  let stage: 'view' | 'response' = 'view';
  try {
    const rv = yield* ip.call(found.view, [], found.kw);
    stage = 'response';
    return yield* makeResponse(ip, rv);
  } catch (e) {
    const err = asPyExc(e);
    if (err.value.type.isSubclass(httpException)) {
      const code = err.value.dict.get('code');
      return page(typeof code === 'bigint' ? Number(code) : 500);
    }
    yield* logException(ip, app.site, req, err, stage);
    return page(500);
  }
}

function invalid(what: string): PyExc {
  return pyErr('TypeError', `The view function did not return a valid response${what}`);
}

function* makeResponse(ip: Interp, rv: PyValue): Gen<Resp> {
  let value = rv;
  let status: PyValue = null;
  let headers: PyValue = null;
  if (rv instanceof PyTuple) {
    const n = rv.items.length;
    if (n < 2 || n > 3)
      throw invalid(
        ' tuple. The tuple must have the form (body, status, headers), (body, status), or (body, headers).',
      );
    value = rv.items[0]!;
    const second = rv.items[1]!;
    if (n === 3) [status, headers] = [second, rv.items[2]!];
    else if (second instanceof PyDict || second instanceof PyList) headers = second;
    else status = second;
  }
  let resp = yield* bodyResponse(ip, value);
  if (status !== null) {
    const code =
      typeof status === 'bigint' ? Number(status) : Number(String(yield* toStr(ip, status)).split(' ')[0]);
    resp = {
      ...resp,
      code,
      status: typeof status === 'string' ? status : `${code} ${statusName(code).toUpperCase()}`,
    };
  }
  if (headers !== null) resp = { ...resp, headers: [...resp.headers, ...(yield* headerPairs(ip, headers))] };
  return resp;
}

function* bodyResponse(ip: Interp, v: PyValue): Gen<Resp> {
  if (v === null) throw invalid('. The function either returned None or ended without a return statement.');
  if (typeof v === 'string') return textResp(200, encode(v));
  if (v instanceof PyBytes) return textResp(200, v.data);
  if (v instanceof PyResponse) return v.resp;
  if (v instanceof PyDict) return yield* jsonResponse(ip, v);
  throw invalid(
    `. The return type must be a string, dict, tuple, Response instance, or WSGI callable, but it was a ${typeName(v)}.`,
  );
}

function* headerPairs(ip: Interp, h: PyValue): Gen<[string, string][]> {
  const out: [string, string][] = [];
  const items =
    h instanceof PyDict
      ? [...h.map.values()].map((e) => [e.k, e.v])
      : h instanceof PyList
        ? h.items.map((t) => (t instanceof PyTuple ? [...t.items] : []))
        : [];
  for (const [k, v] of items) out.push([yield* toStr(ip, k ?? null), yield* toStr(ip, v ?? null)]);
  return out;
}

/** jsonify(): compact JSON with sorted keys and a newline, application/json. */
export function* jsonResponse(ip: Interp, v: PyValue): Gen<Resp> {
  const dumps = (yield* ip.importModule('json')).dict.get('dumps') ?? null;
  const kw: Kwargs = new Map<string, PyValue>([
    ['sort_keys', true],
    ['separators', new PyTuple([',', ':'])],
  ]);
  const text = yield* toStr(ip, yield* ip.call(dumps, [v], kw));
  return textResp(200, encode(text + '\n'), 'application/json');
}

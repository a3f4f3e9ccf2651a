// The HTTP pieces of the tiny Flask (flask.ts): Werkzeug 1.0's URL rules, status names, error
// pages and request log line, and the request parsing of Python 2.7's BaseHTTPServer.

import { decode } from '../../../../lib/utf8';
import { MONTHS } from '../../../libc/timefmt';
import { gmtime } from '../../../libc/strftime';

/** Werkzeug's HTTP_STATUS_CODES (the ones a small app meets). */
const STATUS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  418: "I'm a teapot",
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

export function statusName(code: number): string {
  return STATUS[code] ?? 'UNKNOWN';
}

/** The status line text Werkzeug's Response keeps: "404 NOT FOUND". */
export function statusText(code: number): string {
  return `${code} ${statusName(code).toUpperCase()}`;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'The browser (or proxy) sent a request that this server could not understand.',
  401: "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.",
  403: "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.",
  404: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
  405: 'The method is not allowed for the requested URL.',
  500: 'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.',
};

/** Werkzeug's HTTPException.get_body() for a status code. */
export function errorPage(code: number): string {
  const name = statusName(code);
  const desc = (DESCRIPTIONS[code] ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return (
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n' +
    `<title>${code} ${name}</title>\n<h1>${name}</h1>\n<p>${desc}</p>\n`
  );
}

export function hasErrorPage(code: number): boolean {
  return DESCRIPTIONS[code] !== undefined;
}

export interface Request {
  readonly method: string;
  /** The target as sent (path and query). */
  readonly target: string;
  readonly path: string;
  readonly query: string;
  readonly version: string;
  /** The request line without CRLF, as logged. */
  readonly line: string;
  readonly headers: readonly (readonly [string, string])[];
  /** Offset of the body in the bytes read. */
  readonly bodyStart: number;
}

/** Parse a request head; undefined for a malformed request line. */
export function parseRequest(buf: Uint8Array, headLength: number): Request | undefined {
  const text = decode(buf.subarray(0, headLength));
  const lines = text.split(/\r?\n/);
  const line = lines[0] ?? '';
  const words = line.split(/\s+/).filter((w) => w !== '');
  if (words.length !== 3 || !/^HTTP\/\d+\.\d+$/.test(words[2]!)) return undefined;
  const [method, target, version] = words as [string, string, string];
  const headers: [string, string][] = [];
  for (const l of lines.slice(1)) {
    const i = l.indexOf(':');
    if (i > 0) headers.push([l.slice(0, i).trim(), l.slice(i + 1).trim()]);
  }
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  return {
    method,
    target,
    path: safeDecode(path),
    query: q < 0 ? '' : target.slice(q + 1),
    version,
    line,
    headers,
    bodyStart: headLength,
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, '%2B'));
  } catch {
    return s;
  }
}

/** application/x-www-form-urlencoded pairs (query strings and form bodies). */
export function parseQuery(q: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of q.split('&')) {
    if (part === '') continue;
    const i = part.indexOf('=');
    const [k, v] = i < 0 ? [part, ''] : [part.slice(0, i), part.slice(i + 1)];
    out.push([safeDecode(k.replace(/\+/g, ' ')), safeDecode(v.replace(/\+/g, ' '))]);
  }
  return out;
}

/** BaseHTTPRequestHandler.log_date_time_string(): "25/Nov/2026 09:30:00" (UTC here). */
export function logDate(sec: number): string {
  const t = gmtime(sec);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(t.mday)}/${MONTHS[t.mon]}/${t.year} ${p(t.hour)}:${p(t.min)}:${p(t.sec)}`;
}

/** A compiled URL rule: "/user/<name>" or "/post/<int:id>". */
export interface Rule {
  readonly rule: string;
  readonly regex: RegExp;
  readonly args: readonly { readonly name: string; readonly conv: string }[];
  readonly endpoint: string;
  readonly methods: readonly string[];
}

const CONVERTERS: Record<string, string> = {
  default: '[^/]+',
  string: '[^/]+',
  int: '\\d+',
  float: '\\d+\\.\\d+',
  path: '[^/].*?',
  uuid: '[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}',
};

export function compileRule(rule: string, endpoint: string, methods: readonly string[]): Rule | string {
  const args: { name: string; conv: string }[] = [];
  let re = '';
  let last = 0;
  for (const m of rule.matchAll(/<(?:([a-zA-Z_][a-zA-Z0-9_]*):)?([a-zA-Z_][a-zA-Z0-9_]*)>/g)) {
    const conv = m[1] ?? 'default';
    const pattern = CONVERTERS[conv];
    if (pattern === undefined) return `the converter '${conv}' does not exist`;
    re += rule.slice(last, m.index).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + `(${pattern})`;
    args.push({ name: m[2]!, conv });
    last = (m.index ?? 0) + m[0].length;
  }
  re += rule.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { rule, regex: new RegExp(`^${re}$`), args, endpoint, methods };
}

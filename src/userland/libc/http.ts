// Minimal HTTP/1.x pieces shared by curl, wget and httpd: URLs, dates, request and response heads.

import { gmtime, strftime } from './strftime';

export interface Url {
  readonly host: string;
  readonly port: number;
  /** Path with query, always starting with "/". */
  readonly path: string;
}

/** "http://host[:port][/path]" (the scheme may be left out, as curl allows). */
export function parseUrl(text: string): Url | string {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/:?#]*)(?::(\d*))?([^#]*)/.exec(text);
  if (!m) return 'malformed';
  const scheme = (m[1] ?? 'http').toLowerCase();
  if (scheme !== 'http') return `unsupported:${scheme}`;
  const host = m[2] ?? '';
  if (host === '') return 'nohost';
  const port = m[3] === undefined || m[3] === '' ? 80 : Number(m[3]);
  if (port > 65535) return 'badport';
  const rest = m[4] ?? '';
  return { host, port, path: rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}` };
}

/** An HTTP date (RFC 7231 IMF-fixdate) for seconds since the epoch. */
export function httpDate(sec: number): string {
  return strftime('%a, %d %b %Y %H:%M:%S GMT', gmtime(sec));
}

export interface ResponseHead {
  readonly version: string;
  readonly status: number;
  readonly reason: string;
  /** Header lines as received, without CRLF. */
  readonly lines: readonly string[];
  readonly headers: ReadonlyMap<string, string>;
  /** Bytes of the head including the blank line. */
  readonly length: number;
}

/** Find the end of the head ("\r\n\r\n" or "\n\n"); -1 if it has not all arrived. */
export function headEnd(buf: Uint8Array): number {
  for (let i = 0; i + 1 < buf.length; i++) {
    if (buf[i] === 10 && buf[i + 1] === 10) return i + 2;
    if (buf[i] === 13 && buf[i + 1] === 10 && buf[i + 2] === 13 && buf[i + 3] === 10) return i + 4;
  }
  return -1;
}

export function parseResponseHead(text: string, length: number): ResponseHead | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l !== '');
  const m = /^(HTTP\/\d(?:\.\d)?) (\d{3}) ?(.*)$/.exec(lines[0] ?? '');
  if (!m) return undefined;
  const headers = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const i = l.indexOf(':');
    if (i > 0) headers.set(l.slice(0, i).toLowerCase(), l.slice(i + 1).trim());
  }
  return { version: m[1]!, status: Number(m[2]), reason: m[3] ?? '', lines, headers, length };
}

const TYPES: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  txt: 'text/plain',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};

/** The content type busybox httpd sends for a file name. */
export function contentType(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 && TYPES[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

// Unit tests of the tiny Flask's HTTP pieces and the RESP codec: Werkzeug 1.0's URL rules, error
// pages (HTTPException.get_body) and status texts, BaseHTTPServer's log date, request parsing,
// and Redis replies split across reads.

import { describe, expect, it } from 'vitest';
import { encode } from '../../../../src/lib/utf8';
import {
  compileRule,
  errorPage,
  logDate,
  parseQuery,
  parseRequest,
  statusText,
} from '../../../../src/userland/bin/python/modules/flaskhttp';
import { encodeCommand, parseReply } from '../../../../src/userland/bin/python/modules/resp';

describe('flask http helpers', () => {
  it('compiles rules with converters', () => {
    const r = compileRule('/user/<name>/post/<int:id>', 'post', ['GET']);
    if (typeof r === 'string') throw new Error(r);
    expect(r.regex.exec('/user/bob/post/12')?.slice(1)).toEqual(['bob', '12']);
    expect(r.regex.test('/user/bob/post/x')).toBe(false);
    expect(r.args.map((a) => a.conv)).toEqual(['default', 'int']);
    expect(compileRule('/<foo:x>', 'x', ['GET'])).toBe("the converter 'foo' does not exist");
  });

  it('renders Werkzeug error pages and status texts', () => {
    expect(errorPage(405)).toBe(
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>405 Method Not Allowed</title>\n' +
        '<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n',
    );
    expect(statusText(404)).toBe('404 NOT FOUND');
    expect(logDate(1795600200)).toBe('25/Nov/2026 09:50:00');
  });

  it('parses requests and query strings', () => {
    const text = 'GET /a%20b?x=1&y=a+b HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n';
    const req = parseRequest(encode(text), text.length);
    expect(req?.path).toBe('/a b');
    expect(req?.version).toBe('HTTP/1.1');
    expect(req?.headers[0]).toEqual(['Host', 'localhost']);
    expect(parseQuery(req?.query ?? '')).toEqual([
      ['x', '1'],
      ['y', 'a b'],
    ]);
    expect(parseRequest(encode('GARBAGE\r\n\r\n'), 11)).toBeUndefined();
  });
});

describe('RESP', () => {
  it('encodes commands and parses replies, incomplete ones too', () => {
    expect(new TextDecoder().decode(encodeCommand([encode('GET'), encode('k')]))).toBe(
      '*2\r\n$3\r\nGET\r\n$1\r\nk\r\n',
    );
    expect(parseReply(encode('$5\r\nhel'))).toBe('incomplete');
    expect(parseReply(encode(':-3\r\n'))).toEqual({ reply: { k: 'int', v: -3n }, used: 5 });
    expect(parseReply(encode('$-1\r\n'))).toEqual({ reply: { k: 'bulk', v: null }, used: 5 });
    const arr = parseReply(encode('*2\r\n+OK\r\n-ERR bad\r\nrest'));
    expect(arr).toEqual({
      reply: {
        k: 'array',
        v: [
          { k: 'simple', v: encode('OK') },
          { k: 'error', v: 'ERR bad' },
        ],
      },
      used: 19,
    });
    expect(parseReply(encode('?\r\n'))).toBe('bad');
  });
});

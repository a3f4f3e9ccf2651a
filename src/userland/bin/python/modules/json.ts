// The json module: dumps/dump (indent, sort_keys, separators, ensure_ascii, default) and
// loads/load, with CPython's output format and JSONDecodeError messages.

import type { Gen } from '../../../sys';
import { getattr } from '../attrs';
import { excClass, newException, pyErr } from '../exceptions';
import { hashKey } from '../hash';
import type { Interp, Kwargs, PyModule, PyValue, TbEntry } from '../objects';
import { PyClass, PyDict, PyExc, PyList, PyTuple } from '../objects';
import { truthy } from '../ops';
import { floatRepr } from '../reprs';
import { sortValues } from '../sort';
import { toStr } from '../str';
import { typeName } from '../types';
import { makeModule } from './util';

const decodeError = new PyClass('JSONDecodeError', [excClass('ValueError')], new Map(), false);
decodeError.dict.set('__module__', 'json.decoder');

function quote(s: string, ascii: boolean): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (ascii && c > 0x7e)) {
      const units = c > 0xffff ? [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)] : [c];
      for (const u of units) out += '\\u' + u.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

interface Opts {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  ascii: boolean;
  dflt: PyValue;
}

function floatStr(x: number): string {
  return Number.isNaN(x) ? 'NaN' : x === Infinity ? 'Infinity' : x === -Infinity ? '-Infinity' : floatRepr(x);
}

function* key(k: PyValue): Gen<string | null> {
  if (typeof k === 'string') return k;
  if (k === null) return 'null';
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (typeof k === 'bigint') return k.toString();
  if (typeof k === 'number') return floatStr(k);
  throw pyErr('TypeError', `keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

function* encode(ip: Interp, v: PyValue, o: Opts, level: number): Gen<string> {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatStr(v);
  if (typeof v === 'string') return quote(v, o.ascii);
  const nl = o.indent === null ? '' : '\n' + o.indent.repeat(level + 1);
  const close = o.indent === null ? '' : '\n' + o.indent.repeat(level);
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.items.length === 0) return '[]';
    const parts: string[] = [];
    for (const x of v.items) parts.push(yield* encode(ip, x, o, level + 1));
    return '[' + nl + parts.join(o.itemSep + nl) + close + ']';
  }
  if (v instanceof PyDict) {
    if (v.map.size === 0) return '{}';
    let entries = [...v.map.values()];
    if (o.sortKeys)
      entries = (yield* sortValues(
        ip,
        entries.map((e) => e.k),
        entries.map((e) => e.k),
        false,
      )).map((k) => v.map.get(hashKey(k))!);
    const parts: string[] = [];
    for (const e of entries)
      parts.push(quote((yield* key(e.k))!, o.ascii) + o.keySep + (yield* encode(ip, e.v, o, level + 1)));
    return '{' + nl + parts.join(o.itemSep + nl) + close + '}';
  }
  if (o.dflt !== null) return yield* encode(ip, yield* ip.call(o.dflt, [v]), o, level);
  throw pyErr('TypeError', `Object of type ${typeName(v)} is not JSON serializable`);
}

function* options(ip: Interp, kw: Kwargs | null): Gen<Opts> {
  const ind = kw?.get('indent') ?? null;
  const indent = ind === null ? null : typeof ind === 'string' ? ind : ' '.repeat(Number(ind));
  const seps = kw?.get('separators') ?? null;
  let [itemSep, keySep] = indent === null ? [', ', ': '] : [',', ': '];
  if (seps instanceof PyTuple || seps instanceof PyList)
    [itemSep, keySep] = [yield* toStr(ip, seps.items[0]!), yield* toStr(ip, seps.items[1]!)];
  return {
    indent,
    itemSep,
    keySep,
    sortKeys: yield* truthy(ip, kw?.get('sort_keys') ?? false),
    ascii: yield* truthy(ip, kw?.get('ensure_ascii') ?? true),
    dflt: kw?.get('default') ?? null,
  };
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}
  fail(msg: string, at = this.i): never {
    const before = this.s.slice(0, at);
    const line = before.split('\n').length;
    const col = at - before.lastIndexOf('\n');
    const e = newException(decodeError, [`${msg}: line ${line} column ${col} (char ${at})`]);
    e.dict.set('msg', msg);
    e.dict.set('pos', BigInt(at));
    throw new PyExc(e);
  }
  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }
  value(): PyValue {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    for (const [lit, v] of [
      ['null', null],
      ['true', true],
      ['false', false],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
    ] as const) {
      if (this.s.startsWith(lit, this.i)) {
        this.i += lit.length;
        return v;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(this.s.slice(this.i));
    if (m === null) return this.fail('Expecting value');
    this.i += m[0].length;
    return m[2] === undefined && m[3] === undefined ? BigInt(m[0]) : Number(m[0]);
  }
  string(): string {
    const start = this.i++;
    let out = '';
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) return this.fail('Unterminated string starting at', start);
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c < ' ') return this.fail('Invalid control character at');
      if (c === '\\') {
        const e = this.s[this.i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          this.i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) {
          out += String.fromCharCode(parseInt(this.s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
        } else return this.fail(e === 'u' ? 'Invalid \\uXXXX escape' : 'Invalid \\escape');
        continue;
      }
      out += c;
      this.i++;
    }
  }
  array(): PyList {
    this.i++;
    const items: PyValue[] = [];
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return new PyList(items);
    }
    for (;;) {
      items.push(this.value());
      this.ws();
      const c = this.s[this.i];
      if (c === ']') {
        this.i++;
        return new PyList(items);
      }
      if (c !== ',') return this.fail("Expecting ',' delimiter");
      this.i++;
    }
  }
  object(): PyDict {
    this.i++;
    const d = new PyDict();
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return d;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') return this.fail('Expecting property name enclosed in double quotes');
      const k = this.string();
      this.ws();
      if (this.s[this.i] !== ':') return this.fail("Expecting ':' delimiter");
      this.i++;
      const v = this.value();
      d.map.set(hashKey(k), { k, v });
      this.ws();
      const c = this.s[this.i];
      if (c === '}') {
        this.i++;
        return d;
      }
      if (c !== ',') return this.fail("Expecting ',' delimiter");
      this.i++;
    }
  }
}

const LIB = '/usr/lib/python3.11/json';

/** The frames CPython's pure-Python json decoder adds to a JSONDecodeError traceback (innermost first). */
function libFrames(msg: PyValue): TbEntry[] {
  const loads: TbEntry = {
    file: `${LIB}/__init__.py`,
    line: 346,
    name: 'loads',
    node: null,
    text: 'return _default_decoder.decode(s)',
    caret: [7, 33],
  };
  if (msg === 'Extra data') {
    return [
      {
        file: `${LIB}/decoder.py`,
        line: 340,
        name: 'decode',
        node: null,
        text: 'raise JSONDecodeError("Extra data", s, end)',
      },
      loads,
    ];
  }
  const decode: TbEntry = {
    file: `${LIB}/decoder.py`,
    line: 337,
    name: 'decode',
    node: null,
    text: 'obj, end = self.raw_decode(s, idx=_w(s, 0).end())',
    caret: [11, 49],
  };
  const raw: TbEntry =
    msg === 'Expecting value'
      ? {
          file: `${LIB}/decoder.py`,
          line: 355,
          name: 'raw_decode',
          node: null,
          text: 'raise JSONDecodeError("Expecting value", s, err.value) from None',
        }
      : {
          file: `${LIB}/decoder.py`,
          line: 353,
          name: 'raw_decode',
          node: null,
          text: 'obj, end = self.scan_once(s, idx)',
          caret: [11, 33],
        };
  return [raw, decode, loads];
}

export function loads(s: string): PyValue {
  const p = new Parser(s);
  try {
    const v = p.value();
    p.ws();
    if (p.i < s.length) p.fail('Extra data');
    return v;
  } catch (e) {
    if (e instanceof PyExc && e.value.exc !== null) {
      e.value.exc.tb.push(...libFrames(e.value.dict.get('msg') ?? null));
    }
    throw e;
  }
}

export function jsonModule(): PyModule {
  return makeModule('json', '/usr/lib/python3.11/json/__init__.py', {
    JSONDecodeError: decodeError,
    dumps: function* (ip, args, kw) {
      return yield* encode(ip, args[0] ?? null, yield* options(ip, kw), 0);
    },
    dump: function* (ip, args, kw) {
      const text = yield* encode(ip, args[0] ?? null, yield* options(ip, kw), 0);
      yield* ip.call(yield* getattr(ip, args[1] ?? null, 'write'), [text]);
      return null;
    },
    loads: function* (ip, args) {
      const s = args[0] ?? null;
      if (typeof s !== 'string')
        throw pyErr('TypeError', `the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
      void ip;
      return loads(s);
    },
    load: function* (ip, args) {
      const text = yield* ip.call(yield* getattr(ip, args[0] ?? null, 'read'), []);
      try {
        return loads(yield* toStr(ip, text));
      } catch (e) {
        if (e instanceof PyExc && e.value.exc !== null) {
          e.value.exc.tb.push({
            file: `${LIB}/__init__.py`,
            line: 293,
            name: 'load',
            node: null,
            text: 'return loads(fp.read(),',
            caret: [7, 23],
          });
        }
        throw e;
      }
    },
  });
}

// Methods of str: split/join/strip/replace/find/format/startswith... with CPython's semantics
// (split() on runs of whitespace, strip(chars), str.format).

import type { Gen } from '../../sys';
import { kwArg, method, toIndex } from './args';
import { encodeStr } from './bytes';
import { pyErr } from './exceptions';
import { strFormat } from './format';
import { toArray } from './iter';
import type { Interp, Kwargs, PyValue } from './objects';
import { PyBytes, PyDict, PyList, PyTuple } from './objects';
import { strType, typeName } from './types';
import { toStr } from './str';

/** Line boundaries of str.splitlines(), as a regex character class body. */
const BREAKS = '\\n\\r\\v\\f\\u001c\\u001d\\u001e\\u0085\\u2028\\u2029';
const WS = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u2028\u2029';

function s(v: PyValue): string {
  return v as string;
}

function strArg(name: string, v: PyValue | undefined, dflt: string | null): string | null {
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'string') throw pyErr('TypeError', `${name} arg must be None or str`);
  return v;
}

export function splitWs(str: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = str.length;
  while (i < n) {
    while (i < n && WS.includes(str[i]!)) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) {
      out.push(str.slice(i).replace(new RegExp(`[${WS}]+$`), ''));
      return out;
    }
    let j = i;
    while (j < n && !WS.includes(str[j]!)) j++;
    out.push(str.slice(i, j));
    i = j;
  }
  return out;
}

function split(str: string, sep: string | null, max: number): string[] {
  if (sep === null) return splitWs(str, max);
  if (sep === '') throw pyErr('ValueError', 'empty separator');
  const parts = str.split(sep);
  if (max < 0 || parts.length <= max + 1) return parts;
  return [...parts.slice(0, max), parts.slice(max).join(sep)];
}

function rsplit(str: string, sep: string | null, max: number): string[] {
  if (max < 0) return split(str, sep, max);
  if (sep === null) {
    const words = splitWs(str, -1);
    if (words.length <= max + 1) return words;
    const keep = words.slice(words.length - max);
    let rest = str.replace(new RegExp(`[${WS}]+$`), '');
    for (let i = keep.length - 1; i >= 0; i--)
      rest = rest.slice(0, rest.lastIndexOf(keep[i]!)).replace(new RegExp(`[${WS}]+$`), '');
    return [rest, ...keep];
  }
  const parts = str.split(sep);
  if (parts.length <= max + 1) return parts;
  return [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)];
}

function strip(str: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars ?? WS;
  let a = 0;
  let b = str.length;
  if (left) while (a < b && set.includes(str[a]!)) a++;
  if (right) while (b > a && set.includes(str[b - 1]!)) b--;
  return str.slice(a, b);
}

function range(str: string, args: PyValue[]): [number, number] {
  const len = str.length;
  const norm = (v: PyValue | undefined, d: number): number => {
    if (v === undefined || v === null) return d;
    let i = toIndex(v);
    if (i < 0) i = Math.max(0, i + len);
    return Math.min(i, len);
  };
  return [norm(args[1], 0), norm(args[2], len)];
}

function* affix(
  self: PyValue,
  args: PyValue[],
  name: string,
  test: (s: string, p: string) => boolean,
): Gen<boolean> {
  const [a, b] = range(s(self), args);
  const sub = s(self).slice(a, b);
  const p = args[0]!;
  const prefixes = p instanceof PyTuple ? p.items : [p];
  for (const x of prefixes) {
    if (typeof x !== 'string')
      throw pyErr('TypeError', `${name} first arg must be str or a tuple of str, not ${typeName(x)}`);
    if (test(sub, x)) return true;
  }
  return false;
}

function find(self: PyValue, args: PyValue[], rev: boolean): number {
  const [a, b] = range(s(self), args);
  const sub = args[0];
  if (typeof sub !== 'string') throw pyErr('TypeError', `must be str, not ${typeName(sub ?? null)}`);
  const hay = s(self).slice(a, b);
  const i = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  return i < 0 ? -1 : i + a;
}

type M = (ip: Interp, self: PyValue, args: PyValue[], kw: Kwargs | null) => Gen<PyValue>;

const simple = (f: (str: string, args: PyValue[]) => PyValue): M =>
  function* (_ip, self, args) {
    return f(s(self), args);
  };

export function installStrMethods(): void {
  const m = (name: string, f: M): void => method(strType, name, f);
  m(
    'split',
    simple(
      (str, a) =>
        new PyList(split(str, strArg('split', a[0], null), a[1] === undefined ? -1 : toIndex(a[1]!))),
    ),
  );
  m(
    'rsplit',
    simple(
      (str, a) =>
        new PyList(rsplit(str, strArg('rsplit', a[0], null), a[1] === undefined ? -1 : toIndex(a[1]!))),
    ),
  );
  m(
    'splitlines',
    simple((str, a) => {
      const keep = a[0] === true;
      const out: string[] = [];
      const re = new RegExp(`[^${BREAKS}]*(\r\n|[${BREAKS}]|$)`, 'g');
      for (const mm of str.matchAll(re)) {
        if (mm[0] === '') break;
        out.push(keep ? mm[0] : mm[0].slice(0, mm[0].length - mm[1]!.length));
      }
      return new PyList(out);
    }),
  );
  m('join', function* (ip, self, args) {
    const items = yield* toArray(ip, args[0]!);
    items.forEach((x, i) => {
      if (typeof x !== 'string')
        throw pyErr('TypeError', `sequence item ${i}: expected str instance, ${typeName(x)} found`);
    });
    return items.join(s(self));
  });
  m(
    'strip',
    simple((str, a) => strip(str, strArg('strip', a[0], null), true, true)),
  );
  m(
    'lstrip',
    simple((str, a) => strip(str, strArg('lstrip', a[0], null), true, false)),
  );
  m(
    'rstrip',
    simple((str, a) => strip(str, strArg('rstrip', a[0], null), false, true)),
  );
  m(
    'replace',
    simple((str, a) => {
      const [old, neu] = [a[0], a[1]];
      if (typeof old !== 'string' || typeof neu !== 'string')
        throw pyErr('TypeError', `replace() argument 1 must be str, not ${typeName(old ?? null)}`);
      const count = a[2] === undefined ? -1 : toIndex(a[2]!);
      if (count < 0)
        return old === '' ? [...str].join(neu).replace(/^/, neu) + neu : str.split(old).join(neu);
      let out = str;
      let pos = 0;
      for (let i = 0; i < count; i++) {
        const j = out.indexOf(old, pos);
        if (j < 0) break;
        out = out.slice(0, j) + neu + out.slice(j + old.length);
        pos = j + neu.length + (old === '' ? 1 : 0);
      }
      return out;
    }),
  );
  m('startswith', (_ip, self, a) => affix(self, a, 'startswith', (x, p) => x.startsWith(p)));
  m('endswith', (_ip, self, a) => affix(self, a, 'endswith', (x, p) => x.endsWith(p)));
  m(
    'find',
    simple((str, a) => BigInt(find(str, a, false))),
  );
  m(
    'rfind',
    simple((str, a) => BigInt(find(str, a, true))),
  );
  m(
    'index',
    simple((str, a) => {
      const i = find(str, a, false);
      if (i < 0) throw pyErr('ValueError', 'substring not found');
      return BigInt(i);
    }),
  );
  m(
    'rindex',
    simple((str, a) => {
      const i = find(str, a, true);
      if (i < 0) throw pyErr('ValueError', 'substring not found');
      return BigInt(i);
    }),
  );
  m(
    'count',
    simple((str, a) => {
      const [x, y] = range(str, a);
      const sub = s(a[0]!);
      const hay = str.slice(x, y);
      return BigInt(sub === '' ? hay.length + 1 : hay.split(sub).length - 1);
    }),
  );
  m(
    'upper',
    simple((str) => str.toUpperCase()),
  );
  m(
    'lower',
    simple((str) => str.toLowerCase()),
  );
  m(
    'casefold',
    simple((str) => str.toLowerCase()),
  );
  m(
    'swapcase',
    simple((str) =>
      [...str].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
    ),
  );
  m(
    'capitalize',
    simple((str) => str.slice(0, 1).toUpperCase() + str.slice(1).toLowerCase()),
  );
  m(
    'title',
    simple((str) =>
      str.toLowerCase().replace(/(^|[^A-Za-z])([a-z])/g, (_x, p: string, c: string) => p + c.toUpperCase()),
    ),
  );
  m(
    'isdigit',
    simple((str) => str !== '' && /^[0-9\u00b2\u00b3\u00b9]+$/.test(str)),
  );
  m(
    'isdecimal',
    simple((str) => str !== '' && /^[0-9]+$/.test(str)),
  );
  m(
    'isnumeric',
    simple((str) => str !== '' && /^\p{N}+$/u.test(str)),
  );
  m(
    'isalpha',
    simple((str) => str !== '' && /^\p{L}+$/u.test(str)),
  );
  m(
    'isalnum',
    simple((str) => str !== '' && /^[\p{L}\p{N}]+$/u.test(str)),
  );
  m(
    'isspace',
    simple((str) => str !== '' && [...str].every((c) => WS.includes(c))),
  );
  m(
    'isupper',
    simple((str) => /\p{Lu}/u.test(str) && !/\p{Ll}/u.test(str)),
  );
  m(
    'islower',
    simple((str) => /\p{Ll}/u.test(str) && !/\p{Lu}/u.test(str)),
  );
  m(
    'isidentifier',
    simple((str) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(str)),
  );
  m(
    'isprintable',
    simple((str) => [...str].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)),
  );
  m(
    'center',
    simple((str, a) => pad(str, a, 'c')),
  );
  m(
    'ljust',
    simple((str, a) => pad(str, a, 'l')),
  );
  m(
    'rjust',
    simple((str, a) => pad(str, a, 'r')),
  );
  m(
    'zfill',
    simple((str, a) => {
      const w = toIndex(a[0]!);
      const sign = /^[+-]/.test(str) ? str[0]! : '';
      const body = str.slice(sign.length);
      return sign + body.padStart(w - sign.length, '0');
    }),
  );
  m(
    'partition',
    simple((str, a) => {
      const sep = s(a[0]!);
      const i = str.indexOf(sep);
      return new PyTuple(i < 0 ? [str, '', ''] : [str.slice(0, i), sep, str.slice(i + sep.length)]);
    }),
  );
  m(
    'rpartition',
    simple((str, a) => {
      const sep = s(a[0]!);
      const i = str.lastIndexOf(sep);
      return new PyTuple(i < 0 ? ['', '', str] : [str.slice(0, i), sep, str.slice(i + sep.length)]);
    }),
  );
  m(
    'removeprefix',
    simple((str, a) => (str.startsWith(s(a[0]!)) ? str.slice(s(a[0]!).length) : str)),
  );
  m(
    'removesuffix',
    simple((str, a) => (a[0] !== '' && str.endsWith(s(a[0]!)) ? str.slice(0, -s(a[0]!).length) : str)),
  );
  m(
    'expandtabs',
    simple((str, a) => expandTabs(str, a[0] === undefined ? 8 : toIndex(a[0]!))),
  );
  m(
    'encode',
    simple((str, a) => new PyBytes(encodeStr(str, a[0] === undefined ? 'utf-8' : s(a[0]!)))),
  );
  m('format', function* (ip, self, args, kw) {
    return yield* strFormat(ip, s(self), args, kw ?? new Map());
  });
  m('format_map', function* (ip, self, args) {
    const d = args[0];
    const kw = new Map<string, PyValue>();
    if (d instanceof PyDict) for (const { k, v } of d.map.values()) kw.set(yield* toStr(ip, k), v);
    return yield* strFormat(ip, s(self), [], kw);
  });
  m(
    '__len__',
    simple((str) => BigInt([...str].length)),
  );
  void kwArg;
}

function pad(str: string, a: PyValue[], how: string): string {
  const w = toIndex(a[0]!);
  const fill = a[1] === undefined ? ' ' : s(a[1]);
  if (fill.length !== 1) throw pyErr('TypeError', 'The fill character must be exactly one character long');
  const n = w - [...str].length;
  if (n <= 0) return str;
  if (how === 'l') return str + fill.repeat(n);
  if (how === 'r') return fill.repeat(n) + str;
  const left = Math.floor(n / 2) + (n & w & 1);
  return fill.repeat(left) + str + fill.repeat(n - left);
}

function expandTabs(str: string, size: number): string {
  let out = '';
  let col = 0;
  for (const c of str) {
    if (c === '\t') {
      const n = size > 0 ? size - (col % size) : 0;
      out += ' '.repeat(n);
      col += n;
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

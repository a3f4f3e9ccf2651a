// format(value, spec), str.format() and printf-style `%` formatting for the python3 engine.

import type { Gen } from '../../sys';
import { getattr } from './attrs';
import { pyErr } from './exceptions';
import { getitem } from './items';
import { formatFloat, formatInt, formatStr, parseSpec } from './fmtspec';
import type { Interp, PyValue } from './objects';
import { PyDict, PyInstance, PyList, PyTuple } from './objects';
import { toRepr, toStr } from './str';
import { typeName } from './types';

/** format(v, spec) */
export function* formatValue(ip: Interp, v: PyValue, spec: string): Gen<string> {
  if (v instanceof PyInstance) {
    const f = v.type.lookup('__format__');
    if (f !== undefined) {
      const r = yield* ip.call(f, [v, spec]);
      if (typeof r === 'string') return r;
    }
    if (spec !== '')
      throw pyErr('TypeError', `unsupported format string passed to ${v.type.name}.__format__`);
  }
  if (spec === '') return yield* toStr(ip, v);
  const s = parseSpec(spec);
  if (typeof v === 'boolean')
    return s.type === '' ? formatStr(v ? 'True' : 'False', s) : formatInt(v ? 1n : 0n, s);
  if (typeof v === 'bigint') return formatInt(v, s);
  if (typeof v === 'number') return formatFloat(v, s);
  if (typeof v === 'string') return formatStr(v, s);
  throw pyErr('TypeError', `unsupported format string passed to ${typeName(v)}.__format__`);
}

/** str.format(*args, **kw) */
export function* strFormat(ip: Interp, tpl: string, args: PyValue[], kw: Map<string, PyValue>): Gen<string> {
  let out = '';
  let auto = 0;
  for (let i = 0; i < tpl.length; i++) {
    const c = tpl[i]!;
    if (c === '}') {
      if (tpl[i + 1] !== '}') throw pyErr('ValueError', "Single '}' encountered in format string");
      out += '}';
      i++;
      continue;
    }
    if (c !== '{') {
      out += c;
      continue;
    }
    if (tpl[i + 1] === '{') {
      out += '{';
      i++;
      continue;
    }
    let depth = 1;
    let j = i + 1;
    for (; j < tpl.length && depth > 0; j++) {
      if (tpl[j] === '{') depth++;
      else if (tpl[j] === '}') depth--;
    }
    if (depth > 0) throw pyErr('ValueError', "expected '}' before end of string");
    const field = tpl.slice(i + 1, j - 1);
    i = j - 1;
    const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
    if (m === null) throw pyErr('ValueError', 'invalid format field');
    let name = m[1]!;
    if (name === '') {
      if (auto < 0)
        throw pyErr(
          'ValueError',
          'cannot switch from manual field specification to automatic field numbering',
        );
      name = String(auto++);
    } else if (/^\d/.test(name)) {
      if (auto > 0)
        throw pyErr(
          'ValueError',
          'cannot switch from automatic field numbering to manual field specification',
        );
      auto = -1;
    }
    const v = yield* fieldValue(ip, name, args, kw);
    const conv = m[2] ?? '';
    const spec = yield* strFormat(ip, m[3] ?? '', args, kw);
    const cv = conv === 'r' || conv === 'a' ? yield* toRepr(ip, v) : conv === 's' ? yield* toStr(ip, v) : v;
    out += yield* formatValue(ip, cv, spec);
  }
  return out;
}

function* fieldValue(ip: Interp, name: string, args: PyValue[], kw: Map<string, PyValue>): Gen<PyValue> {
  const m = /^([^.[]*)(.*)$/s.exec(name)!;
  const head = m[1]!;
  let v: PyValue;
  if (/^\d+$/.test(head)) {
    const n = Number(head);
    if (n >= args.length)
      throw pyErr('IndexError', `Replacement index ${n} out of range for positional args tuple`);
    v = args[n]!;
  } else {
    const x = kw.get(head);
    if (x === undefined) throw pyErr('KeyError', `'${head}'`);
    v = x;
  }
  let rest = m[2]!;
  while (rest !== '') {
    const a = /^\.(\w+)/.exec(rest);
    if (a !== null) {
      v = yield* getattr(ip, v, a[1]!);
      rest = rest.slice(a[0].length);
      continue;
    }
    const k = /^\[([^\]]*)\]/.exec(rest);
    if (k === null) throw pyErr('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    const key = /^\d+$/.test(k[1]!) ? BigInt(k[1]!) : k[1]!;
    v = yield* getitem(ip, v, key);
    rest = rest.slice(k[0].length);
  }
  return v;
}

/** printf-style: "%s=%d" % (a, b) */
export function* percentFormat(ip: Interp, tpl: string, arg: PyValue): Gen<string> {
  const items = arg instanceof PyTuple ? [...arg.items] : [arg];
  const mapping =
    arg instanceof PyDict || (arg instanceof PyInstance && !(arg instanceof PyTuple)) ? arg : null;
  let idx = 0;
  let out = '';
  const next = (): PyValue => {
    if (idx >= items.length) throw pyErr('TypeError', 'not enough arguments for format string');
    return items[idx++]!;
  };
  const re = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])?/gy;
  let last = 0;
  for (let i = tpl.indexOf('%'); i !== -1; i = tpl.indexOf('%', last)) {
    out += tpl.slice(last, i);
    re.lastIndex = i;
    const m = re.exec(tpl);
    if (m === null || m[5] === undefined) throw pyErr('ValueError', `incomplete format`);
    last = re.lastIndex;
    if (m[5] === '%') {
      out += '%';
      continue;
    }
    let v: PyValue;
    if (m[1] !== undefined) {
      if (mapping === null) throw pyErr('TypeError', 'format requires a mapping');
      v = yield* getitem(ip, mapping, m[1]);
    }
    const flags = m[2]!;
    const width = m[3] === '*' ? Number(next()) : m[3] === undefined ? 0 : Number(m[3]);
    const prec = m[4] === '*' ? Number(next()) : m[4] === undefined ? -1 : Number(m[4]);
    v = m[1] !== undefined ? v! : next();
    out += yield* percentOne(ip, m[5], flags, width, prec, v);
  }
  out += tpl.slice(last);
  if (idx < items.length && mapping === null && !(items.length === 1 && arg instanceof PyList)) {
    throw pyErr('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

function* percentOne(
  ip: Interp,
  conv: string,
  flags: string,
  width: number,
  prec: number,
  v: PyValue,
): Gen<string> {
  const align = flags.includes('-') ? '<' : flags.includes('0') && !'srac'.includes(conv) ? '=' : '>';
  const fill = align === '=' ? '0' : ' ';
  const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '-';
  const base = { fill, align, sign, alt: flags.includes('#'), zero: false, width, group: '', prec, type: '' };
  if (conv === 's' || conv === 'r' || conv === 'a') {
    const s = conv === 's' ? yield* toStr(ip, v) : yield* toRepr(ip, v);
    return formatStr(s, { ...base, sign: '-', align: align === '=' ? '>' : align, fill: ' ' });
  }
  if (conv === 'c') {
    const s = typeof v === 'string' ? v : String.fromCodePoint(Number(v));
    return formatStr(s, { ...base, sign: '-', align: align === '=' ? '>' : align, fill: ' ', prec: -1 });
  }
  const num = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
  if (typeof num !== 'bigint' && typeof num !== 'number') {
    const what = 'diouxX'.includes(conv)
      ? `%${conv} format: a real number is required, not ${typeName(v)}`
      : `must be real number, not ${typeName(v)}`;
    throw pyErr('TypeError', what);
  }
  if ('diu'.includes(conv)) {
    const n = typeof num === 'number' ? BigInt(Math.trunc(num)) : num;
    return formatInt(n, { ...base, type: 'd', prec: -1 });
  }
  if ('oxX'.includes(conv)) {
    if (typeof num === 'number')
      throw pyErr('TypeError', `%${conv} format: an integer is required, not float`);
    return formatInt(num, { ...base, type: conv, prec: -1 });
  }
  return formatFloat(Number(num), { ...base, type: conv, prec: prec < 0 ? 6 : prec });
}

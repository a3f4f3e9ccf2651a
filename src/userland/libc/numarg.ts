// Numeric arguments as printf(1) reads them (strtoimax/strtold with GNU's checks): 'c means the
// character code, 0x and 0 prefixes select the base, trailing junk is "not completely converted".

export interface NumErrorSink {
  errors: string[];
  status: number;
  dialect: 'coreutils' | 'bash';
}

import { latin1ToUtf8 } from './bytes';

const MAX = (1n << 63n) - 1n;
const MIN = -(1n << 63n);

function report(sink: NumErrorSink, raw: string, what: string): void {
  sink.status = 1;
  const arg = latin1ToUtf8(raw);
  if (sink.dialect === 'bash') {
    sink.errors.push(what === 'range' ? `${arg}: Numerical result out of range` : `${arg}: invalid number`);
    return;
  }
  const text =
    what === 'invalid'
      ? 'expected a numeric value'
      : what === 'partial'
        ? 'value not completely converted'
        : 'Numerical result out of range';
  sink.errors.push(`‘${arg}’: ${text}`);
}

/** Parse an integer argument; reports problems to the sink and returns the usable value. */
export function parseIntArg(arg: string, sink: NumErrorSink): bigint {
  if (arg.startsWith("'") || arg.startsWith('"')) {
    const cp = arg.codePointAt(1);
    return BigInt(cp ?? 0);
  }
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(arg);
  if (!m) {
    if (arg.trim() !== '' || sink.dialect === 'bash') report(sink, arg, 'invalid');
    return 0n;
  }
  const digits = m[2]!;
  let v = BigInt(
    digits.length > 1 && digits[0] === '0' && !/[xX]/.test(digits) ? '0o' + digits.slice(1) : digits,
  );
  if (m[1] === '-') v = -v;
  if (v > MAX || v < MIN) {
    report(sink, arg, 'range');
    return v > MAX ? MAX : MIN;
  }
  if (m[0].length < arg.length) report(sink, arg, 'partial');
  return v;
}

const FLOAT_RE =
  /^\s*[+-]?(?:inf(?:inity)?|nan|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/i;

function hexValue(text: string): number {
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)(?:[pP]([+-]?\d+))?$/.exec(text.trim());
  if (!m) return NaN;
  const int = m[2] ? parseInt(m[2], 16) : 0;
  let frac = 0;
  for (let i = 0; i < m[3]!.length; i++) frac += parseInt(m[3]![i]!, 16) / 16 ** (i + 1);
  const v = (int + frac) * 2 ** Number(m[4] ?? 0);
  return m[1] === '-' ? -v : v;
}

/** Parse a floating-point argument like strtold. */
export function parseFloatArg(arg: string, sink: NumErrorSink): number {
  if (arg.startsWith("'") || arg.startsWith('"')) return arg.codePointAt(1) ?? 0;
  const m = FLOAT_RE.exec(arg);
  if (!m) {
    if (arg.trim() !== '' || sink.dialect === 'bash') report(sink, arg, 'invalid');
    return 0;
  }
  const t = m[0].trim().toLowerCase();
  let v: number;
  if (/inf/.test(t)) v = t.startsWith('-') ? -Infinity : Infinity;
  else if (/nan/.test(t)) v = NaN;
  else if (/0x/.test(t)) v = hexValue(t);
  else v = Number(t);
  if (m[0].length < arg.length) report(sink, arg, 'partial');
  return v;
}

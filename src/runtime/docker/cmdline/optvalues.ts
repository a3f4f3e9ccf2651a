// The structured flag values of docker 20.10's opts package: --ulimit (units.ParseUlimit), --network
// (opts.NetworkOpt, short `name` or long `name=n,alias=a,driver-opt=k=v` syntax), --mount
// (opts.MountOpt) and --filter (opts.FilterOpt), with their error texts.
//
// Simplification: `--mount src=./rel` is kept relative (Docker makes it absolute against its cwd).

import type { MountSpec, NetworkAttachment, Ulimit } from './spec';
import { parseGoBool, parseGoInt } from './gostrconv';
import { readCsvRecord } from './gonet';
import { ramInBytes } from './units';
import { goQuote } from '../../build/go-fmt';

export type OptResult<T> = { ok: true; value: T } | { ok: false; error: string };

const ULIMITS = new Set(
  'core cpu data fsize locks memlock msgqueue nice nofile nproc rss rtprio rttime sigpending stack'.split(
    ' ',
  ),
);

function int10(s: string): OptResult<number> {
  if (!/^[+-]?[0-9]+$/.test(s))
    return { ok: false, error: `strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax` };
  const r = parseGoInt(s, 64);
  return r.ok ? { ok: true, value: Number(r.value) } : r;
}

/** units.ParseUlimit: `nofile=1024[:2048]`. */
export function parseUlimit(val: string): OptResult<Ulimit> {
  const eq = val.indexOf('=');
  if (eq < 0) return { ok: false, error: `invalid ulimit argument: ${val}` };
  const name = val.slice(0, eq);
  if (!ULIMITS.has(name)) return { ok: false, error: `invalid ulimit type: ${name}` };
  const limits = val.slice(eq + 1).split(':');
  if (limits.length > 2) {
    return {
      ok: false,
      error: `too many limit value arguments - ${val.slice(eq + 1)}, can only have up to two, \`soft[:hard]\``,
    };
  }
  let hard: number | undefined;
  if (limits.length === 2) {
    const h = int10(limits[1] ?? '');
    if (!h.ok) return h;
    hard = h.value;
  }
  const soft = int10(limits[0] ?? '');
  if (!soft.ok) return soft;
  return { ok: true, value: { name, soft: soft.value, hard: hard ?? soft.value } };
}

/** opts.NetworkOpt.Set. */
export function parseNetwork(value: string): OptResult<NetworkAttachment> {
  if (!/\w+=\w+(,\w+=\w+)*/.test(value))
    return { ok: true, value: { target: value, aliases: [], driverOpts: {} } };
  const rec = readCsvRecord(value);
  if (!rec.ok) return rec;
  let target = '';
  const aliases: string[] = [];
  const driverOpts: Record<string, string> = {};
  for (const field of rec.fields) {
    const eq = field.indexOf('=');
    if (eq < 0) return { ok: false, error: `invalid field ${field}` };
    const key = field.slice(0, eq).toLowerCase().trim();
    const v = field
      .slice(eq + 1)
      .toLowerCase()
      .trim();
    if (key === 'name') target = v;
    else if (key === 'alias') aliases.push(v);
    else if (key === 'driver-opt') {
      const deq = v.indexOf('=');
      if (deq < 0) return { ok: false, error: 'invalid key value pair format in driver options' };
      driverOpts[v.slice(0, deq).trim().toLowerCase()] = v
        .slice(deq + 1)
        .trim()
        .toLowerCase();
    } else return { ok: false, error: `invalid field key ${key}` };
  }
  if (target === '') return { ok: false, error: 'network name/id is not specified' };
  return { ok: true, value: { target, aliases, driverOpts } };
}

const MOUNT_FLAGS: Record<string, string> = {
  readonly: 'ro',
  ro: 'ro',
  'volume-nocopy': 'volume-nocopy',
  'bind-nonrecursive': 'bind-nonrecursive',
};

function mountField(
  m: { type: string; source: string; target: string; readOnly: boolean; options: Record<string, string> },
  key: string,
  val: string,
  field: string,
): string | undefined {
  const boolOf = (msg: string): string | undefined => {
    const b = parseGoBool(val);
    if (!b.ok) return msg;
    if (key === 'readonly' || key === 'ro') m.readOnly = b.value;
    else m.options[key] = String(b.value);
    return undefined;
  };
  switch (key) {
    case 'type':
      m.type = val.toLowerCase();
      return undefined;
    case 'source':
    case 'src':
      m.source = val;
      return undefined;
    case 'target':
    case 'dst':
    case 'destination':
      m.target = val;
      return undefined;
    case 'readonly':
    case 'ro':
    case 'bind-nonrecursive':
      return boolOf(`invalid value for ${key}: ${val}`);
    case 'volume-nocopy':
      return boolOf(`invalid value for volume-nocopy: ${val}`);
    case 'consistency':
    case 'bind-propagation':
      m.options[key] = val.toLowerCase();
      return undefined;
    case 'volume-label':
    case 'volume-driver':
    case 'volume-opt':
      m.options[key] = val;
      return undefined;
    case 'tmpfs-size':
      if (!ramInBytes(val).ok) return `invalid value for ${key}: ${val}`;
      m.options[key] = val;
      return undefined;
    case 'tmpfs-mode':
      if (!/^[0-7]+$/.test(val)) return `invalid value for ${key}: ${val}`;
      m.options[key] = val;
      return undefined;
    default:
      return `unexpected key '${key}' in '${field}'`;
  }
}

/** opts.MountOpt.Set: `type=bind,src=/a,dst=/b,readonly`. */
export function parseMount(value: string): OptResult<MountSpec> {
  const rec = readCsvRecord(value);
  if (!rec.ok) return rec;
  const m = {
    type: 'volume',
    source: '',
    target: '',
    readOnly: false,
    options: {} as Record<string, string>,
  };
  for (const field of rec.fields) {
    const eq = field.indexOf('=');
    if (eq < 0) {
      const flag = MOUNT_FLAGS[field];
      if (flag === undefined)
        return { ok: false, error: `invalid field '${field}' must be a key=value pair` };
      if (flag === 'ro') m.readOnly = true;
      else m.options[flag] = 'true';
      continue;
    }
    const err = mountField(m, field.slice(0, eq), field.slice(eq + 1), field);
    if (err !== undefined) return { ok: false, error: err };
  }
  if (m.type === '') return { ok: false, error: 'type is required' };
  if (m.target === '') return { ok: false, error: 'target is required' };
  for (const [prefix, type] of [
    ['volume-', 'volume'],
    ['bind-', 'bind'],
    ['tmpfs-', 'tmpfs'],
  ] as const) {
    if (m.type !== type && Object.keys(m.options).some((k) => k.startsWith(prefix))) {
      return { ok: false, error: `cannot mix '${prefix}*' options with mount type '${m.type}'` };
    }
  }
  return { ok: true, value: m };
}

/** opts.FilterOpt.Set: `name=value` (name lower-cased, both trimmed); empty input is ignored. */
export function parseFilter(value: string): OptResult<readonly [string, string] | undefined> {
  if (value === '') return { ok: true, value: undefined };
  const eq = value.indexOf('=');
  if (eq < 0) return { ok: false, error: 'bad format of filter (expected name=value)' };
  return { ok: true, value: [value.slice(0, eq).trim().toLowerCase(), value.slice(eq + 1).trim()] };
}

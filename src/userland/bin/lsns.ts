// lsns(8) from util-linux 2.38.1: list namespaces by reading /proc/PID/ns/* of every process.
// One row per namespace, sorted by inode number, described by its lowest-PID process; COMMAND is a
// tree by process parentage unless -l. With a NAMESPACE argument, lists that namespace's processes.
//
// Simplification: NETNSID is "unassigned" (no netlink); PNS/ONS use the NS_GET_PARENT and
// NS_GET_USERNS ioctls, and read 0 where the kernel lacks them; -T owner/parent trees need them too.

import type { Command } from '../command';
import type { Gen, Program, Sys } from '../sys';
import { getopt, tryHelp } from '../libc/getopt';
import { Output, STDOUT, warn, writeAll } from '../libc/io';
import { loadUserDb, userName } from '../libc/pwd';
import { ScolsTable, printTable } from '../libc/scols';
import type { ScolsLine } from '../libc/scols';
import { UlError, exclusiveOptions, parseS32OrErr, strtoulOrErr, ulVersion } from '../libc/ulutil';
import { LSNS_COLUMNS, LSNS_HELP, LSNS_SPECS, NS_TYPES, parseColumns } from './lsns/options';
import type { LsnsColumn } from './lsns/options';
import { readNamespaces } from './lsns/read';
import type { LsnsNamespace, LsnsProcess } from './lsns/read';

const PROG = 'lsns';

interface Config {
  raw: boolean;
  json: boolean;
  noHeadings: boolean;
  list: boolean;
  tree: 'none' | 'process' | 'owner' | 'parent';
  pid: number;
  types: Set<string>;
  /** -t net was given: the default columns then include NETNSID and NSFS. */
  isNet: boolean;
  columns: LsnsColumn[];
  outarg: string | undefined;
  ns: bigint | undefined;
}

function cell(
  c: LsnsColumn,
  ns: LsnsNamespace,
  p: LsnsProcess | undefined,
  users: (uid: number) => string,
): string {
  switch (c) {
    case 'NS':
      return String(ns.id);
    case 'TYPE':
      return ns.type;
    case 'PATH':
      return p ? `/proc/${p.pid}/ns/${ns.type}` : '';
    case 'NPROCS':
      return String(ns.procs.length);
    case 'PID':
      return p ? String(p.pid) : '';
    case 'PPID':
      return p ? String(p.ppid) : '';
    case 'COMMAND':
      return p ? p.command : '';
    case 'UID':
      return p ? String(p.uid) : '';
    case 'USER':
      return p ? users(p.uid) : '';
    case 'NETNSID':
      return p && ns.type === 'net' ? 'unassigned' : '';
    case 'NSFS':
      return ns.nsfs.join(',');
    case 'PNS':
      return String(ns.parent);
    case 'ONS':
      return String(ns.owner);
  }
}

function newConfig(): Config {
  return {
    raw: false,
    json: false,
    noHeadings: false,
    list: false,
    tree: 'none',
    pid: 0,
    types: new Set(),
    isNet: false,
    columns: [],
    outarg: undefined,
    ns: undefined,
  };
}

function* parse(sys: Sys, argv: readonly string[]): Gen<Config | number> {
  const p = getopt(PROG, argv.slice(1), LSNS_SPECS);
  const fail = function* (message: string, hint = false): Gen<number> {
    yield* warn(sys, message);
    if (hint) yield* warn(sys, tryHelp(PROG));
    return 1;
  };
  if (!p.ok) return yield* fail(p.message, true);
  const cfg = newConfig();
  for (const [n, o] of p.options.entries()) {
    const excl = exclusiveOptions(PROG, p.options.slice(0, n + 1), [
      [
        ['J', 'json'],
        ['r', 'raw'],
      ],
    ]);
    if (excl) return yield* fail(excl);
    const e = applyOption(cfg, o.key, o.value ?? '');
    if (typeof e === 'string') {
      if (e === 'help' || e === 'version')
        return (yield* writeAll(sys, STDOUT, e === 'help' ? LSNS_HELP : ulVersion(PROG))) < 0 ? 1 : 0;
      return yield* fail(`${PROG}: ${e}`);
    }
  }
  const e = finish(cfg, p.operands);
  return typeof e === 'string' ? yield* fail(`${PROG}: ${e}`) : cfg;
}

/** One option; a string is an error message (or 'help'/'version'). */
function applyOption(cfg: Config, key: string, value: string): string | undefined {
  switch (key) {
    case 'J':
      cfg.json = true;
      break;
    case 'l':
      cfg.list = true;
      break;
    case 'o':
      cfg.outarg = value;
      break;
    case 'output-all':
      cfg.columns = [...LSNS_COLUMNS];
      break;
    case 'p': {
      const v = parseS32OrErr(value, 'invalid PID argument');
      if (v instanceof UlError) return v.message;
      cfg.pid = v;
      break;
    }
    case 'n':
      cfg.noHeadings = true;
      break;
    case 'r':
      cfg.raw = true;
      break;
    case 't':
      if (!NS_TYPES.includes(value)) return `unknown namespace type: ${value}`;
      cfg.types.add(value);
      if (value === 'net') cfg.isNet = true;
      break;
    case 'T': {
      const rel = value.startsWith('=') ? value.slice(1) : value;
      if (!['', 'owner', 'parent', 'process'].includes(rel)) return `unknown tree type: ${rel}`;
      cfg.tree = rel === '' ? 'owner' : (rel as Config['tree']);
      break;
    }
    case 'h':
      return 'help';
    case 'V':
      return 'version';
  }
  return undefined;
}

function finish(cfg: Config, operands: readonly string[]): string | undefined {
  if (cfg.types.size === 0) for (const t of NS_TYPES) cfg.types.add(t);
  if (operands.length > 0) {
    if (cfg.pid) return '--task is mutually exclusive with <namespace>';
    const v = strtoulOrErr(operands[0]!, 'invalid namespace argument');
    if (v instanceof UlError) return v.message;
    cfg.ns = v;
    if (cfg.tree === 'none' && !cfg.list) cfg.tree = 'process';
    if (cfg.columns.length === 0) cfg.columns = ['PID', 'PPID', 'USER', 'COMMAND'];
  }
  if (cfg.columns.length === 0) {
    cfg.columns = ['NS', 'TYPE', 'NPROCS', 'PID', 'USER'];
    if (cfg.isNet) cfg.columns.push('NETNSID', 'NSFS');
    cfg.columns.push('COMMAND');
    if (cfg.tree === 'none' && !cfg.list) cfg.tree = 'process';
  }
  if (cfg.outarg !== undefined) {
    const cols = parseColumns(cfg.outarg, cfg.columns);
    if (typeof cols === 'string') return cols;
    cfg.columns = cols;
  }
  return undefined;
}

function* lsnsMain(sys: Sys, argv: readonly string[]): Program {
  const cfg = yield* parse(sys, argv);
  if (typeof cfg === 'number') return cfg;
  const db = yield* loadUserDb(sys);
  const related = treeByNs(cfg) || cfg.columns.some((c) => c === 'PNS' || c === 'ONS');
  const data = yield* readNamespaces(sys, cfg.types, related);
  const table = new ScolsTable(
    cfg.columns.map((c) => ({
      name: c,
      right:
        ['NS', 'NPROCS', 'PID', 'PPID', 'UID', 'NETNSID', 'PNS', 'ONS'].includes(c) &&
        !(c === 'NS' && treeByNs(cfg)),
      number: ['NS', 'NPROCS', 'PID', 'PPID', 'UID', 'PNS', 'ONS'].includes(c),
      tree: (c === 'COMMAND' && cfg.tree === 'process') || (c === 'NS' && treeByNs(cfg)),
    })),
  );
  const users = (uid: number): string => userName(db, uid);
  const outline = new Map<LsnsProcess | LsnsNamespace, ScolsLine>();
  const add = (ns: LsnsNamespace, p: LsnsProcess | undefined, parent: ScolsLine | undefined): void => {
    const line = table.add(
      cfg.columns.map((c) => cell(c, ns, p, users)),
      parent,
    );
    if (treeByNs(cfg)) outline.set(ns, line);
    else if (p) outline.set(p, line);
  };
  if (cfg.ns !== undefined) {
    const ns = data.namespaces.find((n) => BigInt(n.id) === cfg.ns);
    if (!ns) {
      yield* warn(sys, `${PROG}: not found namespace: ${cfg.ns}`);
      return 1;
    }
    for (const p of ns.procs) add(ns, p, parentLine(cfg, outline, ns, p));
  } else {
    for (const ns of data.namespaces) {
      if (cfg.pid && !ns.procs.some((p) => p.pid === cfg.pid)) continue;
      showNamespace(cfg, ns, outline, add, data.namespaces);
    }
  }
  const out = new Output(sys, STDOUT);
  if (table.roots.length > 0) {
    out.print(
      printTable(table, { raw: cfg.raw, json: cfg.json, noHeadings: cfg.noHeadings, name: 'namespaces' }),
    );
  }
  return (yield* out.flush()) < 0 ? 1 : 0;
}

function treeByNs(cfg: Config): boolean {
  return cfg.tree === 'owner' || cfg.tree === 'parent';
}

function parentLine(
  cfg: Config,
  outline: ReadonlyMap<LsnsProcess | LsnsNamespace, ScolsLine>,
  ns: LsnsNamespace,
  p: LsnsProcess | undefined,
): ScolsLine | undefined {
  if (cfg.tree === 'process') return p?.parent ? outline.get(p.parent) : undefined;
  if (cfg.tree === 'parent' && ns.parentNs) return outline.get(ns.parentNs);
  if (cfg.tree === 'owner' && ns.ownerNs) return outline.get(ns.ownerNs);
  return undefined;
}

/** show_namespace(): with an owner/parent tree, show the related namespace first. */
function showNamespace(
  cfg: Config,
  ns: LsnsNamespace,
  outline: Map<LsnsProcess | LsnsNamespace, ScolsLine>,
  add: (ns: LsnsNamespace, p: LsnsProcess | undefined, parent: ScolsLine | undefined) => void,
  all: readonly LsnsNamespace[],
): void {
  if (treeByNs(cfg) && outline.has(ns)) return;
  const related =
    cfg.tree === 'owner' ? ns.ownerNs : cfg.tree === 'parent' ? (ns.parentNs ?? ns.ownerNs) : undefined;
  if (related && !outline.has(related)) showNamespace(cfg, related, outline, add, all);
  add(ns, ns.procs[0], parentLine(cfg, outline, ns, ns.procs[0]));
}

export const lsns: Command = {
  summary: 'lsns - list namespaces',
  synopsis: 'lsns [options] [<namespace>]',
  description:
    'List the namespaces of all processes (NS TYPE NPROCS PID USER COMMAND), sorted by namespace inode number.  -t TYPE shows one type, -p PID the namespaces of one process, -o chooses columns, -n omits the header, -r and -J give raw and JSON output, -l a flat list.',
  main: lsnsMain,
};

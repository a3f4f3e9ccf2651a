// ipcrm(1) from util-linux 2.38.1: remove System V IPC objects by id (-q/-m/-s) or key (-Q/-M/-S),
// all of them (-a[=shm|msg|sem]), or in the old syntax "ipcrm shm|msg|sem ID...". Each failure is
// reported ("invalid id (5)") and makes the exit status 1.

import type { Command } from '../command';
import { EACCES, EINVAL, ENOENT, EPERM, strerror } from '../../kernel/abi/errno';
import type { Gen, Program, Sys } from '../sys';
import { getopt, tryHelp } from '../libc/getopt';
import { Output, STDOUT, warn } from '../libc/io';
import { ipcList, ipcRemove } from '../libc/sysvipc';
import type { IpcKind } from '../libc/sysvipc';
import { UlError, parseS32OrErr, ulVersion } from '../libc/ulutil';
import { IPCRM_HELP, IPCRM_SPECS } from './ipcrm/options';

const PROG = 'ipcrm';
/** Identifier removed (not in abi/errno: this kernel removes objects at once). */
const EIDRM = 43;

const KIND_OF: Readonly<Record<string, IpcKind>> = {
  m: 'shm',
  q: 'msg',
  s: 'sem',
  M: 'shm',
  Q: 'msg',
  S: 'sem',
};
const NAMES: Record<IpcKind, string> = {
  shm: 'shared memory segment',
  msg: 'message queue',
  sem: 'semaphore',
};

/** remove_id(): 0, or 1 after printing why the removal failed. */
function* removeId(
  sys: Sys,
  out: Output,
  kind: IpcKind,
  id: number,
  isKey: boolean,
  verbose: boolean,
): Gen<number> {
  if (verbose) out.print(`removing ${NAMES[kind]} id \`${id}'\n`);
  yield* out.flush();
  const r = yield* ipcRemove(sys, kind, id);
  if (r >= 0) return 0;
  const what = isKey ? 'key' : 'id';
  if (r === -EACCES || r === -EPERM) yield* warn(sys, `${PROG}: permission denied for ${what} (${id})`);
  else if (r === -EINVAL) yield* warn(sys, `${PROG}: invalid ${what} (${id})`);
  else if (r === -EIDRM) yield* warn(sys, `${PROG}: already removed ${what} (${id})`);
  else yield* warn(sys, `${PROG}: ${what} failed: ${strerror(r)}`);
  return 1;
}

/** strtoll(s, NULL, 0) as key_t: decimal, 0x hex or 0 octal; junk reads as 0. */
export function parseKey(text: string): number {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(text);
  if (!m) return 0;
  const body = m[2]!;
  const v = /^0[xX]/.test(body)
    ? parseInt(body.slice(2), 16)
    : body.startsWith('0')
      ? parseInt(body, 8) || 0
      : Number(body);
  return (m[1] === '-' ? -v : v) | 0;
}

/** key_to_id(): the id of the object with this key, or -1 after a message. */
function* keyToId(sys: Sys, kind: IpcKind, text: string): Gen<number> {
  const key = parseKey(text);
  if (key === 0) {
    yield* warn(sys, `${PROG}: illegal key (${text})`);
    return -1;
  }
  const id =
    kind === 'shm'
      ? yield* sys.shmget(key, 0, 0)
      : kind === 'msg'
        ? yield* sys.msgget(key, 0)
        : yield* sys.semget(key, 0, 0);
  if (id >= 0) return id;
  const why =
    id === -EACCES
      ? 'permission denied for key'
      : id === -EIDRM
        ? 'already removed key'
        : id === -ENOENT
          ? 'invalid key'
          : undefined;
  yield* warn(sys, why ? `${PROG}: ${why} (${text})` : `${PROG}: key failed: ${strerror(id)}`);
  return -1;
}

/** remove_all(): shared memory, then semaphores, then queues. */
function* removeAll(sys: Sys, out: Output, what: IpcKind | 'all', verbose: boolean): Gen<number> {
  let failed = 0;
  for (const kind of ['shm', 'sem', 'msg'] as const) {
    if (what !== 'all' && what !== kind) continue;
    for (const obj of yield* ipcList(sys, kind))
      failed |= yield* removeId(sys, out, kind, obj.id, false, verbose);
  }
  return failed;
}

/** The old syntax: ipcrm shm|msg|sem ID... */
function* deprecated(sys: Sys, out: Output, kind: IpcKind, ids: readonly string[]): Gen<number> {
  if (ids.length === 0) {
    yield* warn(sys, `${PROG}: not enough arguments`);
    yield* warn(sys, tryHelp(PROG));
    return 1;
  }
  let failed = 0;
  for (const text of ids) {
    const id = parseS32OrErr(text, 'failed to parse argument');
    if (id instanceof UlError) {
      yield* warn(sys, `${PROG}: ${id.message}`);
      return 1;
    }
    failed |= yield* removeId(sys, out, kind, id, false, false);
  }
  if (failed) return 1;
  out.print('resource(s) deleted\n');
  return (yield* out.flush()) < 0 ? 1 : 0;
}

function* ipcrmMain(sys: Sys, argv: readonly string[]): Program {
  const out = new Output(sys, STDOUT);
  if (argv.length <= 1) return 0;
  const old = { shm: 'shm', msg: 'msg', sem: 'sem' }[argv[1]!] as IpcKind | undefined;
  if (old) return yield* deprecated(sys, out, old, argv.slice(2));
  const p = getopt(PROG, argv.slice(1), IPCRM_SPECS);
  if (!p.ok) {
    yield* warn(sys, p.message);
    yield* warn(sys, tryHelp(PROG));
    return 1;
  }
  const verbose = p.options.some((o) => o.key === 'v');
  let failed = 0;
  let all: IpcKind | 'all' | undefined;
  for (const o of p.options) {
    const v = o.value ?? '';
    if (o.key === 'h' || o.key === 'V') {
      out.print(o.key === 'h' ? IPCRM_HELP : ulVersion(PROG));
      return (yield* out.flush()) < 0 ? 1 : 0;
    }
    if (o.key === 'a') {
      if (o.value !== undefined && !['shm', 'msg', 'sem'].includes(v)) {
        yield* warn(sys, `${PROG}: unknown argument: ${v}`);
        return 1;
      }
      all = o.value === undefined ? 'all' : (v as IpcKind);
      continue;
    }
    const kind = KIND_OF[o.key];
    if (!kind) continue;
    const isKey = o.key === o.key.toUpperCase();
    const id = isKey ? yield* keyToId(sys, kind, v) : parseS32OrErr(v, 'failed to parse argument');
    if (id instanceof UlError) {
      yield* warn(sys, `${PROG}: ${id.message}`);
      return 1;
    }
    failed |= id < 0 ? 1 : yield* removeId(sys, out, kind, id, isKey, verbose);
  }
  if (all !== undefined) failed |= yield* removeAll(sys, out, all, verbose);
  yield* out.flush();
  if (p.operands.length > 0) {
    yield* warn(sys, `${PROG}: unknown argument: ${p.operands[0]}`);
    yield* warn(sys, tryHelp(PROG));
    return 1;
  }
  return failed ? 1 : 0;
}

export const ipcrm: Command = {
  summary: 'ipcrm - remove certain IPC resources',
  synopsis: 'ipcrm [options]\nipcrm shm|msg|sem <id>...',
  description:
    'Remove System V IPC objects: message queues (-q ID, -Q KEY), shared memory segments (-m ID, -M KEY), semaphore arrays (-s ID, -S KEY), or all of them (-a, or -a=msg and the like).',
  main: ipcrmMain,
};

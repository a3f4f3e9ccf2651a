// lsns(8)'s view of the system: every process in /proc with its parent, owner and command, and
// every namespace some process is in (read_processes/read_namespaces), sorted by inode number.

import type { Gen, Sys } from '../../sys';
import { isErr } from '../../sys';
import { O_RDONLY } from '../../../kernel/abi/fcntl';
import { readFile, readText } from '../../libc/io';
import { listPids, parseCmdline, parseStat } from '../../libc/proc';
import { readMountinfo } from '../../libc/mountinfo';
import { NS_TYPES } from './options';

/** ioctl_ns(2) requests. */
const NS_GET_USERNS = 0xb701;
const NS_GET_PARENT = 0xb702;

export interface LsnsProcess {
  readonly pid: number;
  readonly ppid: number;
  readonly uid: number;
  readonly command: string;
  parent: LsnsProcess | undefined;
}

export interface LsnsNamespace {
  readonly id: number;
  readonly type: string;
  /** Member processes, lowest pid first: procs[0] describes the namespace. */
  readonly procs: LsnsProcess[];
  /** nsfs bind mounts of this namespace (e.g. /run/netns/NAME). */
  nsfs: string[];
  /** Parent (pid, user) and owning user namespace inode numbers; 0 when unknown. */
  parent: number;
  owner: number;
  parentNs: LsnsNamespace | undefined;
  ownerNs: LsnsNamespace | undefined;
}

function* readProcess(sys: Sys, pid: number): Gen<LsnsProcess | undefined> {
  const statText = yield* readText(sys, `/proc/${pid}/stat`);
  const stat = isErr(statText) ? null : parseStat(statText as string);
  const dir = yield* sys.stat(`/proc/${pid}`);
  if (!stat || typeof dir === 'number') return undefined;
  const cmd = yield* readFile(sys, `/proc/${pid}/cmdline`);
  const args = isErr(cmd) ? [] : parseCmdline(cmd as Uint8Array);
  const command = args.length > 0 ? args.join(' ').trimEnd() : stat.comm;
  return { pid, ppid: stat.ppid, uid: dir.uid, command, parent: undefined };
}

/** The inode number of the namespace an nsfs ioctl hands back (0 if it fails). */
function* relatedIno(sys: Sys, path: string, request: number): Gen<number> {
  const fd = yield* sys.open(path, O_RDONLY);
  if (fd < 0) return 0;
  const r = yield* sys.ioctl(fd, request);
  yield* sys.close(fd);
  if (typeof r !== 'number' || r < 0) return 0;
  const st = yield* sys.fstat(r);
  yield* sys.close(r);
  return typeof st === 'number' ? 0 : st.ino;
}

export interface LsnsData {
  readonly procs: LsnsProcess[];
  readonly namespaces: LsnsNamespace[];
}

/** Read processes and their namespaces of the given types; `related` also asks for PNS/ONS. */
export function* readNamespaces(sys: Sys, types: ReadonlySet<string>, related = false): Gen<LsnsData> {
  const procs: LsnsProcess[] = [];
  const byId = new Map<number, LsnsNamespace>();
  for (const pid of yield* listPids(sys)) {
    const p = yield* readProcess(sys, pid);
    if (!p) continue;
    procs.push(p);
    for (const type of NS_TYPES) {
      if (!types.has(type)) continue;
      const st = yield* sys.stat(`/proc/${pid}/ns/${type}`);
      if (typeof st === 'number') continue;
      let ns = byId.get(st.ino);
      if (!ns) {
        ns = {
          id: st.ino,
          type,
          procs: [],
          nsfs: [],
          parent: 0,
          owner: 0,
          parentNs: undefined,
          ownerNs: undefined,
        };
        byId.set(st.ino, ns);
      }
      ns.procs.push(p);
    }
    yield* sys.compute(1000);
  }
  for (const p of procs) p.parent = procs.find((q) => q.pid === p.ppid);
  const namespaces = [...byId.values()].sort((a, b) => a.id - b.id);
  const mounts = yield* readMountinfo(sys);
  for (const ns of namespaces) {
    if (!isErr(mounts))
      ns.nsfs = mounts
        .filter((m) => m.fstype === 'nsfs' && m.root === `${ns.type}:[${ns.id}]`)
        .map((m) => m.target);
    if (!related) continue;
    const path = `/proc/${ns.procs[0]!.pid}/ns/${ns.type}`;
    ns.owner = yield* relatedIno(sys, path, NS_GET_USERNS);
    ns.parent = yield* relatedIno(sys, path, NS_GET_PARENT);
    ns.ownerNs = byId.get(ns.owner);
    ns.parentNs = byId.get(ns.parent);
  }
  return { procs, namespaces };
}

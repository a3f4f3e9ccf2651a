// unshare(1)'s command line (util-linux 2.38.1): the --help text and the options collected into
// one request, with the messages util-linux exits with for bad values.

import {
  CLONE_NEWCGROUP,
  CLONE_NEWIPC,
  CLONE_NEWNET,
  CLONE_NEWNS,
  CLONE_NEWPID,
  CLONE_NEWTIME,
  CLONE_NEWUSER,
  CLONE_NEWUTS,
} from '../../../kernel/abi/sched';
import { MS_PRIVATE, MS_REC, MS_SHARED, MS_SLAVE } from '../../../kernel/abi/mount';
import { SIGKILL } from '../../../kernel/abi/signal';
import type { OptionSpec, ParsedOption } from '../../libc/getopt';
import { signalNumber } from '../../libc/signame';
import { UlError, parseU32OrErr } from '../../libc/ulutil';

export const UNSHARE_HELP = `
Usage:
 unshare [options] [<program> [<argument>...]]

Run a program with some namespaces unshared from the parent.

Options:
 -m, --mount[=<file>]      unshare mounts namespace
 -u, --uts[=<file>]        unshare UTS namespace (hostname etc)
 -i, --ipc[=<file>]        unshare System V IPC namespace
 -n, --net[=<file>]        unshare network namespace
 -p, --pid[=<file>]        unshare pid namespace
 -U, --user[=<file>]       unshare user namespace
 -C, --cgroup[=<file>]     unshare cgroup namespace
 -T, --time[=<file>]       unshare time namespace

 -f, --fork                fork before launching <program>
 --map-user=<uid>|<name>   map current user to uid (implies --user)
 --map-group=<gid>|<name>  map current group to gid (implies --user)
 -r, --map-root-user       map current user to root (implies --user)
 -c, --map-current-user    map current user to itself (implies --user)
 --map-auto                map users and groups automatically (implies --user)
 --map-users=<outeruid>,<inneruid>,<count>
                           map count users from outeruid to inneruid (implies --user)
 --map-groups=<outergid>,<innergid>,<count>
                           map count groups from outergid to innergid (implies --user)

 --kill-child[=<signame>]  when dying, kill the forked child (implies --fork)
                             defaults to SIGKILL
 --mount-proc[=<dir>]      mount proc filesystem first (implies --mount)
 --propagation slave|shared|private|unchanged
                           modify mount propagation in mount namespace
 --setgroups allow|deny    control the setgroups syscall in user namespaces
 --keep-caps               retain capabilities granted in user namespaces

 -R, --root=<dir>          run the command with root directory set to <dir>
 -w, --wd=<dir>            change working directory to <dir>
 -S, --setuid <uid>        set uid in entered namespace
 -G, --setgid <gid>        set gid in entered namespace
 --monotonic <offset>      set clock monotonic offset (seconds) in time namespaces
 --boottime <offset>       set clock boottime offset (seconds) in time namespaces

 -h, --help                display this help
 -V, --version             display version

For more details see unshare(1).
`;

/** The namespace options in namespace_files order (the order persistent bind mounts are made). */
export const NS_OPTIONS: ReadonlyArray<readonly [key: string, long: string, flag: number, file: string]> = [
  ['U', 'user', CLONE_NEWUSER, 'ns/user'],
  ['C', 'cgroup', CLONE_NEWCGROUP, 'ns/cgroup'],
  ['i', 'ipc', CLONE_NEWIPC, 'ns/ipc'],
  ['u', 'uts', CLONE_NEWUTS, 'ns/uts'],
  ['n', 'net', CLONE_NEWNET, 'ns/net'],
  ['p', 'pid', CLONE_NEWPID, 'ns/pid_for_children'],
  ['m', 'mount', CLONE_NEWNS, 'ns/mnt'],
  ['T', 'time', CLONE_NEWTIME, 'ns/time_for_children'],
];

export const UNSHARE_SPECS: OptionSpec[] = [
  ...NS_OPTIONS.flatMap(([key, long]): OptionSpec[] => [
    { key, short: key },
    { key, long, arg: 'optional' },
  ]),
  { key: 'h', short: 'h', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
  { key: 'f', short: 'f', long: 'fork' },
  { key: 'kill-child', long: 'kill-child', arg: 'optional' },
  { key: 'mount-proc', long: 'mount-proc', arg: 'optional' },
  { key: 'map-user', long: 'map-user', arg: true },
  { key: 'map-users', long: 'map-users', arg: true },
  { key: 'map-group', long: 'map-group', arg: true },
  { key: 'map-groups', long: 'map-groups', arg: true },
  { key: 'r', short: 'r', long: 'map-root-user' },
  { key: 'c', short: 'c', long: 'map-current-user' },
  { key: 'map-auto', long: 'map-auto' },
  { key: 'propagation', long: 'propagation', arg: true },
  { key: 'setgroups', long: 'setgroups', arg: true },
  { key: 'keep-caps', long: 'keep-caps' },
  { key: 'S', short: 'S', long: 'setuid', arg: true },
  { key: 'G', short: 'G', long: 'setgid', arg: true },
  { key: 'R', short: 'R', long: 'root', arg: true },
  { key: 'w', short: 'w', long: 'wd', arg: true },
  { key: 'monotonic', long: 'monotonic', arg: true },
  { key: 'boottime', long: 'boottime', arg: true },
];

/** An id range for newuidmap/newgidmap: --map-users=OUTER,INNER,COUNT. */
export interface MapRange {
  readonly outer: number;
  readonly inner: number;
  readonly count: number;
}

export interface UnshareRequest {
  flags: number;
  /** Persistent namespace files: CLONE_NEW* flag → path to bind-mount the namespace on. */
  readonly targets: Map<number, string>;
  fork: boolean;
  killChild: number;
  procmnt: string | undefined;
  /** uid/gid to map the caller's euid/egid to; 'current' for --map-current-user. */
  mapUser: number | 'current' | undefined;
  mapGroup: number | 'current' | undefined;
  usermap: MapRange | 'auto' | undefined;
  groupmap: MapRange | 'auto' | undefined;
  setgroups: 'allow' | 'deny' | undefined;
  propagation: number;
  uid: number | undefined;
  gid: number | undefined;
  root: string | undefined;
  wd: string | undefined;
  monotonic: bigint | undefined;
  boottime: bigint | undefined;
}

/** Looks up a user or group name (getpwnam/getgrnam); undefined if there is none. */
export type IdLookup = (kind: 'user' | 'group', name: string) => number | undefined;

const PROPAGATION: Readonly<Record<string, number>> = {
  slave: MS_REC | MS_SLAVE,
  private: MS_REC | MS_PRIVATE,
  shared: MS_REC | MS_SHARED,
  unchanged: 0,
};

/** get_map_range(): "OUTER,INNER,COUNT" (string_to_idarray with parse_id). */
export function parseMapRange(text: string): MapRange | UlError {
  const parts = text.split(',');
  if (parts.length > 3) return new UlError(`too many elements for mapping '${text}'`);
  const ids: number[] = [];
  for (const p of parts) {
    const v = parseU32OrErr(p, 'could not parse ID');
    if (v instanceof UlError) return v;
    ids.push(v);
  }
  if (ids.length !== 3) return new UlError(`mapping '${text}' contains only ${ids.length} elements`);
  return { outer: ids[0]!, inner: ids[1]!, count: ids[2]! };
}

/** strtos64_or_err() for the time offsets. */
function parseOffset(text: string, what: string): bigint | UlError {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(text);
  if (!m) return new UlError(`${what}: '${text}'`);
  const v = BigInt(m[1]!);
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) return new UlError(`${what}: '${text}'`);
  return v;
}

function newRequest(): UnshareRequest {
  return {
    flags: 0,
    targets: new Map(),
    fork: false,
    killChild: 0,
    procmnt: undefined,
    mapUser: undefined,
    mapGroup: undefined,
    usermap: undefined,
    groupmap: undefined,
    setgroups: undefined,
    propagation: MS_REC | MS_PRIVATE,
    uid: undefined,
    gid: undefined,
    root: undefined,
    wd: undefined,
    monotonic: undefined,
    boottime: undefined,
  };
}

/** Store a parsed value, or pass its error on. */
function set<T>(value: T | UlError, store: (x: T) => void): UlError | undefined {
  if (value instanceof UlError) return value;
  store(value);
  return undefined;
}

function mapId(kind: 'user' | 'group', text: string, lookup: IdLookup): number | UlError {
  const id = lookup(kind, text);
  return id ?? parseU32OrErr(text, kind === 'user' ? 'failed to parse uid' : 'failed to parse gid');
}

/** Apply one option; an UlError stops the program as errx() would. */
function apply(r: UnshareRequest, o: ParsedOption, lookup: IdLookup): UlError | undefined {
  const v = o.value ?? '';
  const ns = NS_OPTIONS.find(([key]) => key === o.key);
  if (ns) {
    r.flags |= ns[2];
    if (o.value !== undefined) r.targets.set(ns[2], o.value);
    return undefined;
  }
  switch (o.key) {
    case 'f':
      r.fork = true;
      return undefined;
    case 'mount-proc':
      r.flags |= CLONE_NEWNS;
      r.procmnt = o.value ?? '/proc';
      return undefined;
    case 'map-user':
      r.flags |= CLONE_NEWUSER;
      return set(mapId('user', v, lookup), (x) => (r.mapUser = x));
    case 'map-group':
      r.flags |= CLONE_NEWUSER;
      return set(mapId('group', v, lookup), (x) => (r.mapGroup = x));
    case 'r':
    case 'c':
      r.flags |= CLONE_NEWUSER;
      r.mapUser = r.mapGroup = o.key === 'r' ? 0 : 'current';
      return undefined;
    case 'map-users':
      r.flags |= CLONE_NEWUSER;
      return set(parseMapRange(v), (x) => (r.usermap = x));
    case 'map-groups':
      r.flags |= CLONE_NEWUSER;
      return set(parseMapRange(v), (x) => (r.groupmap = x));
    case 'map-auto':
      r.flags |= CLONE_NEWUSER;
      r.usermap = r.groupmap = 'auto';
      return undefined;
    default:
      return applyMore(r, o, v);
  }
}

function applyMore(r: UnshareRequest, o: ParsedOption, v: string): UlError | undefined {
  switch (o.key) {
    case 'setgroups':
      if (v !== 'allow' && v !== 'deny') return new UlError(`unsupported --setgroups argument '${v}'`);
      r.setgroups = v;
      return undefined;
    case 'propagation': {
      const p = PROPAGATION[v];
      if (p === undefined) return new UlError(`unsupported propagation mode: ${v}`);
      r.propagation = p;
      return undefined;
    }
    case 'kill-child': {
      r.fork = true;
      const sig = o.value === undefined ? SIGKILL : /^\d/.test(o.value) ? -1 : signalNumber(o.value);
      if (sig <= 0) return new UlError(`unknown signal: ${v}`);
      r.killChild = sig;
      return undefined;
    }
    case 'S':
      return set(parseU32OrErr(v, 'failed to parse uid'), (x) => (r.uid = x));
    case 'G':
      return set(parseU32OrErr(v, 'failed to parse gid'), (x) => (r.gid = x));
    case 'R':
      r.root = v;
      return undefined;
    case 'w':
      r.wd = v;
      return undefined;
    case 'monotonic':
      return set(parseOffset(v, 'failed to parse monotonic offset'), (x) => (r.monotonic = x));
    case 'boottime':
      return set(parseOffset(v, 'failed to parse boottime offset'), (x) => (r.boottime = x));
    default:
      return undefined;
  }
}

/** Collect the options in order, as unshare's getopt loop does. */
export function unshareRequest(options: readonly ParsedOption[], lookup: IdLookup): UnshareRequest | UlError {
  const r = newRequest();
  for (const o of options) {
    const e = apply(r, o, lookup);
    if (e) return e;
  }
  if ((r.monotonic !== undefined || r.boottime !== undefined) && !(r.flags & CLONE_NEWTIME))
    return new UlError('options --monotonic and --boottime require unsharing of a time namespace (-t)');
  return r;
}

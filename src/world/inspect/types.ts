// What the views see: plain, serialisable snapshots of the machine's inside, taken on demand.
// Every number is the model's own (host pids, namespace inode numbers, cgroup file values), so a
// view and `ls -l /proc/PID/ns` or `cat cpu.stat` always agree.

export type NsKind = 'cgroup' | 'ipc' | 'mnt' | 'net' | 'pid' | 'time' | 'user' | 'uts';

export const NS_KINDS: readonly NsKind[] = ['pid', 'mnt', 'uts', 'net', 'ipc', 'user', 'cgroup', 'time'];

/** One process, as `ps` and /proc/PID show it, plus where it lives. */
export interface ProcessInfo {
  /** The pid in the initial pid namespace. */
  readonly pid: number;
  readonly ppid: number;
  readonly comm: string;
  /** /proc/PID/cmdline with NULs turned into spaces. */
  readonly args: string;
  /** R, S, D, T, Z as in /proc/PID/stat. */
  readonly state: string;
  readonly uid: number;
  /** Its pid in every pid namespace it is visible in, from the initial one down to its own. */
  readonly nsPids: readonly { readonly ns: number; readonly pid: number }[];
  /** Namespace inode numbers, as /proc/PID/ns/KIND links show them. */
  readonly ns: Readonly<Record<NsKind, number>>;
  /** Its cgroup path (unified hierarchy, or the first v1 line of /proc/PID/cgroup). */
  readonly cgroup: string;
  readonly rssBytes: number;
  /** User + system CPU time used, in nanoseconds. */
  readonly cpuNs: number;
  /** Virtual time it started, nanoseconds since boot. */
  readonly startNs: number;
  /** Its UTS nodename (the hostname it sees). */
  readonly hostname: string;
}

export interface NamespaceInfo {
  readonly kind: NsKind;
  readonly inode: number;
  /** True for the namespaces the machine booted with. */
  readonly initial: boolean;
  /** The parent namespace (pid and user namespaces nest); undefined for the others. */
  readonly parent?: number;
  /** Host pids of the live processes in it. */
  readonly pids: readonly number[];
}

export interface ProcessSnapshot {
  readonly timeNs: number;
  readonly processes: readonly ProcessInfo[];
  readonly namespaces: readonly NamespaceInfo[];
}

/** A process in a cgroup: its host pid and command name. */
export interface CgroupProcess {
  readonly pid: number;
  readonly comm: string;
}

/** One cgroup, its limits and live usage; v1 hierarchies are merged by path. */
export interface CgroupInfo {
  /** '/' for the root, else e.g. '/system.slice/docker-<id>.scope' or '/docker/<id>'. */
  readonly path: string;
  /** Host pids in cgroup.procs (of the cpu hierarchy under v1). */
  readonly procs: readonly number[];
  /** The same processes with their names (comm), by pid. */
  readonly processes: readonly CgroupProcess[];
  readonly cpu: {
    /** cpu.max quota / cpu.cfs_quota_us in microseconds; null for "max" / -1. */
    readonly quotaUs: number | null;
    readonly periodUs: number;
    /** cpu.stat usage_usec (cpuacct.usage / 1000 under v1). */
    readonly usageUs: number;
    readonly nrPeriods: number;
    readonly nrThrottled: number;
    readonly throttledUs: number;
  };
  readonly memory: {
    /** memory.max / memory.limit_in_bytes; null when unlimited. */
    readonly maxBytes: number | null;
    readonly currentBytes: number;
    /** memory.events oom_kill (v1: memory.oom_control's oom_kill). */
    readonly oomKills: number;
  };
  readonly pids: {
    readonly max: number | null;
    readonly current: number;
  };
}

export interface CgroupSnapshot {
  readonly timeNs: number;
  readonly version: 1 | 2;
  /** Parents before children, sorted by path. */
  readonly cgroups: readonly CgroupInfo[];
  /** Virtual CPUs of the machine (100 % of one CPU = periodUs of quota per period). */
  readonly cpus: number;
  /** The machine's memory (MemTotal), the scale for groups without memory.max. */
  readonly memoryBytes: number;
}

export interface MountInfo {
  readonly id: number;
  readonly parentId: number;
  /** The mount point as seen from the namespace's root. */
  readonly target: string;
  readonly source: string;
  readonly fstype: string;
  /** Per-mount options (mountinfo field 6), e.g. 'rw,nosuid,nodev,relatime'. */
  readonly options: string;
  /** The filesystem's own options (mountinfo's last field), e.g. 'rw,lowerdir=…,upperdir=…'. */
  readonly superOptions: string;
  /** The mount's root within its filesystem (field 4): not '/' for a bind mount of a subtree. */
  readonly root: string;
  /** major:minor of the filesystem (field 3). */
  readonly device: string;
  /** 'private', 'shared', 'slave' or 'unbindable', and the optional fields as mountinfo prints them. */
  readonly propagation: string;
  readonly optionalFields: string;
  /** For overlay mounts, the option parts spelt out. */
  readonly overlay?: {
    readonly lowerdir: readonly string[];
    readonly upperdir: string;
    readonly workdir: string;
  };
}

/** The process a namespace is named after in the views: its lowest host pid. */
export interface NsLeader {
  readonly pid: number;
  readonly comm: string;
  readonly args: string;
}

export interface MountNamespaceInfo {
  readonly inode: number;
  readonly initial: boolean;
  readonly pids: readonly number[];
  /** The lowest pid in it; its root and mountinfo are the ones shown. */
  readonly leader?: NsLeader;
  /** The UTS hostname the leader sees (a container's short id). */
  readonly hostname: string;
  /** In /proc/PID/mountinfo order. */
  readonly mounts: readonly MountInfo[];
}

export interface InterfaceInfo {
  readonly index: number;
  readonly name: string;
  readonly kind: 'loopback' | 'veth' | 'bridge' | 'other';
  readonly up: boolean;
  /** UP, DOWN, UNKNOWN, LOWERLAYERDOWN as `ip link` shows it. */
  readonly operstate: string;
  readonly mtu: number;
  readonly mac: string;
  /** CIDR notation, e.g. '172.17.0.2/16'. */
  readonly addresses: readonly string[];
  /** The bridge it is enslaved to, by name. */
  readonly master?: string;
  /** A veth's other end. */
  readonly peer?: { readonly netns: number; readonly index: number; readonly name: string };
}

export interface NetNamespaceInfo {
  readonly inode: number;
  readonly initial: boolean;
  readonly pids: readonly number[];
  readonly leader?: NsLeader;
  readonly hostname: string;
  /** Where it is bind-mounted (`ip netns add NAME` makes /run/netns/NAME). */
  readonly bindMounts?: readonly string[];
  readonly interfaces: readonly InterfaceInfo[];
}

export interface MachineSnapshot {
  readonly timeNs: number;
  readonly mountNamespaces: readonly MountNamespaceInfo[];
  readonly netNamespaces: readonly NetNamespaceInfo[];
  readonly memory: { readonly totalBytes: number; readonly usedBytes: number };
  readonly cpus: number;
  readonly kernelRelease: string;
}

// What a traced call means for a learner: classify() picks out the calls that build a container
// (namespaces, mounts, pivot_root, cgroups, exec, clone) and explain() says in one line what the
// call did, from the record alone (the path of the fd written to identifies cgroup files).

import { decode } from '../../lib/utf8';
import type { TraceRecord, TraceSyscall, TraceValue } from '../../kernel/abi/trace';
import { isBytes } from './quote';

export type TraceClass = 'namespace' | 'mount' | 'pivot_root' | 'cgroup' | 'exec' | 'clone';

const CGROUP_ROOT = '/sys/fs/cgroup';
const CLONE_NEW_MASK = 0x7e020000;

/** Namespace flag bits and their names, in the order explanations list them. */
const NS_WORDS: ReadonlyArray<readonly [number, string]> = [
  [0x20000000, 'pid'],
  [0x00020000, 'mount'],
  [0x04000000, 'UTS'],
  [0x08000000, 'IPC'],
  [0x40000000, 'network'],
  [0x10000000, 'user'],
  [0x02000000, 'cgroup'],
  [0x00000080, 'time'],
];

const NS_FILE_WORDS: Readonly<Record<string, string>> = {
  pid: 'pid',
  mnt: 'mount',
  uts: 'UTS',
  ipc: 'IPC',
  net: 'network',
  user: 'user',
  cgroup: 'cgroup',
  time: 'time',
};

function arg(rec: TraceSyscall, i: number): TraceValue {
  return rec.args[i];
}

function num(rec: TraceSyscall, i: number): number {
  const v = arg(rec, i);
  return typeof v === 'number' ? v : 0;
}

function str(rec: TraceSyscall, i: number): string {
  const v = arg(rec, i);
  return typeof v === 'string' ? v : '';
}

function text(v: TraceValue): string {
  if (typeof v === 'string') return v;
  if (isBytes(v)) return decode(v.bytes);
  return '';
}

function isCgroupPath(p: string | undefined): p is string {
  return p !== undefined && (p === CGROUP_ROOT || p.startsWith(CGROUP_ROOT + '/'));
}

/** The kind of container-building step a record is, or undefined for an ordinary call. */
export function classify(rec: TraceRecord): TraceClass | undefined {
  if (rec.type !== 'syscall') return undefined;
  switch (rec.sys) {
    case 'clone':
      return num(rec, 0) & CLONE_NEW_MASK ? 'namespace' : 'clone';
    case 'unshare':
    case 'setns':
      return 'namespace';
    case 'mount':
    case 'umount2':
      return 'mount';
    case 'pivot_root':
      return 'pivot_root';
    case 'execve':
      return 'exec';
    case 'write':
      return isCgroupPath(rec.fdPath) ? 'cgroup' : undefined;
    case 'mkdir':
    case 'rmdir':
      return isCgroupPath(str(rec, 0)) ? 'cgroup' : undefined;
    default:
      return undefined;
  }
}

function nsList(flags: number): string {
  const words = NS_WORDS.filter(([bit]) => flags & bit).map(([, w]) => w);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

function plural(flags: number): string {
  return NS_WORDS.filter(([bit]) => flags & bit).length === 1 ? 'namespace' : 'namespaces';
}

function ok(rec: TraceSyscall): boolean {
  return !(typeof rec.result === 'number' && rec.result < 0);
}

/** The cgroup a file under /sys/fs/cgroup belongs to, as /proc/PID/cgroup names it. */
function cgroupOf(file: string): string {
  const dir = file.slice(0, file.lastIndexOf('/'));
  return dir.slice(CGROUP_ROOT.length) || '/';
}

function explainCgroupWrite(rec: TraceSyscall): string {
  const file = rec.fdPath ?? '';
  const name = file.slice(file.lastIndexOf('/') + 1);
  const value = text(arg(rec, 1)).trim();
  const group = cgroupOf(file);
  switch (name) {
    case 'cgroup.procs':
    case 'tasks':
      return `writes pid ${value} into ${name}: moves it into cgroup ${group}`;
    case 'cpu.max': {
      const [quota, period] = value.split(/\s+/);
      if (quota === 'max') return `lifts the CPU limit of cgroup ${group}`;
      const pct = Math.round((Number(quota) / Number(period ?? 100000)) * 100);
      return `limits cgroup ${group} to ${quota} µs of CPU time per ${period ?? '100000'} µs period (${pct}% of one CPU)`;
    }
    case 'memory.max':
      return `sets the memory limit of cgroup ${group} to ${value === 'max' ? 'unlimited' : `${value} bytes`}`;
    case 'pids.max':
      return `limits cgroup ${group} to ${value === 'max' ? 'any number of' : value} processes`;
    case 'cgroup.subtree_control':
      return `enables controllers ${value} for the children of cgroup ${group}`;
    case 'cgroup.freeze':
      return value === '1' ? `freezes every process in cgroup ${group}` : `thaws cgroup ${group}`;
    default:
      return `writes "${value}" to ${name} of cgroup ${group}`;
  }
}

function explainMount(rec: TraceSyscall): string {
  const [source, target, type, flags, data] = [
    str(rec, 0),
    str(rec, 1),
    str(rec, 2),
    num(rec, 3),
    str(rec, 4),
  ];
  if (flags & 0x40000 || flags & 0x80000 || flags & 0x100000 || flags & 0x20000) {
    const kind =
      flags & 0x40000 ? 'private' : flags & 0x80000 ? 'slave' : flags & 0x100000 ? 'shared' : 'unbindable';
    const rec_ = flags & 0x4000 ? ' and every mount below it' : '';
    if (kind === 'shared') return `makes ${target}${rec_} shared: mount events propagate between its peers`;
    return `makes ${target}${rec_} ${kind}: mount events no longer propagate to other namespaces`;
  }
  if (flags & 0x1000)
    return `bind-mounts ${source} onto ${target}${flags & 0x4000 ? ' (with the mounts below it)' : ''}`;
  if (flags & 0x20) return `remounts ${target}${flags & 1 ? ' read-only' : ''}`;
  if (type === 'overlay') {
    const lowers = /(?:^|,)lowerdir=([^,]*)/.exec(data)?.[1]?.split(':').length ?? 0;
    return `mounts an overlay filesystem on ${target}: ${lowers} read-only image layer${lowers === 1 ? '' : 's'} below, writes go to the upperdir`;
  }
  if (type === 'proc')
    return `mounts a proc filesystem on ${target}: it lists the processes of this pid namespace`;
  if (type === 'cgroup2') return `mounts the cgroup v2 hierarchy on ${target}`;
  return `mounts a ${type || 'filesystem'} filesystem${source && source !== 'none' && source !== type ? ` from ${source}` : ''} on ${target}`;
}

function explainClone(rec: TraceSyscall): string {
  const flags = num(rec, 0);
  const pid = typeof rec.result === 'number' && rec.result > 0 ? ` (pid ${rec.result})` : '';
  if (flags & CLONE_NEW_MASK) return `creates a process${pid} in new ${nsList(flags)} ${plural(flags)}`;
  return `creates a child process${pid} in the same namespaces`;
}

function explainSetns(rec: TraceSyscall): string {
  const file = rec.fdPath ?? '';
  const kind = /^(\w+):\[/.exec(file)?.[1] ?? /\/ns\/(\w+)$/.exec(file)?.[1];
  const word = kind ? NS_FILE_WORDS[kind] : undefined;
  const what = word ?? nsList(num(rec, 1));
  const where = file ? ` (${file})` : '';
  return `joins the ${what ? what + ' ' : ''}namespace of the file open on fd ${num(rec, 0)}${where}`;
}

function explainOk(rec: TraceSyscall): string | undefined {
  switch (rec.sys) {
    case 'clone':
      return explainClone(rec);
    case 'unshare': {
      const flags = num(rec, 0);
      const pidNote =
        flags & 0x20000000 ? ' (a new pid namespace applies to the children it creates next)' : '';
      return `moves the calling process into new ${nsList(flags)} ${plural(flags)}${pidNote}`;
    }
    case 'setns':
      return explainSetns(rec);
    case 'mount':
      return explainMount(rec);
    case 'umount2':
      return `unmounts ${str(rec, 0)}${num(rec, 1) & 2 ? ' (lazily: it disappears now, and goes once unused)' : ''}`;
    case 'pivot_root': {
      const [root, old] = [str(rec, 0), str(rec, 1)];
      if (root === old)
        return `makes ${root} the new root filesystem; the old root is stacked under it, to be unmounted next`;
      return `makes ${root} the new root filesystem and moves the old root to ${old}`;
    }
    case 'execve':
      return `replaces the program of process ${rec.pid} with ${str(rec, 0)}`;
    case 'write':
      return explainCgroupWrite(rec);
    case 'mkdir':
      return `creates cgroup ${str(rec, 0).slice(CGROUP_ROOT.length)}`;
    case 'rmdir':
      return `removes cgroup ${str(rec, 0).slice(CGROUP_ROOT.length)}`;
    default:
      return undefined;
  }
}

/** One plain-English line for a classified call (undefined for other records). */
export function explain(rec: TraceRecord): string | undefined {
  if (rec.type !== 'syscall' || !classify(rec)) return undefined;
  if (!ok(rec)) return `tries to ${rec.name} but fails`;
  return explainOk(rec);
}

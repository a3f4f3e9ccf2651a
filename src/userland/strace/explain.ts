// What a traced call means for a learner: classify() picks out the calls that build a container
// (namespaces, mounts, pivot_root, cgroups, exec, clone) and explain() says in one line what the
// call did, from the record alone (the path of the fd written to identifies cgroup files).
// explainMessage() gives the same line as a message (a key and its values) so the page can say it
// in the learner's language; explain() renders it in English with EXPLAIN_EN.

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

/** One explanation: a message key and its values (`namespaces`: words, listed "a, b and c"). */
export interface Explanation {
  readonly key: string;
  readonly values: Readonly<Record<string, string | number | readonly string[]>>;
}

/** The English lines, keyed as in the page's locale files (`_one`/`_other`: by `count`). */
export const EXPLAIN_EN: Readonly<Record<string, string>> = {
  cgroupProcs: 'writes pid {{value}} into {{file}}: moves it into cgroup {{group}}',
  cpuUnlimited: 'lifts the CPU limit of cgroup {{group}}',
  cpuLimit:
    'limits cgroup {{group}} to {{quota}} µs of CPU time per {{period}} µs period ({{pct}}% of one CPU)',
  memoryUnlimited: 'sets the memory limit of cgroup {{group}} to unlimited',
  memoryLimit: 'sets the memory limit of cgroup {{group}} to {{value}} bytes',
  pidsUnlimited: 'limits cgroup {{group}} to any number of processes',
  pidsLimit: 'limits cgroup {{group}} to {{value}} processes',
  subtreeControl: 'enables controllers {{value}} for the children of cgroup {{group}}',
  freeze: 'freezes every process in cgroup {{group}}',
  thaw: 'thaws cgroup {{group}}',
  cgroupWrite: 'writes "{{value}}" to {{file}} of cgroup {{group}}',
  makeShared: 'makes {{target}} shared: mount events propagate between its peers',
  makeSharedRec: 'makes {{target}} and every mount below it shared: mount events propagate between its peers',
  makeKind: 'makes {{target}} {{kind}}: mount events no longer propagate to other namespaces',
  makeKindRec:
    'makes {{target}} and every mount below it {{kind}}: mount events no longer propagate to other namespaces',
  bind: 'bind-mounts {{source}} onto {{target}}',
  bindRec: 'bind-mounts {{source}} onto {{target}} (with the mounts below it)',
  remount: 'remounts {{target}}',
  remountRo: 'remounts {{target}} read-only',
  overlay_one:
    'mounts an overlay filesystem on {{target}}: {{count}} read-only image layer below, writes go to the upperdir',
  overlay_other:
    'mounts an overlay filesystem on {{target}}: {{count}} read-only image layers below, writes go to the upperdir',
  proc: 'mounts a proc filesystem on {{target}}: it lists the processes of this pid namespace',
  cgroup2: 'mounts the cgroup v2 hierarchy on {{target}}',
  mountFs: 'mounts a {{type}} filesystem on {{target}}',
  mountFsFrom: 'mounts a {{type}} filesystem from {{source}} on {{target}}',
  cloneNs_one: 'creates a process in new {{namespaces}} namespace',
  cloneNs_other: 'creates a process in new {{namespaces}} namespaces',
  cloneNsPid_one: 'creates a process (pid {{pid}}) in new {{namespaces}} namespace',
  cloneNsPid_other: 'creates a process (pid {{pid}}) in new {{namespaces}} namespaces',
  clone: 'creates a child process in the same namespaces',
  clonePid: 'creates a child process (pid {{pid}}) in the same namespaces',
  setns: 'joins the {{namespaces}} namespace of the file open on fd {{fd}}',
  setnsFile: 'joins the {{namespaces}} namespace of the file open on fd {{fd}} ({{file}})',
  setnsAny: 'joins the namespace of the file open on fd {{fd}}',
  setnsAnyFile: 'joins the namespace of the file open on fd {{fd}} ({{file}})',
  unshare_one: 'moves the calling process into new {{namespaces}} namespace',
  unshare_other: 'moves the calling process into new {{namespaces}} namespaces',
  unsharePid_one:
    'moves the calling process into new {{namespaces}} namespace (a new pid namespace applies to the children it creates next)',
  unsharePid_other:
    'moves the calling process into new {{namespaces}} namespaces (a new pid namespace applies to the children it creates next)',
  umount: 'unmounts {{target}}',
  umountLazy: 'unmounts {{target}} (lazily: it disappears now, and goes once unused)',
  pivotStacked:
    'makes {{root}} the new root filesystem; the old root is stacked under it, to be unmounted next',
  pivotMoved: 'makes {{root}} the new root filesystem and moves the old root to {{old}}',
  exec: 'replaces the program of process {{pid}} with {{path}}',
  mkdir: 'creates cgroup {{group}}',
  rmdir: 'removes cgroup {{group}}',
  fails: 'tries to {{name}} but fails',
};

/** "a", "a and b", "a, b and c". */
function englishList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

/** An explanation in English. */
export function renderEnglish(m: Explanation): string {
  const count = m.values['count'];
  const template = EXPLAIN_EN[m.key] ?? EXPLAIN_EN[`${m.key}_${count === 1 ? 'one' : 'other'}`] ?? m.key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const v = m.values[name];
    return typeof v === 'object' ? englishList(v) : String(v ?? '');
  });
}

const msg = (key: string, values: Explanation['values'] = {}): Explanation => ({ key, values });

function nsWords(flags: number): string[] {
  return NS_WORDS.filter(([bit]) => flags & bit).map(([, w]) => w);
}

function ok(rec: TraceSyscall): boolean {
  return !(typeof rec.result === 'number' && rec.result < 0);
}

/** The cgroup a file under /sys/fs/cgroup belongs to, as /proc/PID/cgroup names it. */
function cgroupOf(file: string): string {
  const dir = file.slice(0, file.lastIndexOf('/'));
  return dir.slice(CGROUP_ROOT.length) || '/';
}

function explainCgroupWrite(rec: TraceSyscall): Explanation {
  const file = rec.fdPath ?? '';
  const name = file.slice(file.lastIndexOf('/') + 1);
  const value = text(arg(rec, 1)).trim();
  const group = cgroupOf(file);
  switch (name) {
    case 'cgroup.procs':
    case 'tasks':
      return msg('cgroupProcs', { value, file: name, group });
    case 'cpu.max': {
      const [quota, period] = value.split(/\s+/);
      if (quota === 'max') return msg('cpuUnlimited', { group });
      const pct = Math.round((Number(quota) / Number(period ?? 100000)) * 100);
      return msg('cpuLimit', { group, quota: quota ?? '', period: period ?? '100000', pct });
    }
    case 'memory.max':
      return value === 'max' ? msg('memoryUnlimited', { group }) : msg('memoryLimit', { group, value });
    case 'pids.max':
      return value === 'max' ? msg('pidsUnlimited', { group }) : msg('pidsLimit', { group, value });
    case 'cgroup.subtree_control':
      return msg('subtreeControl', { value, group });
    case 'cgroup.freeze':
      return msg(value === '1' ? 'freeze' : 'thaw', { group });
    default:
      return msg('cgroupWrite', { value, file: name, group });
  }
}

function explainMount(rec: TraceSyscall): Explanation {
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
    const rec_ = flags & 0x4000 ? 'Rec' : '';
    if (kind === 'shared') return msg(`makeShared${rec_}`, { target });
    return msg(`makeKind${rec_}`, { target, kind });
  }
  if (flags & 0x1000) return msg(flags & 0x4000 ? 'bindRec' : 'bind', { source, target });
  if (flags & 0x20) return msg(flags & 1 ? 'remountRo' : 'remount', { target });
  if (type === 'overlay') {
    const lowers = /(?:^|,)lowerdir=([^,]*)/.exec(data)?.[1]?.split(':').length ?? 0;
    return msg('overlay', { target, count: lowers });
  }
  if (type === 'proc') return msg('proc', { target });
  if (type === 'cgroup2') return msg('cgroup2', { target });
  const from = source && source !== 'none' && source !== type;
  return msg(from ? 'mountFsFrom' : 'mountFs', { type: type || 'filesystem', source, target });
}

function explainClone(rec: TraceSyscall): Explanation {
  const flags = num(rec, 0);
  const pid = typeof rec.result === 'number' && rec.result > 0 ? rec.result : undefined;
  const withPid = pid === undefined ? {} : { pid };
  if (flags & CLONE_NEW_MASK) {
    const ns = nsWords(flags);
    return msg(pid === undefined ? 'cloneNs' : 'cloneNsPid', {
      namespaces: ns,
      count: ns.length,
      ...withPid,
    });
  }
  return msg(pid === undefined ? 'clone' : 'clonePid', withPid);
}

function explainSetns(rec: TraceSyscall): Explanation {
  const file = rec.fdPath ?? '';
  const kind = /^(\w+):\[/.exec(file)?.[1] ?? /\/ns\/(\w+)$/.exec(file)?.[1];
  const word = kind ? NS_FILE_WORDS[kind] : undefined;
  const ns = word ? [word] : nsWords(num(rec, 1));
  const fd = num(rec, 0);
  if (ns.length === 0) return msg(file ? 'setnsAnyFile' : 'setnsAny', { fd, file });
  return msg(file ? 'setnsFile' : 'setns', { namespaces: ns, fd, file });
}

function explainOk(rec: TraceSyscall): Explanation | undefined {
  switch (rec.sys) {
    case 'clone':
      return explainClone(rec);
    case 'unshare': {
      const flags = num(rec, 0);
      const ns = nsWords(flags);
      return msg(flags & 0x20000000 ? 'unsharePid' : 'unshare', { namespaces: ns, count: ns.length });
    }
    case 'setns':
      return explainSetns(rec);
    case 'mount':
      return explainMount(rec);
    case 'umount2':
      return msg(num(rec, 1) & 2 ? 'umountLazy' : 'umount', { target: str(rec, 0) });
    case 'pivot_root': {
      const [root, old] = [str(rec, 0), str(rec, 1)];
      return msg(root === old ? 'pivotStacked' : 'pivotMoved', { root, old });
    }
    case 'execve':
      return msg('exec', { pid: rec.pid, path: str(rec, 0) });
    case 'write':
      return explainCgroupWrite(rec);
    case 'mkdir':
      return msg('mkdir', { group: str(rec, 0).slice(CGROUP_ROOT.length) });
    case 'rmdir':
      return msg('rmdir', { group: str(rec, 0).slice(CGROUP_ROOT.length) });
    default:
      return undefined;
  }
}

/** What a classified call did, as a message (undefined for other records). */
export function explainMessage(rec: TraceRecord): Explanation | undefined {
  if (rec.type !== 'syscall' || !classify(rec)) return undefined;
  if (!ok(rec)) return msg('fails', { name: rec.name });
  return explainOk(rec);
}

/** One plain-English line for a classified call (undefined for other records). */
export function explain(rec: TraceRecord): string | undefined {
  const m = explainMessage(rec);
  return m && renderEnglish(m);
}

// Synthetic traces for the System calls view: a command whose trace grows while it runs, up to
// the recorder's 20,000-call limit, across 12 processes, with the container-building calls
// (clone into new namespaces, overlay mount, pivot_root, cgroup.procs write) among ordinary ones.
// traceScenario() gives the bench page's scenario: each 8 Hz update adds `perUpdate` calls.

import { createElement, type ReactElement } from 'react';
import type { TraceSyscall, TraceValue } from '../../../src/kernel/abi/trace';
import type { CommandTrace, TraceRecord } from '../../../src/world/trace/types';
import { TracePanel } from '../../../src/ui/views/trace/TracePanel';
// The view's styles, as the app loads them (index.tsx): they bound the scroller, without which
// the virtualised tree would be as tall as all its rows and draw every one of them.
import '../../../src/ui/views/trace/trace.css';

const enc = new TextEncoder();
const CLONE_NEW = 0x20000 | 0x4000000 | 0x8000000 | 0x20000000 | 0x40000000;
const MERGED =
  '/var/lib/docker/overlay2/4be182efb42aadf221fa29631e6653a8828813ceda452a4de44a24a78c531e24/merged';

type Call = [sys: string, args: TraceValue[], result: TraceValue, fdPath?: string];

const ORDINARY: Call[] = [
  ['open', [-100, '/etc/ld.so.cache', 0o2000000, 0], 3],
  ['read', [3, 4096], { bytes: enc.encode('{"Id":"4be182efb42a","Created":"2026-11-25"}'), length: 44 }],
  ['stat', ['/var/lib/docker/image/overlay2/layerdb/sha256', 0], { mode: 0o40700, size: 4096 }],
  ['write', [1, { bytes: enc.encode('hello from the container\n'), length: 25 }], 25],
  ['close', [3], 0],
  ['getpid', [], 42],
];

const HIGHLIGHTS: Call[] = [
  ['clone', [CLONE_NEW | 17], 77],
  [
    'mount',
    [
      'overlay',
      MERGED,
      'overlay',
      0,
      'lowerdir=/var/lib/docker/overlay2/l/ABC:/var/lib/docker/overlay2/l/DEF',
    ],
    0,
  ],
  ['pivot_root', ['.', '.'], 0],
  [
    'write',
    [11, { bytes: enc.encode('77'), length: 2 }],
    2,
    '/sys/fs/cgroup/system.slice/docker-4be1.scope/cgroup.procs',
  ],
];

function record(i: number, pid: number, [sys, args, result, fdPath]: Call): TraceSyscall {
  const name = sys === 'open' ? 'openat' : sys === 'stat' ? 'newfstatat' : sys;
  return {
    type: 'syscall',
    phase: 'call',
    seq: i,
    pid,
    comm: `proc${pid}`,
    time: i * 1000,
    name,
    sys,
    args,
    result,
    ...(fdPath ? { fdPath } : {}),
  };
}

/** The i-th synthetic call (every 50th a highlighted one), in one of 12 processes. */
export function syntheticCall(i: number): TraceRecord {
  const pid = 100 + ((i * 7) % 12);
  const call = i % 50 === 0 ? HIGHLIGHTS[(i / 50) % HIGHLIGHTS.length]! : ORDINARY[i % ORDINARY.length]!;
  return record(i, pid, call);
}

/** A command's trace holding the first `count` synthetic calls (the rest counted as left out). */
export function makeCommandTrace(count: number, limit = 20_000): CommandTrace {
  const byPid = new Map<number, TraceRecord[]>();
  const kept = Math.min(count, limit);
  for (let i = 0; i < kept; i++) {
    const rec = syntheticCall(i);
    const list = byPid.get(rec.pid);
    if (list) list.push(rec);
    else byPid.set(rec.pid, [rec]);
  }
  const processes = [...byPid].map(([pid, records]) => ({ pid, ppid: 1, comm: `proc${pid}`, records }));
  return {
    command: 'docker run --rm busybox true',
    startNs: 0,
    endNs: null,
    running: true,
    processes,
    total: kept,
    truncated: count - kept,
  };
}

/** The bench scenario: the n-th update's panel, its trace `perUpdate` calls longer than the last. */
export function traceScenario(perUpdate = 500): (n: number) => ReactElement {
  const all = makeCommandTrace(20_000);
  return (n) => {
    const count = Math.min(20_000, (n + 1) * perUpdate);
    // The same record objects as the full trace (as the recorder hands out), cut to `count`.
    let left = count;
    const processes = all.processes.map((p) => {
      const share = Math.min(p.records.length, Math.ceil(count / all.processes.length), left);
      left -= share;
      return { ...p, records: p.records.slice(0, share) };
    });
    // Inside the view's box, as TraceView draws it in the app.
    const panel = createElement(TracePanel, { trace: { ...all, processes, total: count } });
    return createElement('div', { className: 'trace-view' }, panel);
  };
}

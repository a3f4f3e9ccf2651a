// The selected process in full: its eight namespace links as `ls -l /proc/PID/ns` prints them
// (alphabetical, `pid:[4026532198]`), marked own or shared with the host, its NSpid line,
// cgroup, hostname and command line.

import type { CSSProperties } from 'react';
import type { NsKind, ProcessInfo } from '../../../world/inspect/types';
import { colourOf } from './palette';

/** Kinds in the order `ls /proc/PID/ns` lists them (without the *_for_children links). */
const LS_ORDER: readonly NsKind[] = ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'time', 'user', 'uts'];

export interface DetailsProps {
  readonly pid: number | undefined;
  readonly process: ProcessInfo | undefined;
  readonly host: Readonly<Record<NsKind, number>>;
  readonly colours: ReadonlyMap<string, number>;
}

export function Details({ pid, process: p, host, colours }: DetailsProps) {
  if (pid === undefined) {
    return <p className="nsv-details muted">Select a process to see its namespaces.</p>;
  }
  if (!p) return <p className="nsv-details muted">Process {pid} has exited.</p>;
  return (
    <div className="nsv-details" aria-label={`Details of ${p.comm}, pid ${p.pid}`} role="region">
      <h4>
        {p.comm} <span className="muted">· pid {p.pid} on the host</span>
      </h4>
      <ul className="nsv-links" aria-label={`/proc/${p.pid}/ns`}>
        {LS_ORDER.map((kind) => {
          const own = p.ns[kind] !== host[kind];
          const colour = colourOf(colours, kind, p.ns[kind]);
          return (
            <li key={kind} data-kind={kind}>
              <code>
                {kind} -&gt; {kind}:[{p.ns[kind]}]
              </code>{' '}
              <span
                className={own ? 'nsv-chip nsv-own' : 'nsv-chip'}
                style={colour ? ({ '--c': colour } as CSSProperties) : undefined}
              >
                {own ? 'own' : 'host'}
              </span>
            </li>
          );
        })}
      </ul>
      <dl className="nsv-facts">
        <dt>NSpid</dt>
        <dd>
          <code>{p.nsPids.map((x) => x.pid).join('\t')}</code>
        </dd>
        <dt>Parent</dt>
        <dd>{p.ppid}</dd>
        <dt>State</dt>
        <dd>{p.state}</dd>
        <dt>cgroup</dt>
        <dd>
          <code>{p.cgroup}</code>
        </dd>
        <dt>Hostname</dt>
        <dd>{p.hostname}</dd>
        <dt>Command line</dt>
        <dd>
          <code>{p.args || `[${p.comm}]`}</code>
        </dd>
      </dl>
    </div>
  );
}

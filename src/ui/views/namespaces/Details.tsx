// The selected process in full: its eight namespace links as `ls -l /proc/PID/ns` prints them
// (alphabetical, `pid:[4026532198]`), marked own or shared with the host, its NSpid line,
// cgroup, hostname and command line.

import type { CSSProperties } from 'react';
import type { NsKind, ProcessInfo } from '../../../world/inspect/types';
import { useT } from '../../i18n/react';
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
  const { t } = useT('views');
  if (pid === undefined) {
    return <p className="nsv-details muted">{t('namespaces.selectPrompt')}</p>;
  }
  if (!p) return <p className="nsv-details muted">{t('namespaces.exited', { pid })}</p>;
  return (
    <div
      className="nsv-details"
      aria-label={t('namespaces.detailsOf', { comm: p.comm, pid: p.pid })}
      role="region"
    >
      <h4>
        {p.comm} <span className="muted">· {t('namespaces.pidOnHostShort', { pid: p.pid })}</span>
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
                {own ? t('namespaces.own') : t('namespaces.host')}
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
        <dt>{t('namespaces.parent')}</dt>
        <dd>{p.ppid}</dd>
        <dt>{t('namespaces.state')}</dt>
        <dd>{p.state}</dd>
        <dt>cgroup</dt>
        <dd>
          <code>{p.cgroup}</code>
        </dd>
        <dt>{t('namespaces.hostname')}</dt>
        <dd>{p.hostname}</dd>
        <dt>{t('namespaces.commandLine')}</dt>
        <dd>
          <code>{p.args || `[${p.comm}]`}</code>
        </dd>
      </dl>
    </div>
  );
}

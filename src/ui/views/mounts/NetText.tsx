// The network's text alternative: the same facts as the diagram, as lists (one per namespace,
// one item per interface with its state, addresses, bridge and veth peer).

import { memo } from 'react';
import type { NetNamespaceInfo } from '../../../world/inspect/types';
import { ifaceLine, nsTitle } from './netText';
import { useT } from '../../i18n/react';
import { tx } from '../../i18n/react';

const MAX_PIDS = 8;

const pidList = (pids: readonly number[]): string =>
  pids.length > MAX_PIDS
    ? tx('views:mounts.pidsMore', { list: pids.slice(0, MAX_PIDS).join(' '), count: pids.length - MAX_PIDS })
    : pids.join(' ');

export const NetText = memo(function NetText({ nets }: { readonly nets: readonly NetNamespaceInfo[] }) {
  const { t } = useT('views');
  return (
    <details className="net-text">
      <summary>{t('mounts.netText')}</summary>
      <ul>
        {nets.map((ns) => (
          <li key={ns.inode} data-netns={ns.inode}>
            {nsTitle(ns)}
            {ns.pids.length > 0 && (
              <span className="muted">{t('mounts.pids', { list: pidList(ns.pids) })}</span>
            )}
            <ul>
              {ns.interfaces.map((i) => (
                <li key={i.index}>{ifaceLine(nets, ns, i)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
});

// The network's text alternative: the same facts as the diagram, as lists (one per namespace,
// one item per interface with its state, addresses, bridge and veth peer).

import { memo } from 'react';
import type { NetNamespaceInfo } from '../../../world/inspect/types';
import { ifaceLine, nsTitle } from './netText';

const MAX_PIDS = 8;

const pidList = (pids: readonly number[]): string =>
  pids.length > MAX_PIDS
    ? `${pids.slice(0, MAX_PIDS).join(' ')} and ${pids.length - MAX_PIDS} more`
    : pids.join(' ');

export const NetText = memo(function NetText({ nets }: { readonly nets: readonly NetNamespaceInfo[] }) {
  return (
    <details className="net-text">
      <summary>Network as text</summary>
      <ul>
        {nets.map((ns) => (
          <li key={ns.inode} data-netns={ns.inode}>
            {nsTitle(ns)}
            {ns.pids.length > 0 && <span className="muted"> (pids {pidList(ns.pids)})</span>}
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

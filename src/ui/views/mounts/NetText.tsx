// The network's text alternative: the same facts as the diagram, as lists (one per namespace,
// one item per interface with its state, addresses, bridge and veth peer).

import type { NetNamespaceInfo } from '../../../world/inspect/types';
import { ifaceLine, nsTitle } from './netText';

export function NetText({ nets }: { readonly nets: readonly NetNamespaceInfo[] }) {
  return (
    <details className="net-text">
      <summary>Network as text</summary>
      <ul>
        {nets.map((ns) => (
          <li key={ns.inode} data-netns={ns.inode}>
            {nsTitle(ns)}
            {ns.pids.length > 0 && <span className="muted"> (pids {ns.pids.join(' ')})</span>}
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
}

// The "Mounts & network" panel for one MachineSnapshot: the machine line (kernel, CPUs, memory),
// the mount tree of a chosen mount namespace, and the network diagram with its text alternative.
// Pure apart from the learner's choices (which namespace, whether to show options), so tests and
// benches render it from synthetic snapshots.

import { memo, useId, useState } from 'react';
import type { MachineSnapshot, MountNamespaceInfo } from '../../../world/inspect/types';
import { MountTree } from './MountTree';
import { mountNsLabel } from './mountTree';
import { NetDiagram } from './NetDiagram';
import { NetText } from './NetText';
import { useStable } from './useStable';
import { useT } from '../../i18n/react';

const GiB = 1024 ** 3;
const fmtBytes = (n: number): string =>
  n >= GiB ? `${(n / GiB).toFixed(1)} GiB` : `${Math.round(n / 1024 ** 2)} MiB`;

const MountSection = memo(function MountSection({
  namespaces,
}: {
  readonly namespaces: readonly MountNamespaceInfo[];
}) {
  const { t } = useT('views');
  const [chosen, setChosen] = useState<number | null>(null);
  const [showOptions, setShowOptions] = useState(false);
  const id = useId();
  const ns = namespaces.find((n) => n.inode === chosen) ?? namespaces.find((n) => n.initial) ?? namespaces[0];
  return (
    <section className="mnt-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('mounts.mountNamespaces', { n: namespaces.length })}</h4>
      <div className="mnt-controls">
        <label htmlFor={`${id}-ns`}>{t('mounts.mountNamespace')}</label>
        <select id={`${id}-ns`} value={ns?.inode ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
          {namespaces.map((n) => (
            <option key={n.inode} value={n.inode}>
              {mountNsLabel(n)}
            </option>
          ))}
        </select>
        <label className="mnt-toggle">
          <input type="checkbox" checked={showOptions} onChange={(e) => setShowOptions(e.target.checked)} />{' '}
          {t('mounts.options')}
        </label>
      </div>
      {ns ? (
        <MountTree key={ns.inode} ns={ns} showOptions={showOptions} />
      ) : (
        <p className="muted">{t('mounts.noProcesses')}</p>
      )}
    </section>
  );
});

export function MachinePanel({ snapshot }: { readonly snapshot: MachineSnapshot }) {
  const { t } = useT('views');
  const { memory } = snapshot;
  const mounts = useStable(snapshot.mountNamespaces);
  const nets = useStable(snapshot.netNamespaces);
  return (
    <div className="machine-panel">
      <p className="machine-line">
        {t('mounts.machineLine', {
          release: snapshot.kernelRelease,
          cpus: snapshot.cpus,
          used: fmtBytes(memory.usedBytes),
          total: fmtBytes(memory.totalBytes),
        })}
      </p>
      <MountSection namespaces={mounts} />
      <section className="net-section" aria-label={t('mounts.netNamespaces')}>
        <h4>{t('mounts.netNamespacesCount', { n: nets.length })}</h4>
        <div className="net-scroll">
          <NetDiagram nets={nets} />
        </div>
        <NetText nets={nets} />
      </section>
    </div>
  );
}

// The "Mounts & network" view: world.inspect.machine() at most 8 times a second while the tab is
// shown, drawn by MachinePanel — the mount tree per mount namespace (overlay layers, fstype
// badges, options on demand) and the network namespaces with their interfaces, veth pairs and
// bridge. Simplification: a new snapshot replaces the old one whole; nothing is diffed.

import type { ViewProps } from '../registry';
import { useSnapshot } from '../useSnapshot';
import { MachinePanel } from './MachinePanel';
import './mounts.css';
import { useT } from '../../i18n/react';

export function MountsView({ machine, active }: ViewProps) {
  const { t } = useT('views');
  const snapshot = useSnapshot(machine, active, (world) => world.inspect.machine());
  return (
    <section className="mounts-view" aria-label={t('mounts.label')}>
      {snapshot ? <MachinePanel snapshot={snapshot} /> : <p className="muted">{t('common.starting')}</p>}
    </section>
  );
}

// The Container vs VM view (issue #5, item 5): world.inspect.processes() and .machine() four times
// a second while the tab is shown, compared by model.ts and drawn by VmPanel — each VM (a qemu
// process: RSS ~200 MiB, its own guest kernel) beside each container (host processes in their own
// namespaces, ~1 MiB), memory on one scale against the machine's RAM, and a comparison table.
// Simplifications: a VM's boot is judged from outside (its RSS stops growing, boot.ts); the guest's
// own processes are named, not listed, since the host cannot see them.

import { useMemo, useRef } from 'react';
import type { ViewProps } from '../registry';
import { useSnapshot } from '../useSnapshot';
import { BootWatch } from './boot';
import { compare } from './model';
import { VmPanel } from './VmPanel';
import './vm.css';
import { useT } from '../../i18n/react';

export function VmView({ machine, active }: ViewProps) {
  const { t } = useT('views');
  const comparison = useSnapshot(
    machine,
    active,
    (world) => {
      const m = world.inspect.machine();
      return compare(world.inspect.processes(), { memory: m.memory, kernelRelease: m.kernelRelease });
    },
    4,
  );
  const watch = useRef(new BootWatch());
  const boot = useMemo(
    () => (comparison ? watch.current.update(comparison.vms, comparison.timeNs) : new Map()),
    [comparison],
  );
  return (
    <section className="vm-view" aria-label={t('vm.label')}>
      {comparison ? (
        <VmPanel comparison={comparison} boot={boot} />
      ) : (
        <p className="muted">{t('common.starting')}</p>
      )}
    </section>
  );
}

// The "Namespaces" view: the process tree grouped by pid namespace, each process with its pid in
// every namespace it is visible in, and chips for its other seven namespaces (hollow: the host's,
// coloured: its own; one colour per namespace inode). Boxes and rows move with d3 transitions
// when unshare, nsenter or docker run create or move processes. Selecting a row shows its
// /proc/PID/ns links, cgroup, hostname and command line.
// Simplifications: threads are not drawn (the model has none); host processes that are neither in
// another namespace nor an ancestor of one are folded (a toggle shows them); zombies keep the
// namespaces they had.

import { useRef } from 'react';
import type { ProcessSnapshot } from '../../../world/inspect/types';
import type { ViewProps } from '../registry';
import { useSnapshot } from '../useSnapshot';
import { NamespacesPanel } from './NamespacesPanel';
import { keepIfSame } from './stable';
import { useT } from '../../i18n/react';
import './namespaces.css';

export function NamespacesView({ machine, active }: ViewProps) {
  const { t } = useT('views');
  const last = useRef<ProcessSnapshot | null>(null);
  const snapshot = useSnapshot(machine, active, (world) => {
    last.current = keepIfSame(last.current, world.inspect.processes());
    return last.current;
  });
  if (!snapshot) return <p className="muted">{t('common.starting')}</p>;
  return <NamespacesPanel snapshot={snapshot} />;
}

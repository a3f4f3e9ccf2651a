// The cgroups view: world.inspect.cgroups() at most 8 times a second while the tab is shown, drawn
// by CgroupsPanel — the cgroup tree with limits and live CPU, memory and pids bars and the
// processes in each group, and a minute-long chart of one group's CPU use against its quota with
// throttling shaded and OOM kills marked. Simplifications: under cgroup v1 the cpu, cpuacct,
// memory and pids hierarchies are shown merged by path; history starts when the tab is first shown.

import type { ViewProps } from '../registry';
import { useSnapshot } from '../useSnapshot';
import { CgroupsPanel } from './CgroupsPanel';
import './cgroups.css';
import { useT } from '../../i18n/react';

export function CgroupsView({ machine, active }: ViewProps) {
  const { t } = useT('views');
  const snapshot = useSnapshot(machine, active, (world) => world.inspect.cgroups());
  return (
    <section className="cgroups-view" aria-label={t('cgroups.label')}>
      {snapshot ? <CgroupsPanel snapshot={snapshot} /> : <p className="muted">{t('common.starting')}</p>}
    </section>
  );
}

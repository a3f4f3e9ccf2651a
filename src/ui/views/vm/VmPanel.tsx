// The Container vs VM panel, pure: draws a Comparison (and what is known of each VM's boot) with
// no access to the world, so tests and benches can render it from hand-made data. VMs on the
// left, containers on the right, both standing on the one host kernel; memory on one scale; a
// table with the same facts. With neither running it explains and gives the commands to type.

import { Trans } from 'react-i18next';
import { useT } from '../../i18n/react';
import type { BootState } from './boot';
import type { Comparison } from './model';
import { CompareTable } from './CompareTable';
import { MemoryBars } from './MemoryBars';
import { ContainerStack, VmStack } from './Stacks';
import { summary } from './format';

export const VM_COMMAND = 'qemu-system-x86_64 -m 1G -display none -daemonize';
export const CONTAINER_COMMAND = 'docker run -d busybox sleep 1000';

function Hint({ what, command }: { readonly what: 'hintVm' | 'hintContainer'; readonly command: string }) {
  const { t } = useT('views');
  return (
    <p className="vm-hint">
      <Trans
        t={t}
        i18nKey={`vm.${what}`}
        values={{ command }}
        components={{ code: <code className="vm-command" /> }}
      />
    </p>
  );
}

function Intro() {
  const { t } = useT('views');
  return (
    <div className="vm-intro">
      <p>
        <Trans t={t} i18nKey="vm.intro" components={{ strong: <strong /> }} />
      </p>
      <p>{t('vm.introTry')}</p>
      <ul>
        <li>
          <Trans
            t={t}
            i18nKey="vm.introVm"
            values={{ command: VM_COMMAND }}
            components={{ code: <code className="vm-command" />, opt: <code /> }}
          />
        </li>
        <li>
          <code className="vm-command">{CONTAINER_COMMAND}</code>
        </li>
      </ul>
    </div>
  );
}

export interface VmPanelProps {
  readonly comparison: Comparison;
  readonly boot: ReadonlyMap<number, BootState>;
}

export function VmPanel({ comparison: c, boot }: VmPanelProps) {
  const { t } = useT('views');
  if (c.vms.length === 0 && c.containers.length === 0) return <Intro />;
  return (
    <div className="vm-panel">
      <p className="vm-summary" role="status">
        {summary(c)}
      </p>
      <div className="vm-columns">
        <section className="vm-column" aria-label={t('vm.vms')}>
          <h4>{t('vm.vms')}</h4>
          {c.vms.length === 0 ? <Hint what="hintVm" command={VM_COMMAND} /> : null}
          {c.vms.map((vm) => (
            <VmStack key={vm.pid} vm={vm} boot={boot.get(vm.pid)} />
          ))}
        </section>
        <section className="vm-column" aria-label={t('vm.containers')}>
          <h4>{t('vm.containers')}</h4>
          {c.containers.length === 0 ? <Hint what="hintContainer" command={CONTAINER_COMMAND} /> : null}
          {c.containers.map((ct) => (
            <ContainerStack key={ct.pidNs} ct={ct} />
          ))}
        </section>
      </div>
      <div className="vm-host-kernel">
        <Trans
          t={t}
          i18nKey="vm.hostKernel"
          values={{ release: c.hostKernel }}
          components={{ strong: <strong /> }}
        />
      </div>
      <MemoryBars comparison={c} />
      <CompareTable comparison={c} boot={boot} />
    </div>
  );
}

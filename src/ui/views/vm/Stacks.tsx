// The layers of one VM and of one container, top to bottom, down to the host kernel they both
// run on: a VM is guest processes → guest init → guest kernel → one qemu process on the host; a
// container is a tree of ordinary host processes in their own namespaces, with no kernel of its own.
// What runs inside a guest is invisible to the host (it is memory in qemu), so those layers are
// named, not listed.

import type { BootState } from './boot';
import type { ContainerEntry, VmEntry } from './model';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n/react';
import { guestKernel, duration, size } from './format';

const SHOWN = 8;

export function VmStack({ vm, boot }: { readonly vm: VmEntry; readonly boot: BootState | undefined }) {
  const { t } = useT('views');
  const booted = boot?.booted ?? false;
  const guest = booted ? 'vm-layer vm-guest' : 'vm-layer vm-guest vm-pending';
  return (
    <article className="vm-stack vm-stack-vm" aria-label={t('vm.vmName', { name: vm.name })}>
      <h5>
        {t('vm.vmName', { name: vm.name })}{' '}
        <span className="vm-status">{booted ? t('vm.guestIdle') : t('vm.booting')}</span>
      </h5>
      <ol className="vm-layers">
        <li className={guest}>{t('vm.guestProcesses')}</li>
        <li className={guest}>{t('vm.guestInit')}</li>
        <li className={guest}>
          <Trans
            t={t}
            i18nKey="vm.guestKernel"
            values={{ kernel: guestKernel(), ram: size(vm.ramBytes), cpus: vm.cpus }}
            components={{ strong: <strong /> }}
          />
        </li>
        <li className="vm-layer vm-host-proc">
          <Trans
            t={t}
            i18nKey="vm.hostProcess"
            values={{ pid: vm.pid, rss: size(vm.rssBytes) }}
            components={{ code: <code />, strong: <strong /> }}
          />
        </li>
      </ol>
      <p className="vm-facts">
        {boot?.bootNs != null ? t('vm.bootedInShort', { duration: duration(boot.bootNs) }) : null}
        {t('vm.vmFacts', { cpu: duration(vm.cpuNs), up: duration(vm.upNs) })}
      </p>
    </article>
  );
}

export function ContainerStack({ ct }: { readonly ct: ContainerEntry }) {
  const { t } = useT('views');
  const shown = ct.processes.slice(0, SHOWN);
  return (
    <article className="vm-stack vm-stack-ct" aria-label={ct.label}>
      <h5>
        {ct.label} <span className="vm-status">{t('vm.hostname', { hostname: ct.hostname })}</span>
      </h5>
      <ol className="vm-layers">
        <li className="vm-layer vm-ct-procs">
          <ul className="vm-proc-tree">
            {shown.map((p) => (
              <li key={p.pid} style={{ paddingLeft: `${p.depth}em` }}>
                <Trans
                  t={t}
                  i18nKey="vm.ctProcess"
                  values={{ comm: p.comm, nsPid: p.nsPid, pid: p.pid, rss: size(p.rssBytes) }}
                  components={{ code: <code /> }}
                />
              </li>
            ))}
            {ct.processes.length > SHOWN ? (
              <li>{t('vm.more', { count: ct.processes.length - SHOWN })}</li>
            ) : null}
          </ul>
        </li>
        <li className="vm-layer vm-ct-ns">
          <Trans
            t={t}
            i18nKey="vm.ctNamespaces"
            values={{ cgroup: ct.cgroup.replace(/([0-9a-f]{12})[0-9a-f]{52}/, '$1…') }}
            components={{ code: <code title={ct.cgroup} /> }}
          />
        </li>
        <li className="vm-layer vm-ct-nokernel">{t('vm.noKernel')}</li>
      </ol>
      <p className="vm-facts">
        <Trans
          t={t}
          i18nKey="vm.ctFacts"
          values={{ cpu: duration(ct.cpuNs), up: duration(ct.upNs), rss: size(ct.rssBytes) }}
          components={{ strong: <strong /> }}
        />
      </p>
    </article>
  );
}

// The layers of one VM and of one container, top to bottom, down to the host kernel they both
// run on: a VM is guest processes → guest init → guest kernel → one qemu process on the host; a
// container is a tree of ordinary host processes in their own namespaces, with no kernel of its own.
// What runs inside a guest is invisible to the host (it is memory in qemu), so those layers are
// named, not listed.

import type { BootState } from './boot';
import type { ContainerEntry, VmEntry } from './model';
import { GUEST_KERNEL, duration, size } from './format';

const SHOWN = 8;

export function VmStack({ vm, boot }: { readonly vm: VmEntry; readonly boot: BootState | undefined }) {
  const booted = boot?.booted ?? false;
  const guest = booted ? 'vm-layer vm-guest' : 'vm-layer vm-guest vm-pending';
  return (
    <article className="vm-stack vm-stack-vm" aria-label={`VM ${vm.name}`}>
      <h5>
        VM {vm.name}{' '}
        <span className="vm-status">{booted ? 'guest idle at its login prompt' : 'booting…'}</span>
      </h5>
      <ol className="vm-layers">
        <li className={guest}>guest processes — invisible to the host</li>
        <li className={guest}>guest init: systemd (pid 1 of the guest)</li>
        <li className={guest}>
          guest kernel: <strong>{GUEST_KERNEL}</strong> · {size(vm.ramBytes)} RAM · {vm.cpus} vCPU
        </li>
        <li className="vm-layer vm-host-proc">
          host process <code>qemu-system-x86</code> pid {vm.pid} · RSS <strong>{size(vm.rssBytes)}</strong>
        </li>
      </ol>
      <p className="vm-facts">
        {boot?.bootNs != null ? <>booted in {duration(boot.bootNs)} · </> : null}
        CPU {duration(vm.cpuNs)} · up {duration(vm.upNs)}
      </p>
    </article>
  );
}

export function ContainerStack({ ct }: { readonly ct: ContainerEntry }) {
  const shown = ct.processes.slice(0, SHOWN);
  return (
    <article className="vm-stack vm-stack-ct" aria-label={ct.label}>
      <h5>
        {ct.label} <span className="vm-status">hostname {ct.hostname}</span>
      </h5>
      <ol className="vm-layers">
        <li className="vm-layer vm-ct-procs">
          <ul className="vm-proc-tree">
            {shown.map((p) => (
              <li key={p.pid} style={{ paddingLeft: `${p.depth}em` }}>
                <code>{p.comm}</code> pid {p.nsPid} (host {p.pid}) · {size(p.rssBytes)}
              </li>
            ))}
            {ct.processes.length > SHOWN ? <li>… {ct.processes.length - SHOWN} more</li> : null}
          </ul>
        </li>
        <li className="vm-layer vm-ct-ns">
          own namespaces (pid, mnt, uts, ipc, net) · cgroup{' '}
          <code title={ct.cgroup}>{ct.cgroup.replace(/([0-9a-f]{12})[0-9a-f]{52}/, '$1…')}</code>
        </li>
        <li className="vm-layer vm-ct-nokernel">
          no kernel of its own: system calls go straight to the host kernel
        </li>
      </ol>
      <p className="vm-facts">
        started with {duration(ct.cpuNs)} of CPU (a clone and an exec, no boot) · up {duration(ct.upNs)} · RSS{' '}
        <strong>{size(ct.rssBytes)}</strong>
      </p>
    </article>
  );
}

// The Container vs VM panel, pure: draws a Comparison (and what is known of each VM's boot) with
// no access to the world, so tests and benches can render it from hand-made data. VMs on the
// left, containers on the right, both standing on the one host kernel; memory on one scale; a
// table with the same facts. With neither running it explains and gives the commands to type.

import type { BootState } from './boot';
import type { Comparison } from './model';
import { CompareTable } from './CompareTable';
import { MemoryBars } from './MemoryBars';
import { ContainerStack, VmStack } from './Stacks';
import { summary } from './format';

export const VM_COMMAND = 'qemu-system-x86_64 -m 1G -display none -daemonize';
export const CONTAINER_COMMAND = 'docker run -d busybox sleep 1000';

function Hint({ what, command }: { readonly what: string; readonly command: string }) {
  return (
    <p className="vm-hint">
      No {what} running. Start one with <code className="vm-command">{command}</code>
    </p>
  );
}

function Intro() {
  return (
    <div className="vm-intro">
      <p>
        A <strong>virtual machine</strong> boots its own kernel: on the host it is one process (qemu) holding
        the guest&apos;s memory, and an idle Linux guest still keeps about 200 MB resident. A{' '}
        <strong>container</strong> is just processes on the host&apos;s kernel, in their own namespaces and
        cgroup: it starts in milliseconds and costs the memory of its processes.
      </p>
      <p>Start one of each in the terminal and watch them here:</p>
      <ul>
        <li>
          <code className="vm-command">{VM_COMMAND}</code> (a VM in the background; with{' '}
          <code>-nographic</code> instead its console takes the terminal, Ctrl-A x quits)
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
  if (c.vms.length === 0 && c.containers.length === 0) return <Intro />;
  return (
    <div className="vm-panel">
      <p className="vm-summary" role="status">
        {summary(c)}
      </p>
      <div className="vm-columns">
        <section className="vm-column" aria-label="Virtual machines">
          <h4>Virtual machines</h4>
          {c.vms.length === 0 ? <Hint what="VM" command={VM_COMMAND} /> : null}
          {c.vms.map((vm) => (
            <VmStack key={vm.pid} vm={vm} boot={boot.get(vm.pid)} />
          ))}
        </section>
        <section className="vm-column" aria-label="Containers">
          <h4>Containers</h4>
          {c.containers.length === 0 ? <Hint what="container" command={CONTAINER_COMMAND} /> : null}
          {c.containers.map((ct) => (
            <ContainerStack key={ct.pidNs} ct={ct} />
          ))}
        </section>
      </div>
      <div className="vm-host-kernel">
        host kernel <strong>Linux {c.hostKernel}</strong> — shared by every container; each VM is one of its
        processes
      </div>
      <MemoryBars comparison={c} />
      <CompareTable comparison={c} boot={boot} />
    </div>
  );
}

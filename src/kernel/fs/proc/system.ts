// System-wide /proc files: uptime, meminfo, cpuinfo, stat, loadavg, version, filesystems, sys/.

import type { KernelCore } from '../../core';
import { KERNEL_RELEASE, KERNEL_VERSION } from '../../syscall/system';
import { fixedDir, roFile, rwFile } from '../synthetic';
import type { ChildFactory } from '../synthetic';
import { EINVAL, EPERM } from '../../abi/errno';
import { capable } from '../../ns/capable';
import { procSysNet } from '../../net/procnet';

const kb = (bytes: number): string => `${String(Math.floor(bytes / 1024)).padStart(8)} kB`;

function meminfo(k: KernelCore): string {
  const total = k.memoryBytes;
  const used = k.memoryUsedBytes();
  const rows: Array<[string, number]> = [
    ['MemTotal', total],
    ['MemFree', total - used],
    ['MemAvailable', total - used],
    ['Buffers', 0],
    ['Cached', 0],
    ['SwapCached', 0],
    ['Active', used],
    ['Inactive', 0],
    ['SwapTotal', 0],
    ['SwapFree', 0],
    ['Shmem', 0],
    ['SReclaimable', 0],
  ];
  return rows.map(([name, v]) => `${`${name}:`.padEnd(16)}${kb(v)}\n`).join('');
}

function cpuinfo(k: KernelCore): string {
  let out = '';
  for (let i = 0; i < k.cpus; i++) {
    out += `processor\t: ${i}\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel name\t: Glasshouse Virtual CPU\n`;
    out += `cpu MHz\t\t: 2400.000\ncache size\t: 16384 KB\nphysical id\t: 0\nsiblings\t: ${k.cpus}\ncore id\t\t: ${i}\n`;
    out += `cpu cores\t: ${k.cpus}\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep\nbogomips\t: 4800.00\n\n`;
  }
  return out;
}

function procStatFile(k: KernelCore): string {
  let user = 0;
  let system = 0;
  for (const t of k.tasks.values()) {
    user += t.utimeNs + t.cutimeNs;
    system += t.stimeNs + t.cstimeNs;
  }
  const tick = (ns: number): number => Math.floor(ns / 1e7);
  const idle = Math.max(0, tick(k.clock.monotonicNs * k.cpus - user - system));
  const line = (name: string, div: number): string =>
    `${name} ${tick(user / div)} 0 ${tick(system / div)} ${Math.floor(idle / div)} 0 0 0 0 0 0\n`;
  let out = line('cpu ', 1);
  for (let i = 0; i < k.cpus; i++) out += line(`cpu${i}`, k.cpus);
  const bootSec = k.clock.bootEpochSec;
  out += `ctxt 0\nbtime ${bootSec}\nprocesses ${k.tasks.size}\nprocs_running ${k.runQueue.length}\nprocs_blocked 0\n`;
  return out;
}

function hostnameFile(k: KernelCore): ChildFactory {
  return rwFile(
    () => `${k.current?.ns.uts.hostname ?? k.initUts.hostname}\n`,
    (text) => {
      const t = k.current;
      if (!t || !capable(t, t.ns.uts.owner ?? k.initUser)) return -EPERM;
      const name = text.replace(/\n$/, '');
      if (name.length > 64) return -EINVAL;
      t.ns.uts.hostname = name;
      return text.length;
    },
  );
}

export function systemEntries(k: KernelCore): Record<string, ChildFactory> {
  const uptime = (): string => {
    const s = (k.clock.monotonicNs + (k.current?.ns.time.boottimeOffsetNs ?? 0)) / 1e9;
    return `${s.toFixed(2)} ${(s * k.cpus * 0.95).toFixed(2)}\n`;
  };
  return {
    cpuinfo: roFile(() => cpuinfo(k)),
    filesystems: roFile(
      () =>
        Object.keys(k.filesystems)
          .map((n) => (n === 'tmpfs' ? `\t${n}` : `nodev\t${n}`))
          .join('\n') + '\n',
    ),
    loadavg: roFile(() => `0.00 0.00 0.00 1/${k.tasks.size} ${k.tasks.size}\n`),
    meminfo: roFile(() => meminfo(k)),
    stat: roFile(() => procStatFile(k)),
    uptime: roFile(uptime),
    version: roFile(() => `Linux version ${KERNEL_RELEASE} (glasshouse) ${KERNEL_VERSION}\n`),
    sys: fixedDir(0o555, {
      kernel: fixedDir(0o555, {
        hostname: hostnameFile(k),
        ostype: roFile(() => 'Linux\n'),
        osrelease: roFile(() => `${KERNEL_RELEASE}\n`),
        pid_max: roFile(() => `${k.initPidNs.pidMax}\n`),
        'threads-max': roFile(() => `${k.threadsMax}\n`),
      }),
      net: procSysNet(k),
    }),
  };
}

// The HostConfig half of the create body (parse()'s hostConfig and resources), from flags that
// were already validated by their flag kinds and by containerconfig.ts.

import type { ApiMount, DeviceRequest, HostConfigBody } from './createbody';
import type { Flags } from './flagread';
import type { DeviceMapping, RestartPolicy } from './hostopts';
import type { PortBinding } from './ports';
import { kvMap } from './env';
import { volumeHasSource } from './hostopts';
import { ramInBytes } from './units';

export interface HostParts {
  readonly ports: Record<string, PortBinding[]>;
  readonly devices: DeviceMapping[];
  readonly restart: RestartPolicy;
  readonly storage: Record<string, string>;
  readonly gpus: DeviceRequest[] | null;
  readonly networkMode: string;
  readonly mounts: ApiMount[];
}

type ResourceKey =
  | 'CpuShares'
  | 'Memory'
  | 'NanoCpus'
  | 'CgroupParent'
  | 'BlkioWeight'
  | 'BlkioWeightDevice'
  | 'BlkioDeviceReadBps'
  | 'BlkioDeviceWriteBps'
  | 'BlkioDeviceReadIOps'
  | 'BlkioDeviceWriteIOps'
  | 'CpuPeriod'
  | 'CpuQuota'
  | 'CpuRealtimePeriod'
  | 'CpuRealtimeRuntime'
  | 'CpusetCpus'
  | 'CpusetMems'
  | 'Devices'
  | 'DeviceCgroupRules'
  | 'DeviceRequests'
  | 'KernelMemory'
  | 'KernelMemoryTCP'
  | 'MemoryReservation'
  | 'MemorySwap'
  | 'MemorySwappiness'
  | 'OomKillDisable'
  | 'PidsLimit'
  | 'Ulimits'
  | 'CpuCount'
  | 'CpuPercent'
  | 'IOMaximumIOps'
  | 'IOMaximumBandwidth';

const orNull = (xs: string[]): string[] | null => (xs.length > 0 ? xs : null);

function deviceRates(values: string[], bytes: boolean): { Path: string; Rate: number }[] | null {
  if (values.length === 0) return null;
  return values.map((v) => {
    const c = v.indexOf(':');
    const rate = v.slice(c + 1);
    const r = bytes ? ramInBytes(rate) : undefined;
    return { Path: v.slice(0, c), Rate: r === undefined ? Number(rate) : r.ok ? r.value : 0 };
  });
}

function tmpfs(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of values) {
    const c = t.indexOf(':');
    out[c < 0 ? t : t.slice(0, c)] = c < 0 ? '' : t.slice(c + 1);
  }
  return out;
}

function binds(values: string[]): string[] | null {
  const seen = new Set<string>();
  const out = values.filter((v) => volumeHasSource(v) && !seen.has(v) && seen.add(v));
  return orNull(out);
}

function systemPaths(opts: string[]): [string[] | null, string[] | null, string[] | null] {
  const unconfined = opts.includes('systempaths=unconfined');
  const rest = opts.filter((o) => o !== 'systempaths=unconfined');
  return [orNull(rest), unconfined ? [] : null, unconfined ? [] : null];
}

/** The Resources part of HostConfig (container.Resources). */
function resources(f: Flags, p: HostParts): Pick<HostConfigBody, ResourceKey> {
  return {
    CpuShares: f.num('cpu-shares'),
    Memory: f.num('memory'),
    NanoCpus: f.num('cpus'),
    CgroupParent: f.str('cgroup-parent'),
    BlkioWeight: f.num('blkio-weight'),
    BlkioWeightDevice: f.list('blkio-weight-device').map((v) => {
      const c = v.indexOf(':');
      return { Path: v.slice(0, c), Weight: Number(v.slice(c + 1)) };
    }),
    BlkioDeviceReadBps: deviceRates(f.list('device-read-bps'), true),
    BlkioDeviceWriteBps: deviceRates(f.list('device-write-bps'), true),
    BlkioDeviceReadIOps: deviceRates(f.list('device-read-iops'), false),
    BlkioDeviceWriteIOps: deviceRates(f.list('device-write-iops'), false),
    CpuPeriod: f.num('cpu-period'),
    CpuQuota: f.num('cpu-quota'),
    CpuRealtimePeriod: f.num('cpu-rt-period'),
    CpuRealtimeRuntime: f.num('cpu-rt-runtime'),
    CpusetCpus: f.str('cpuset-cpus'),
    CpusetMems: f.str('cpuset-mems'),
    Devices: p.devices,
    DeviceCgroupRules: orNull(f.list('device-cgroup-rule')),
    DeviceRequests: p.gpus,
    KernelMemory: f.num('kernel-memory'),
    KernelMemoryTCP: 0,
    MemoryReservation: f.num('memory-reservation'),
    MemorySwap: f.num('memory-swap'),
    MemorySwappiness: f.num('memory-swappiness'),
    OomKillDisable: f.bool('oom-kill-disable'),
    PidsLimit: f.num('pids-limit'),
    Ulimits:
      f.ulimits().length > 0 ? f.ulimits().map((u) => ({ Name: u.name, Hard: u.hard, Soft: u.soft })) : null,
    CpuCount: f.num('cpu-count'),
    CpuPercent: f.num('cpu-percent'),
    IOMaximumIOps: f.num('io-maxiops'),
    IOMaximumBandwidth: f.num('io-maxbandwidth'),
  };
}

/** HostConfig as the 20.10 client sends it. */
export function hostConfigBody(f: Flags, p: HostParts): HostConfigBody {
  const [securityOpt, masked, readonly] = systemPaths(f.list('security-opt'));
  const h: HostConfigBody = {
    Binds: binds(f.list('volume')),
    ContainerIDFile: f.str('cidfile'),
    LogConfig: { Type: f.str('log-driver'), Config: kvMap(f.list('log-opt')) },
    NetworkMode: p.networkMode,
    PortBindings: p.ports,
    RestartPolicy: p.restart,
    AutoRemove: f.bool('rm'),
    VolumeDriver: f.str('volume-driver'),
    VolumesFrom: orNull(f.list('volumes-from')),
    CapAdd: orNull(f.list('cap-add')),
    CapDrop: orNull(f.list('cap-drop')),
    CgroupnsMode: f.str('cgroupns'),
    Dns: f.list('dns'),
    DnsOptions: f.list('dns-option'),
    DnsSearch: f.list('dns-search'),
    ExtraHosts: orNull(f.list('add-host')),
    GroupAdd: orNull(f.list('group-add')),
    IpcMode: f.str('ipc'),
    Cgroup: '',
    Links: orNull(f.list('link')),
    OomScoreAdj: f.num('oom-score-adj'),
    PidMode: f.str('pid'),
    Privileged: f.bool('privileged'),
    PublishAllPorts: f.bool('publish-all'),
    ReadonlyRootfs: f.bool('read-only'),
    SecurityOpt: securityOpt,
    UTSMode: f.str('uts'),
    UsernsMode: f.str('userns'),
    ShmSize: f.num('shm-size'),
    ConsoleSize: [0, 0],
    Isolation: f.str('isolation'),
    ...resources(f, p),
    MaskedPaths: masked,
    ReadonlyPaths: readonly,
  };
  const tmp = tmpfs(f.list('tmpfs'));
  if (Object.keys(tmp).length > 0) h.Tmpfs = tmp;
  if (Object.keys(p.storage).length > 0) h.StorageOpt = p.storage;
  const sysctls = f.map('sysctl');
  if (Object.keys(sysctls).length > 0) h.Sysctls = sysctls;
  if (f.str('runtime') !== '') h.Runtime = f.str('runtime');
  if (p.mounts.length > 0) h.Mounts = p.mounts;
  if (f.changed('init')) h.Init = f.bool('init');
  return h;
}

// The `POST /containers/create` body the docker 20.10 client sends (container.Config with
// HostConfig and NetworkingConfig inlined), field for field as Go's encoding/json writes it: `null`
// for nil slices, omitted `omitempty` fields.

import type { EndpointSettings } from './netconfig';
import type { DeviceMapping, RestartPolicy } from './hostopts';
import type { PortBinding } from './ports';

export interface HealthConfig {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  Retries?: number;
}

export interface ApiMount {
  Type: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  Consistency?: string;
  BindOptions?: { Propagation?: string; NonRecursive?: boolean };
  VolumeOptions?: {
    NoCopy?: boolean;
    Labels?: Record<string, string>;
    DriverConfig?: { Name?: string; Options?: Record<string, string> };
  };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
}

export interface DeviceRequest {
  Driver: string;
  Count: number;
  DeviceIDs: string[] | null;
  Capabilities: string[][] | null;
  Options: Record<string, string>;
}

export interface HostConfigBody {
  Binds: string[] | null;
  ContainerIDFile: string;
  LogConfig: { Type: string; Config: Record<string, string> };
  NetworkMode: string;
  PortBindings: Record<string, PortBinding[]>;
  RestartPolicy: RestartPolicy;
  AutoRemove: boolean;
  VolumeDriver: string;
  VolumesFrom: string[] | null;
  CapAdd: string[] | null;
  CapDrop: string[] | null;
  CgroupnsMode: string;
  Dns: string[];
  DnsOptions: string[];
  DnsSearch: string[];
  ExtraHosts: string[] | null;
  GroupAdd: string[] | null;
  IpcMode: string;
  Cgroup: string;
  Links: string[] | null;
  OomScoreAdj: number;
  PidMode: string;
  Privileged: boolean;
  PublishAllPorts: boolean;
  ReadonlyRootfs: boolean;
  SecurityOpt: string[] | null;
  StorageOpt?: Record<string, string>;
  Tmpfs?: Record<string, string>;
  UTSMode: string;
  UsernsMode: string;
  ShmSize: number;
  Sysctls?: Record<string, string>;
  Runtime?: string;
  ConsoleSize: [number, number];
  Isolation: string;
  CpuShares: number;
  Memory: number;
  NanoCpus: number;
  CgroupParent: string;
  BlkioWeight: number;
  BlkioWeightDevice: { Path: string; Weight: number }[];
  BlkioDeviceReadBps: { Path: string; Rate: number }[] | null;
  BlkioDeviceWriteBps: { Path: string; Rate: number }[] | null;
  BlkioDeviceReadIOps: { Path: string; Rate: number }[] | null;
  BlkioDeviceWriteIOps: { Path: string; Rate: number }[] | null;
  CpuPeriod: number;
  CpuQuota: number;
  CpuRealtimePeriod: number;
  CpuRealtimeRuntime: number;
  CpusetCpus: string;
  CpusetMems: string;
  Devices: DeviceMapping[];
  DeviceCgroupRules: string[] | null;
  DeviceRequests: DeviceRequest[] | null;
  KernelMemory: number;
  KernelMemoryTCP: number;
  MemoryReservation: number;
  MemorySwap: number;
  MemorySwappiness: number;
  OomKillDisable: boolean;
  PidsLimit: number;
  Ulimits: { Name: string; Hard: number; Soft: number }[] | null;
  CpuCount: number;
  CpuPercent: number;
  IOMaximumIOps: number;
  IOMaximumBandwidth: number;
  Mounts?: ApiMount[];
  MaskedPaths: string[] | null;
  ReadonlyPaths: string[] | null;
  Init?: boolean;
}

export interface CreateBody {
  Hostname: string;
  Domainname: string;
  User: string;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  ExposedPorts?: Record<string, Record<string, never>>;
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  Env: string[] | null;
  Cmd: string[] | null;
  Healthcheck?: HealthConfig;
  Image: string;
  Volumes: Record<string, Record<string, never>>;
  WorkingDir: string;
  Entrypoint: string[] | null;
  OnBuild: null;
  MacAddress?: string;
  Labels: Record<string, string>;
  StopSignal?: string;
  StopTimeout?: number;
  HostConfig: HostConfigBody;
  NetworkingConfig: { EndpointsConfig: Record<string, EndpointSettings> };
}

/** What `docker run`/`docker create` asks the daemon for. */
export interface CreateRequest {
  /** `--name` ('' when not given: the daemon picks one). */
  readonly name: string;
  /** `--platform` ('' when not given). */
  readonly platform: string;
  /** `--pull`: always, missing (default) or never (not checked by the 20.10 client). */
  readonly pull: string;
  readonly body: CreateBody;
}

// docker 20.10's parse() (cli/command/container/opts.go) for `run` and `create`: the parsed flags
// become the create request, or the CLI's own error (which `run` prints as
// `docker: <error>.\nSee 'docker run --help'.` with status 125 — see reportError).
// Checks made by the daemon (memory minimum, CPU ranges, name conflicts, …) are not made here.

import type { EnvLookup, MountSpec } from './spec';
import type { Parsed } from './flagread';
import { Flags } from './flagread';
import type { ApiMount, CreateBody, CreateRequest, DeviceRequest, HealthConfig } from './createbody';
import type { DeviceMapping } from './hostopts';
import type { FileText } from './env';
import { dedupeEnv, kvMap, readKVStrings } from './env';
import { addExposed, convertPublish, parsePortSpecs } from './ports';
import {
  checkModes,
  checkSecurityOpts,
  parseDevice,
  parseRestartPolicy,
  parseStorageOpts,
  validMac,
  volumeHasSource,
} from './hostopts';
import { networkConfig } from './netconfig';
import { hostConfigBody } from './hostconfig';
import { ramInBytes } from './units';

export type CreateResult = { ok: true; value: CreateRequest } | { ok: false; error: string };

/** The files `parse` reads, in order: --env-file then --label-file paths (read them for `files`). */
export function filesToRead(inv: Parsed): string[] {
  const f = new Flags(inv);
  return [...f.list('env-file'), ...f.list('label-file')];
}

/** reportError as `run`/`create` print parse errors: `docker: <msg>.` and the --help hint. */
export function reportError(command: string, message: string): string {
  return `docker: ${message.replace(/\.$/, '')}.\nSee 'docker ${command} --help'.\n`;
}

function healthcheck(f: Flags): HealthConfig | string | undefined {
  const interval = f.num('health-interval');
  const timeout = f.num('health-timeout');
  const start = f.num('health-start-period');
  const retries = f.num('health-retries');
  const cmd = f.str('health-cmd');
  const any = cmd !== '' || interval !== 0 || timeout !== 0 || start !== 0 || retries !== 0;
  if (f.bool('no-healthcheck'))
    return any ? '--no-healthcheck conflicts with --health-* options' : { Test: ['NONE'] };
  if (!any) return undefined;
  if (interval < 0) return '--health-interval cannot be negative';
  if (timeout < 0) return '--health-timeout cannot be negative';
  if (retries < 0) return '--health-retries cannot be negative';
  if (start < 0) return '--health-start-period cannot be negative';
  const h: HealthConfig = cmd === '' ? {} : { Test: ['CMD-SHELL', cmd] };
  if (interval !== 0) h.Interval = interval;
  if (timeout !== 0) h.Timeout = timeout;
  if (start !== 0) h.StartPeriod = start;
  if (retries !== 0) h.Retries = retries;
  return h;
}

function apiMount(m: MountSpec): ApiMount {
  const out: ApiMount = { Type: m.type };
  if (m.source !== '') out.Source = m.source;
  if (m.target !== '') out.Target = m.target;
  if (m.readOnly) out.ReadOnly = true;
  const o = m.options;
  if (o['consistency'] !== undefined) out.Consistency = o['consistency'];
  const propagation = o['bind-propagation'];
  if (propagation !== undefined || o['bind-nonrecursive'] === 'true') {
    out.BindOptions = {};
    if (propagation !== undefined) out.BindOptions.Propagation = propagation;
    if (o['bind-nonrecursive'] === 'true') out.BindOptions.NonRecursive = true;
  }
  const size = o['tmpfs-size'];
  const mode = o['tmpfs-mode'];
  if (size !== undefined || mode !== undefined) {
    out.TmpfsOptions = {};
    const bytes = size === undefined ? undefined : ramInBytes(size);
    if (bytes?.ok === true) out.TmpfsOptions.SizeBytes = bytes.value;
    if (mode !== undefined) out.TmpfsOptions.Mode = parseInt(mode, 8);
  }
  return out;
}

/** GpuOpts, for the few forms the client accepts (`all`, `count=N`, `driver=…`, `capabilities=…`). */
export function gpuRequests(values: readonly string[]): DeviceRequest[] | string | null {
  if (values.length === 0) return null;
  const out: DeviceRequest[] = [];
  for (const v of values) {
    const req: DeviceRequest = {
      Driver: '',
      Count: 0,
      DeviceIDs: null,
      Capabilities: [['gpu']],
      Options: {},
    };
    for (const field of v.split(',')) {
      const [key = '', val] = field.split('=', 2);
      if (val === undefined && key === 'all') req.Count = -1;
      else if (key === 'count') req.Count = val === 'all' ? -1 : Number(val);
      else if (key === 'driver') req.Driver = val ?? '';
      else if (key === 'capabilities') req.Capabilities = [(val ?? '').split(',')];
      else return `unexpected key '${key}' in '${field}'`;
    }
    out.push(req);
  }
  return out;
}

function devices(f: Flags): DeviceMapping[] | string {
  const out: DeviceMapping[] = [];
  for (const d of f.list('device')) {
    const r = parseDevice(d);
    if (!r.ok) return r.error;
    out.push(r.value);
  }
  return out;
}

/** The ports, devices, env and labels steps of parse(), in its order. */
function early(f: Flags, files: ReadonlyMap<string, FileText>, env: EnvLookup) {
  const conv = convertPublish(f.list('publish'));
  if (!conv.ok) return conv.error;
  const ports = parsePortSpecs(conv.value);
  if (!ports.ok) return ports.error;
  const exposeErr = addExposed(ports.value.exposed, f.list('expose'));
  if (exposeErr !== undefined) return exposeErr;
  const devs = devices(f);
  if (typeof devs === 'string') return devs;
  const envs = readKVStrings(f.list('env-file'), files, dedupeEnv(f.list('env')), env);
  if (!envs.ok) return envs.error;
  const labels = readKVStrings(f.list('label-file'), files, f.list('label'), undefined);
  if (!labels.ok) return labels.error;
  return { ports: ports.value, devs, env: envs.value, labels: labels.value };
}

/** parse()'s checks after env and labels: modes, restart, logging, security, storage, health, GPUs. */
function laterChecks(f: Flags) {
  const modes = checkModes(f.str('pid'), f.str('uts'), f.str('userns'), f.str('cgroupns'));
  if (modes !== undefined) return modes;
  const restart = parseRestartPolicy(f.str('restart'));
  if (!restart.ok) return restart.error;
  if (f.str('log-driver') === 'none' && f.list('log-opt').length > 0)
    return 'invalid logging opts for driver none';
  const sec = checkSecurityOpts(f.list('security-opt'));
  if (sec !== undefined) return sec;
  const storage = parseStorageOpts(f.list('storage-opt'));
  if (!storage.ok) return storage.error;
  const health = healthcheck(f);
  if (typeof health === 'string') return health;
  const gpus = gpuRequests(f.list('gpus'));
  if (typeof gpus === 'string') return gpus;
  return { restart: restart.value, storage: storage.value, health, gpus };
}

/**
 * parse(): `run`/`create`'s flags and operands → the create request, or the CLI's error text.
 * `files` holds the contents of filesToRead(); `env` is the CLI's environment.
 */
export function containerCreateRequest(
  inv: Parsed,
  files: ReadonlyMap<string, FileText>,
  env: EnvLookup,
): CreateResult {
  const f = new Flags(inv);
  const fail = (error: string): CreateResult => ({ ok: false, error });
  const mac = f.str('mac-address');
  if (mac !== '' && !validMac(mac)) return fail(`${mac} is not a valid mac address`);
  const swappiness = f.num('memory-swappiness');
  if (swappiness !== -1 && (swappiness < 0 || swappiness > 100)) {
    return fail(`invalid value: ${swappiness}. Valid memory swappiness range is 0-100`);
  }
  const e = early(f, files, env);
  if (typeof e === 'string') return fail(e);
  const later = laterChecks(f);
  if (typeof later === 'string') return fail(later);
  const { restart, storage, health, gpus } = later;
  const rm = f.bool('rm');
  if (rm && restart.Name !== 'no' && restart.Name !== '')
    return fail('Conflicting options: --restart and --rm');
  const net = networkConfig({
    networks: f.networks(),
    aliases: f.list('network-alias'),
    links: f.list('link'),
    ip: f.str('ip'),
    ip6: f.str('ip6'),
    linkLocalIPs: f.list('link-local-ip'),
  });
  if (!net.ok) return fail(net.error);
  const host = hostConfigBody(f, {
    ports: e.ports.bindings,
    devices: e.devs,
    restart,
    storage,
    gpus,
    networkMode: net.mode,
    mounts: f.mounts().map(apiMount),
  });
  const body = configBody(f, inv.args, {
    exposed: e.ports.exposed,
    env: e.env,
    labels: e.labels,
    health,
    host,
    endpoints: net.endpoints,
  });
  return { ok: true, value: { name: f.str('name'), platform: f.str('platform'), pull: f.str('pull'), body } };
}

interface ConfigParts {
  exposed: Record<string, Record<string, never>>;
  env: string[];
  labels: string[];
  health: HealthConfig | undefined;
  host: CreateBody['HostConfig'];
  endpoints: CreateBody['NetworkingConfig']['EndpointsConfig'];
}

function configBody(f: Flags, args: readonly string[], p: ConfigParts): CreateBody {
  const attach = f.list('attach');
  const stdin = f.bool('interactive');
  const attachStdin = attach.includes('stdin') || stdin;
  const volumes: Record<string, Record<string, never>> = {};
  for (const v of f.list('volume')) if (!volumeHasSource(v)) volumes[v] = {};
  const entry = f.str('entrypoint');
  const body: CreateBody = {
    Hostname: f.str('hostname'),
    Domainname: f.str('domainname'),
    User: f.str('user'),
    AttachStdin: attachStdin,
    AttachStdout: attach.length === 0 || attach.includes('stdout'),
    AttachStderr: attach.length === 0 || attach.includes('stderr'),
    Tty: f.bool('tty'),
    OpenStdin: stdin,
    StdinOnce: stdin && attachStdin,
    Env: p.env.length > 0 ? p.env : null,
    Cmd: args.length > 1 ? args.slice(1) : null,
    Image: args[0] ?? '',
    Volumes: volumes,
    WorkingDir: f.str('workdir'),
    Entrypoint: entry !== '' ? [entry] : f.changed('entrypoint') ? [''] : null,
    OnBuild: null,
    Labels: kvMap(p.labels),
    HostConfig: p.host,
    NetworkingConfig: { EndpointsConfig: p.endpoints },
  };
  if (Object.keys(p.exposed).length > 0) body.ExposedPorts = p.exposed;
  if (p.health !== undefined) body.Healthcheck = p.health;
  if (f.str('mac-address') !== '') body.MacAddress = f.str('mac-address');
  if (f.changed('stop-signal')) body.StopSignal = f.str('stop-signal');
  if (f.changed('stop-timeout')) body.StopTimeout = f.num('stop-timeout');
  return body;
}

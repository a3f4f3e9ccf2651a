// The per-value validators the docker 20.10 CLI attaches to list flags (opts.ValidatorFctType), with
// their error texts, e.g. `invalid environment variable: =B`, `x is not an ip address`.

import type { Checked, EnvLookup } from './spec';
import { parseGoIP } from './gonet';
import { parseGoUint } from './gostrconv';
import { ramInBytes } from './units';
import { goQuote } from '../../build/go-fmt';

const ok = (value: string): Checked => ({ ok: true, value });
const fail = (error: string): Checked => ({ ok: false, error });
const goQ = goQuote;

/** opts.ValidateEnv: `NAME` alone takes the value from the CLI's environment when set there. */
export function checkEnv(val: string, env: EnvLookup): Checked {
  const eq = val.indexOf('=');
  const name = eq < 0 ? val : val.slice(0, eq);
  if (name === '') return fail(`invalid environment variable: ${val}`);
  if (eq >= 0) return ok(val);
  const v = env(name);
  return ok(v === undefined ? val : `${name}=${v}`);
}

/** opts.ValidateLabel. */
export function checkLabel(val: string): Checked {
  const eq = val.indexOf('=');
  const key = (eq < 0 ? val : val.slice(0, eq)).replace(/^[ \t]+/, '');
  if (key === '') return fail(`invalid label '${val}': empty name`);
  if (/[ \t]/.test(key)) return fail(`label '${key}' contains whitespaces`);
  return ok(val);
}

/** opts.ValidateIPAddress (--dns). */
export function checkIP(val: string): Checked {
  const ip = parseGoIP(val.trim());
  return ip === undefined ? fail(`${val} is not an ip address`) : ok(ip);
}

/** opts.ValidateExtraHost (--add-host host:ip). */
export function checkExtraHost(val: string): Checked {
  const c = val.indexOf(':');
  if (c <= 0) return fail(`bad format for add-host: ${goQ(val)}`);
  const ip = val.slice(c + 1);
  if (ip !== 'host-gateway' && parseGoIP(ip.trim()) === undefined) {
    return fail(`invalid IP address in add-host: ${goQ(ip)}`);
  }
  return ok(val);
}

/** opts.ValidateLink (--link name[:alias]). */
export function checkLink(val: string): Checked {
  if (val === '') return fail('empty string specified for links');
  if (val.split(':').length > 2) return fail(`bad format for links: ${val}`);
  return ok(val);
}

/** validateAttach (-a stdin|stdout|stderr, any case). */
export function checkAttach(val: string): Checked {
  const s = val.toLowerCase();
  return ['stdin', 'stdout', 'stderr'].includes(s)
    ? ok(s)
    : fail('valid streams are STDIN, STDOUT and STDERR');
}

/** validateDeviceCgroupRule. */
export function checkCgroupRule(val: string): Checked {
  return /^[acb] ([0-9]+|\*):([0-9]+|\*) [rwm]{1,3}$/.test(val)
    ? ok(val)
    : fail(`invalid device cgroup format '${val}'`);
}

const SYSCTLS = new Set([
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
]);

/** opts.ValidateSysctl (20.10 wording). */
export function checkSysctl(val: string): Checked {
  const parts = val.split('=');
  const key = parts[0] ?? '';
  if (parts.length >= 2 && (SYSCTLS.has(key) || key.startsWith('net.') || key.startsWith('fs.mqueue.')))
    return ok(val);
  return fail(`sysctl '${val}' is not whitelisted`);
}

const DOMAIN =
  /^(:?(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))(:?\.(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])))*)\.?\s*$/;

/** opts.ValidateDNSSearch. */
export function checkDnsSearch(raw: string): Checked {
  const val = raw.replace(/^ +| +$/g, '');
  if (val === '.') return ok(val);
  const m = DOMAIN.exec(val);
  if (!/[a-zA-Z]/.test(val) || m === null || (m[1] ?? '').length >= 255)
    return fail(`${val} is not a valid domain`);
  return ok(m[1] ?? '');
}

function devicePair(val: string): [string, string] | Checked {
  const c = val.indexOf(':');
  if (c < 0) return fail(`bad format: ${val}`);
  if (!val.startsWith('/dev/')) return fail(`bad format for device path: ${val}`);
  return [val.slice(0, c), val.slice(c + 1)];
}

/** opts.ValidateWeightDevice (--blkio-weight-device /dev/sda:500). */
export function checkWeightDevice(val: string): Checked {
  const p = devicePair(val);
  if (!Array.isArray(p)) return p;
  const w = /^[0-9]+$/.test(p[1]) ? parseGoUint(p[1], 64) : undefined;
  if (w === undefined || !w.ok || (w.value > 0n && (w.value < 10n || w.value > 1000n))) {
    return fail(`invalid weight for device: ${val}`);
  }
  return ok(val);
}

/** opts.ValidateThrottleBpsDevice (--device-read-bps /dev/sda:1mb). */
export function checkThrottleBps(val: string): Checked {
  const p = devicePair(val);
  if (!Array.isArray(p)) return p;
  if (!ramInBytes(p[1]).ok) {
    return fail(
      `invalid rate for device: ${val}. The correct format is <device-path>:<number>[<unit>]. Number must be a positive integer. Unit is optional and can be kb, mb, or gb`,
    );
  }
  return ok(val);
}

/** opts.ValidateThrottleIOpsDevice (--device-read-iops /dev/sda:1000). */
export function checkThrottleIops(val: string): Checked {
  const p = devicePair(val);
  if (!Array.isArray(p)) return p;
  if (!/^[0-9]+$/.test(p[1]) || !parseGoUint(p[1], 64).ok) {
    return fail(
      `invalid rate for device: ${val}. The correct format is <device-path>:<number>. Number must be a positive integer`,
    );
  }
  return ok(val);
}

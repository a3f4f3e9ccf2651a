// The run config a build carries from step to step (moby container.Config) and the helpers the
// dispatchers use on it: copies, the default PATH of a stage, ENV updates, and the cache's
// config comparison (image/cache/compare.go of Docker 20.10).

import type { RunConfig } from '../../image';
import { DEFAULT_SHELL } from '../history';

export type MutableRunConfig = { -readonly [K in keyof RunConfig]: RunConfig[K] };

/** system.DefaultPathEnv("linux"). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function copyRunConfig(c: RunConfig, changes: Partial<MutableRunConfig> = {}): MutableRunConfig {
  const out: MutableRunConfig = { ...c };
  for (const key of ['Cmd', 'Env', 'Entrypoint', 'OnBuild', 'Shell', 'ExposedPorts', 'Volumes'] as const) {
    const v = c[key];
    if (v) out[key] = [...v];
  }
  if (c.Labels) out.Labels = { ...c.Labels };
  return Object.assign(out, changes);
}

/** The stage's shell for shell-form commands and #(nop) comments. */
export function shellOf(c: RunConfig): string[] {
  return c.Shell && c.Shell.length > 0 ? [...c.Shell] : [...DEFAULT_SHELL];
}

/** setDefaultPath: append PATH to Env when the base image has none. */
export function withDefaultPath(c: MutableRunConfig): void {
  const env = c.Env ?? [];
  if (!env.some((e) => e.split('=', 1)[0] === 'PATH')) c.Env = [...env, `PATH=${DEFAULT_PATH}`];
}

/** ENV NAME=VALUE: replace the variable in place, or append it. */
export function setEnv(c: MutableRunConfig, name: string, value: string): void {
  const env = [...(c.Env ?? [])];
  const i = env.findIndex((e) => e.split('=', 1)[0] === name);
  if (i >= 0) env[i] = `${name}=${value}`;
  else env.push(`${name}=${value}`);
  c.Env = env;
}

/** Env lookup for word expansion: the first `name=` entry wins (an entry without '=' is empty). */
export function envLookup(env: readonly string[]): (name: string) => string | undefined {
  return (name) => {
    for (const e of env) {
      const i = e.indexOf('=');
      if (i < 0) {
        if (e === name) return '';
      } else if (e.slice(0, i) === name) return e.slice(i + 1);
    }
    return undefined;
  };
}

const sameList = (
  a: readonly string[] | null | undefined,
  b: readonly string[] | null | undefined,
): boolean => {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

const sameSet = (
  a: readonly string[] | null | undefined,
  b: readonly string[] | null | undefined,
): boolean => {
  const x = a ?? [];
  const y = new Set(b ?? []);
  return x.length === y.size && x.every((v) => y.has(v));
};

/**
 * Whether a cached image's container config matches the step's (compare.go, Docker 20.10): Cmd,
 * Env, Entrypoint, Labels, ExposedPorts, Volumes, User and the attach/tty flags. Image, Hostname,
 * WorkingDir and the rest are not compared; OpenStdin never matches.
 */
export function sameConfig(a: RunConfig, b: RunConfig): boolean {
  if (a.OpenStdin || b.OpenStdin) return false;
  if (!!a.AttachStdout !== !!b.AttachStdout || !!a.AttachStderr !== !!b.AttachStderr) return false;
  if ((a.User ?? '') !== (b.User ?? '') || !!a.Tty !== !!b.Tty) return false;
  if (!sameList(a.Cmd, b.Cmd) || !sameList(a.Env, b.Env) || !sameList(a.Entrypoint, b.Entrypoint))
    return false;
  if (!sameSet(a.ExposedPorts, b.ExposedPorts) || !sameSet(a.Volumes, b.Volumes)) return false;
  const la = Object.entries(a.Labels ?? {});
  const lb = b.Labels ?? {};
  return la.length === Object.keys(lb).length && la.every(([k, v]) => lb[k] === v);
}

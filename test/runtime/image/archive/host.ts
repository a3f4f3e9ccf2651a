// Running the real GNU tar of this machine on archives our code wrote.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary directory on the host. */
export function hostDir(): string {
  return mkdtempSync(join(tmpdir(), 'gh-archive-'));
}

/** `tar -tvf FILE` of the bytes, in UTC. */
export function tarList(bytes: Uint8Array): string {
  const dir = hostDir();
  const file = join(dir, 'a.tar');
  writeFileSync(file, bytes);
  return execFileSync('tar', ['-tvf', file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
}

/** `tar -C DIR -xf FILE`; returns DIR. */
export function tarExtract(bytes: Uint8Array): string {
  const dir = hostDir();
  const file = join(dir, '..', `${dir.split('/').pop() ?? 'x'}.tar`);
  writeFileSync(file, bytes);
  execFileSync('tar', ['-C', dir, '-xf', file]);
  return dir;
}

/** `tar -C DIR -cf - ARGS…` made by the real tool. */
export function tarCreate(dir: string, args: readonly string[]): Uint8Array {
  return new Uint8Array(execFileSync('tar', ['-C', dir, '-cf', '-', ...args]));
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

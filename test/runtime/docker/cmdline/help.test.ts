// --help texts against the real docker 20.10.24 client (Debian 12 docker.io), recorded with a
// Linux daemon answering /_ping (so experimental-only flags are hidden) — see
// test/fixtures/docker-cli/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDockerArgs } from '../../../../src/runtime/docker/cmdline';

const dir = new URL('../../../fixtures/docker-cli/help/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');

function argvOf(file: string): string[] {
  const base = file.replace(/\.txt$/, '').replace(/_w\d+$/, '');
  return base === 'root' ? [] : base.split('_');
}

describe('docker --help (80 columns, stdin not a terminal)', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !/_w\d+\.txt$/.test(f));
  it('has the recordings', () => expect(files.length).toBeGreaterThan(80));
  for (const file of files) {
    it(file, () => {
      const r = parseDockerArgs([...argvOf(file), '--help']);
      expect(r).toMatchObject({ kind: 'output', status: 0, stderr: '' });
      if (r.kind === 'output') expect(r.stdout).toBe(read(file));
    });
  }
});

describe('docker run --help wraps to the terminal width', () => {
  for (const cols of [40, 60, 100, 120, 200]) {
    it(`${cols} columns`, () => {
      const r = parseDockerArgs(['run', '--help'], { columns: cols });
      expect(r.kind === 'output' ? r.stdout.replaceAll('\r', '') : '').toBe(read(`run_w${cols}.txt`));
    });
  }
});

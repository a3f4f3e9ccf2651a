import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { free } from '../../../src/userland/bin/free';
import { runFake } from './procfake';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/proc/${name}`, import.meta.url), 'utf8');
const files = { '/proc/meminfo': fixture('meminfo.txt') };

// free.out etc. were printed by procps-ng 4.0.2 `free` at the moment meminfo.txt was captured.
describe('free', () => {
  it('default kB table', () => {
    expect(runFake(free, ['free'], { files }).stdout).toBe(fixture('free.out'));
  });
  it('-h, -w -m and --si -h -t', () => {
    expect(runFake(free, ['free', '-h'], { files }).stdout).toBe(fixture('free-h.out'));
    expect(runFake(free, ['free', '-w', '-m'], { files }).stdout).toBe(fixture('free-wm.out'));
    expect(runFake(free, ['free', '--si', '-h', '-t'], { files }).stdout).toBe(fixture('free-si.out'));
  });
  it('rejects two units and bad options', () => {
    const r = runFake(free, ['free', '-k', '-m'], { files });
    expect(r.stderr).toBe("free: Multiple unit options don't make sense.\n");
    expect(r.status).toBe(1);
    const bad = runFake(free, ['free', '-x'], { files });
    expect(bad.stderr.startsWith("free: invalid option -- 'x'\n\nUsage:\n free [options]\n")).toBe(true);
    expect(bad.status).toBe(1);
  });
});

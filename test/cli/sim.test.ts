// End-to-end tests of the headless entry: spawn it as a user would and check stdout, stderr and status.
// Expected outputs are what bash 5.2 printed for the same scripts on Debian 12.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const sim = join(root, 'src', 'cli', 'sim.ts');
const work = mkdtempSync(join(tmpdir(), 'sim-test-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function runSim(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(tsx, [sim, ...args], { cwd: work, input, encoding: 'utf8', timeout: 60000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('npm run sim', { timeout: 60000 }, () => {
  it('runs -c like bash -c: output interleaved on stdout, the script status as ours', () => {
    const r = runSim(['-c', 'echo hi; echo err >&2; false']);
    expect(r.stdout).toBe('hi\nerr\n');
    expect(r.status).toBe(1);
  });

  it('runs a host file under its basename, so errors read NAME.sh: line N:', () => {
    writeFileSync(join(work, 't.sh'), 'echo a\nnosuchcmd\necho b >&2\nexit 4\n');
    const r = runSim(['--profile', 'hybrid', '--seed', '7', 't.sh']);
    expect(r.stdout).toBe('a\nt.sh: line 2: nosuchcmd: command not found\nb\n');
    expect(r.status).toBe(4);
  });

  it('reads the script from stdin when given no script, and feeds piped stdin to -c', () => {
    const fromStdin = runSim([], 'echo from-stdin; exit 5\n');
    expect(fromStdin.stdout).toBe('from-stdin\n');
    expect(fromStdin.status).toBe(5);
    const piped = runSim(['-c', 'read x; echo "got $x"'], 'abc\n');
    expect(piped.stdout).toBe('got abc\n');
    expect(piped.status).toBe(0);
  });

  it('rejects bad arguments with the usage on stderr and status 2', () => {
    const r = runSim(['--profile', 'nope', '-c', 'true']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("sim: unknown profile 'nope'");
    expect(r.stderr).toContain('usage: sim');
    expect(r.status).toBe(2);
  });

  it('reports a missing script file like bash (status 127)', () => {
    const r = runSim(['nofile.sh']);
    expect(r.stderr).toBe('sim: nofile.sh: No such file or directory\n');
    expect(r.status).toBe(127);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('sim argument parser', () => {
  it('takes -c, --profile and --seed in either spelling', () => {
    expect(parseArgs(['--profile', 'hybrid', '--seed=42', '-c', 'echo hi'])).toEqual({
      ok: true,
      args: { profile: 'hybrid', seed: 42, source: { kind: 'command', text: 'echo hi' } },
    });
    expect(parseArgs(['--profile=default', '--seed', '0', '-c', ''])).toEqual({
      ok: true,
      args: { profile: 'default', seed: 0, source: { kind: 'command', text: '' } },
    });
  });

  it('takes a file, an explicit - or nothing (stdin)', () => {
    expect(parseArgs(['dir/t.sh'])).toEqual({
      ok: true,
      args: { profile: 'default', seed: undefined, source: { kind: 'file', path: 'dir/t.sh' } },
    });
    expect(parseArgs(['-'])).toMatchObject({
      ok: true,
      args: { source: { kind: 'stdin', implicit: false } },
    });
    expect(parseArgs([])).toMatchObject({ ok: true, args: { source: { kind: 'stdin', implicit: true } } });
  });

  it('rejects bad options and values', () => {
    expect(parseArgs(['--profile', 'v3', '-c', 'true'])).toMatchObject({
      ok: false,
      error: "unknown profile 'v3' (expected default or hybrid)",
    });
    expect(parseArgs(['--seed', '-1', '-c', 'true'])).toMatchObject({
      ok: false,
      error: "invalid seed '-1' (expected a non-negative integer)",
    });
    expect(parseArgs(['--seed', '1.5'])).toMatchObject({ ok: false });
    expect(parseArgs(['--seed'])).toMatchObject({ ok: false, error: 'option --seed needs a value' });
    expect(parseArgs(['-c'])).toMatchObject({ ok: false, error: 'option -c needs an argument' });
    expect(parseArgs(['-x'])).toMatchObject({ ok: false, error: "unknown option '-x'" });
    expect(parseArgs(['-c', 'true', 'f.sh'])).toMatchObject({
      ok: false,
      error: "unexpected argument 'f.sh'",
    });
    expect(parseArgs(['a.sh', 'b.sh'])).toMatchObject({ ok: false });
    expect(parseArgs(['--help'])).toMatchObject({ ok: false, help: true });
  });
});

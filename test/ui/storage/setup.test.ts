// A foreign journal (share link, machine file) may exec only its lesson's setup: anything else
// would run synchronously while the page waits.
import { describe, expect, it } from 'vitest';
import { setupProblem } from '../../../src/ui/storage/setup';
import type { Journal, JournalEntry } from '../../../src/world/journal';

const journal = (entries: JournalEntry[]): Journal => ({
  version: 1,
  seed: 1,
  profile: 'default',
  uptimeNs: 10,
  entries,
});
const setups: Record<string, readonly string[]> = { cgroups: ['mkdir /sys/fs/cgroup/demo'] };
const setupOf = async (context: string) => setups[context];
const typed: JournalEntry[] = [
  { at: 1, op: 'open', cols: 80, rows: 24 },
  { at: 2, op: 'input', term: 0, data: 'while :; do :; done\r' },
];

describe('setupProblem', () => {
  it('lets a journal that only types, in any context', async () => {
    expect(await setupProblem('sandbox', journal(typed), setupOf)).toBeUndefined();
  });

  it("lets a lesson's own setup, in order", async () => {
    const entries: JournalEntry[] = [{ at: 0, op: 'exec', script: 'mkdir /sys/fs/cgroup/demo' }, ...typed];
    expect(await setupProblem('cgroups', journal(entries), setupOf)).toBeUndefined();
  });

  it.each([
    ['an exec in the sandbox', 'sandbox', [{ at: 0, op: 'exec', script: 'while :; do :; done' }]],
    ['another command than the setup', 'cgroups', [{ at: 0, op: 'exec', script: 'yes > /dev/null' }]],
    [
      'the setup twice',
      'cgroups',
      [
        { at: 0, op: 'exec', script: 'mkdir /sys/fs/cgroup/demo' },
        { at: 0, op: 'exec', script: 'mkdir /sys/fs/cgroup/demo' },
      ],
    ],
    [
      'the setup with options',
      'cgroups',
      [{ at: 0, op: 'exec', script: 'mkdir /sys/fs/cgroup/demo', timeoutNs: 1e18 }],
    ],
  ] as [string, string, JournalEntry[]][])('refuses %s', async (_name, context, entries) => {
    expect(await setupProblem(context, journal(entries), setupOf)).toMatch(/not the setup of/);
  });
});

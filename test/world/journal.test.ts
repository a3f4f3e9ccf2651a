// The journal: a world typed into like the browser does (wall-clock pumps cut short by a budget)
// is rebuilt by replayJournal with the same screen, processes, files and command history; undo
// drops the last command; parseJournal refuses malformed data with a reason.
import { describe, expect, it } from 'vitest';
import { createWorld, parseJournal, replayJournal, withoutLastCommand } from '../../src/world';
import type { Journal, Terminal, World } from '../../src/world';

function browserLike(world: World) {
  let wall = 0;
  const settle = (frames = 40): void => {
    for (let i = 0; i < frames; i++) {
      wall += 16;
      let n = 0;
      world.pump({ wallNowMs: wall, shouldYield: () => ++n > 200 });
    }
  };
  return settle;
}

function screenOf(term: Terminal): () => string {
  let text = '';
  term.onOutput((d) => (text += d));
  return () => text;
}

function typed(): { world: World; screen: () => string } {
  const world = createWorld({ seed: 7 });
  world.exec('mkdir -p /srv/setup');
  const settle = browserLike(world);
  const term = world.openTerminal(80, 24);
  const screen = screenOf(term);
  settle();
  for (const line of ['echo hello > /tmp/a', 'sleep 100 &', 'cd /tmp', 'cat a; pwd']) {
    for (const ch of `${line}\r`) {
      term.input(ch);
      settle(2);
    }
    settle();
  }
  return { world, screen };
}

function replayed(journal: Journal): { world: World; screen: () => string } {
  const replay = replayJournal(journal);
  let done = false;
  for (let i = 0; i < 1000 && !done; i++) done = replay.step();
  const term = replay.terminals[0];
  if (!term) throw new Error('no terminal replayed');
  return { world: replay.world, screen: screenOf(term) };
}

const comms = (w: World): string[] => w.inspect.processes().processes.map((p) => `${p.pid} ${p.comm}`);

describe('replayJournal', () => {
  it('rebuilds the same machine: screen, processes, files, history and clock', () => {
    const live = typed();
    expect(live.world.journalLength()).toBe(live.world.journal().entries.length);
    expect(live.world.journalLength()).toBeGreaterThan(40);
    const copy = replayed(live.world.journal());
    expect(copy.world.uptimeNs()).toBe(live.world.uptimeNs());
    expect(copy.screen()).toBe(live.screen());
    expect(live.screen()).toContain('hello\r\n/tmp');
    expect(comms(copy.world)).toEqual(comms(live.world));
    expect(comms(live.world).some((c) => c.endsWith(' sleep'))).toBe(true);
    expect(copy.world.history()).toEqual(['echo hello > /tmp/a', 'sleep 100 &', 'cd /tmp', 'cat a; pwd']);
    expect(copy.world.exec('ls -d /srv/setup; cat /tmp/a').output).toBe('/srv/setup\nhello\n');
  });

  it('survives a JSON round trip (what storage and links carry)', () => {
    const live = typed();
    const parsed = parseJournal(JSON.parse(JSON.stringify(live.world.journal())));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(replayed(parsed.journal).screen()).toBe(live.screen());
  });

  it('replays a busy stretch in slices that each hand control back', () => {
    const world = createWorld({ seed: 2 });
    const term = world.openTerminal(80, 24);
    const screen = screenOf(term);
    world.pump();
    term.input('(i=0; while [ $i -lt 3000 ]; do i=$((i+1)); done; echo done $i) &\r');
    let n = 0;
    world.pump({ wallNowMs: 0, shouldYield: () => ++n > 20000 });
    world.advanceTo(world.uptimeNs() + 5e9);
    term.input('echo after\r');
    world.pump();
    expect(screen()).toContain('done 3000');
    const replay = replayJournal(world.journal());
    let slices = 0;
    let budget = 0;
    while (!replay.step(() => ++budget % 3 === 0)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(replay.world.uptimeNs()).toBe(world.uptimeNs());
    expect(replay.world.history()).toEqual(world.history());
  });
});

describe('withoutLastCommand', () => {
  it('drops the last command line and keeps the rest', () => {
    const live = typed();
    const undone = withoutLastCommand(live.world.journal());
    if (!undone) throw new Error('nothing to undo');
    const copy = replayed(undone);
    expect(copy.world.history()).toEqual(['echo hello > /tmp/a', 'sleep 100 &', 'cd /tmp']);
    expect(copy.screen()).not.toContain('cat a; pwd');
  });

  it('keeps a lesson setup and has nothing to undo before the first command', () => {
    const world = createWorld();
    world.exec('touch /x');
    world.openTerminal(80, 24);
    expect(withoutLastCommand(world.journal())).toBeUndefined();
  });
});

describe('parseJournal', () => {
  const good = { version: 1, seed: 1, profile: 'default', uptimeNs: 10, entries: [] };
  it.each([
    ['null', null, 'not an object'],
    ['a newer version', { ...good, version: 2 }, 'version 2 is not 1'],
    ['a string seed', { ...good, seed: '1' }, 'seed: not a whole number'],
    ['an unknown profile', { ...good, profile: 'windows' }, 'profile: unknown'],
    ['input before any terminal', { ...good, entries: [{ at: 0, op: 'input', term: 0, data: 'x' }] }, 'term'],
    [
      'time going backwards',
      {
        ...good,
        entries: [
          { at: 5, op: 'exec', script: 'true' },
          { at: 4, op: 'exec', script: 'true' },
        ],
      },
      'earlier',
    ],
    ['an unknown op', { ...good, entries: [{ at: 0, op: 'eval', script: 'x' }] }, 'op: unknown'],
    [
      'too many entries',
      { ...good, entries: new Array(200_001).fill({ at: 0, op: 'exec', script: '' }) },
      'too many',
    ],
  ])('refuses %s', (_name, value, error) => {
    const result = parseJournal(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });

  it('keeps only the known fields of each entry', () => {
    const result = parseJournal({
      ...good,
      entries: [{ at: 1, op: 'exec', script: 'true', __proto__: { x: 1 }, evil: 1 }],
    });
    expect(result.ok && result.journal.entries[0]).toEqual({ at: 1, op: 'exec', script: 'true' });
  });
});

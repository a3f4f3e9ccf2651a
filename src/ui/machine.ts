// The machine store: a zustand vanilla store that holds the world and its terminals.
//
// The UI reaches the model only through the World API (src/world/types.ts): it boots a world,
// opens terminals on it (each a /dev/pts/N with its own login shell), and pumps it every
// animation frame (runLoop.ts). React components read the status from here; the terminal
// adapter reads the Terminal handles. Terminals are numbered from 1 as the page shows them.
// Simplification: one world per page.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Journal, Replay } from '../world';
import type { Terminal, World } from '../world/types';
import { BUDGET_MS, browserClock, startRunLoop, type FrameClock } from './runLoop';

export type MachineStatus = 'off' | 'booting' | 'replaying' | 'running' | 'crashed';

export interface MachineState {
  readonly status: MachineStatus;
  readonly world: World | null;
  /** The first terminal (number 1), once opened. */
  readonly terminal: Terminal | null;
  /** Every open terminal by its number. */
  readonly terminals: ReadonlyMap<number, Terminal>;
  /** The terminal the learner typed into last (views such as the trace follow it). */
  readonly activeTerminal: number;
  /** Why the machine stopped, when status is 'crashed'. */
  readonly error: string | null;
  /** True while the last pump left work to do (a program is running). */
  readonly busy: boolean;
  /** Bumped each time a world replaces the previous one (load): screens start afresh. */
  readonly epoch: number;
  /** While a journal is replayed: entries applied, of how many. */
  readonly replay: { readonly done: number; readonly total: number } | null;
}

export interface Machine {
  readonly store: StoreApi<MachineState>;
  /** Boots the world (made now, or loaded first) and starts the run loop. Safe to call twice. */
  boot(): void;
  /**
   * Replaces the machine with one rebuilt from `journal` (an empty journal: a fresh machine of
   * that seed and profile). The old world stops; the journal is replayed in slices (status
   * 'replaying'); its terminals become terminals 1, 2, … with what they printed. `onLoaded` runs
   * once the new world runs. A later load supersedes one still replaying.
   */
  load(journal: Journal, onLoaded?: (world: World) => void): void;
  /** Ends a replay early: the machine runs on from where the replay got to. */
  stopReplay(): void;
  /** Terminal number `id` (default 1), opened on first call and resized on later calls. */
  openTerminal(cols: number, rows: number, id?: number): Terminal | null;
  /**
   * Show a terminal's output: replays what was printed so far (the login banner comes out
   * while the terminal opens, before any screen exists), then streams. Returns unsubscribe.
   */
  onScreenOutput(listener: (data: string) => void, id?: number): () => void;
  /** Marks terminal `id` as the one the learner is using. */
  setActiveTerminal(id: number): void;
  /** Subscribe to "a pump just finished": the terminal flushes its output here. */
  onAfterPump(listener: () => void): () => void;
  /** Shows the page's own failure (e.g. a chunk that did not load) as a stopped machine. */
  fail(error: unknown): void;
  /** Stops the run loop (the page is going away, or a test is done). */
  halt(): void;
}

/** Replays journals (the world module, loaded lazily by the page). */
export type Replayer = (journal: Journal) => Replay | Promise<Replay>;

export function createMachine(
  makeWorld: () => World | Promise<World>,
  clock: FrameClock = browserClock,
  replayer?: Replayer,
): Machine {
  const store = createStore<MachineState>(() => ({
    status: 'off',
    world: null,
    terminal: null,
    terminals: new Map(),
    activeTerminal: 1,
    error: null,
    busy: false,
    epoch: 0,
    replay: null,
  }));
  const afterPump = new Set<() => void>();
  const screens = new Map<number, Set<(data: string) => void>>();
  const transcripts = new Map<number, ReturnType<typeof createTranscript>>();
  const screensOf = (id: number): Set<(data: string) => void> => {
    let set = screens.get(id);
    if (!set) screens.set(id, (set = new Set()));
    return set;
  };
  let stop: (() => void) | null = null;
  let loads = 0;
  let stopRequested = false;

  function adopt(id: number, terminal: Terminal): void {
    const transcript = createTranscript(TRANSCRIPT_LIMIT);
    transcripts.set(id, transcript);
    terminal.onOutput((data) => {
      transcript.add(data);
      for (const screen of screensOf(id)) screen(data);
    });
  }

  function run(world: World, terminals: Map<number, Terminal> = new Map()): void {
    store.setState({
      world,
      status: 'running',
      terminals,
      terminal: terminals.get(1) ?? null,
      replay: null,
    });
    stop = startRunLoop(world, clock, { afterPump: onPumped, onError: crash });
  }

  function crash(error: unknown): void {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error('Glasshouse: the machine stopped', error);
    store.setState({ status: 'crashed', error: message, busy: false });
  }

  function onPumped(busy: boolean): void {
    if (store.getState().busy !== busy) store.setState({ busy });
    for (const listener of afterPump) listener();
  }

  return {
    store,
    boot() {
      if (store.getState().status !== 'off') return;
      store.setState({ status: 'booting' });
      const start = (world: World): void => run(world);
      try {
        const made = makeWorld();
        if (made instanceof Promise) made.then(start, crash);
        else start(made);
      } catch (error) {
        crash(error);
      }
    },
    load(journal, onLoaded) {
      const ticket = ++loads;
      stopRequested = false;
      stop?.();
      stop = null;
      transcripts.clear();
      const total = journal.entries.length;
      store.setState((s) => ({
        status: 'replaying',
        world: null,
        terminal: null,
        terminals: new Map(),
        busy: false,
        error: null,
        epoch: s.epoch + 1,
        replay: { done: 0, total },
      }));
      const slice = (replay: Replay): void => {
        if (ticket !== loads) return;
        const start = clock.now();
        let done: boolean;
        try {
          done = replay.step(() => clock.now() - start > BUDGET_MS);
        } catch (error) {
          crash(error);
          return;
        }
        if (!done && !stopRequested) {
          store.setState({ replay: replay.progress() });
          clock.request(() => slice(replay));
          return;
        }
        const terminals = new Map<number, Terminal>();
        replay.terminals.forEach((t, i) => {
          adopt(i + 1, t);
          terminals.set(i + 1, t);
        });
        run(replay.world, terminals);
        onLoaded?.(replay.world);
      };
      if (!replayer) {
        crash(new Error('this page cannot replay a saved machine'));
        return;
      }
      try {
        const made = replayer(journal);
        if (made instanceof Promise) made.then(slice, crash);
        else slice(made);
      } catch (error) {
        crash(error);
      }
    },
    stopReplay() {
      stopRequested = true;
    },
    fail: crash,
    openTerminal(cols, rows, id = 1) {
      const { world, terminals } = store.getState();
      const open = terminals.get(id);
      if (open) {
        open.resize(cols, rows);
        return open;
      }
      if (!world) return null;
      try {
        const opened = world.openTerminal(cols, rows);
        adopt(id, opened);
        const next = new Map(terminals).set(id, opened);
        store.setState(id === 1 ? { terminals: next, terminal: opened } : { terminals: next });
        return opened;
      } catch (error) {
        crash(error);
        return null;
      }
    },
    onScreenOutput(listener, id = 1) {
      const past = transcripts.get(id)?.text() ?? '';
      if (past !== '') listener(past);
      const set = screensOf(id);
      set.add(listener);
      return () => set.delete(listener);
    },
    setActiveTerminal(id) {
      if (store.getState().activeTerminal !== id) store.setState({ activeTerminal: id });
    },
    onAfterPump(listener) {
      afterPump.add(listener);
      return () => afterPump.delete(listener);
    },
    halt() {
      stop?.();
      stop = null;
    },
  };
}

/** Enough output to redraw a screen and its scrollback after a remount. */
const TRANSCRIPT_LIMIT = 1 << 20;

/** The terminal's recent output, dropping whole old chunks beyond limit characters. */
function createTranscript(limit: number) {
  const chunks: string[] = [];
  let size = 0;
  return {
    add(data: string): void {
      chunks.push(data);
      size += data.length;
      while (size > limit && chunks.length > 1) size -= chunks.shift()?.length ?? 0;
    },
    text: (): string => chunks.join(''),
  };
}

// What a journal from outside the page (a share link, a machine file) may run headlessly. Its
// `exec` entries run to completion before the page draws again (world.exec is synchronous), so a
// link whose exec spun a busy loop would freeze the tab; typed input replays in slices and can
// always be stopped. A foreign journal may therefore exec only the setup of the lesson it names,
// in order, with no options; the sandbox's journals exec nothing.

import type { Journal } from '../../world/journal';

/** A lesson's setup commands, or undefined when there is no such lesson. */
export type SetupOf = (context: string) => Promise<readonly string[] | undefined>;

const catalogSetup: SetupOf = async (context) => {
  const { loadCatalog } = await import('../course/catalog');
  return loadCatalog().find(context)?.setup;
};

/** Why `journal` may not be replayed in `context`, or undefined when it may. */
export async function setupProblem(
  context: string,
  journal: Journal,
  setupOf: SetupOf = catalogSetup,
): Promise<string | undefined> {
  const execs = journal.entries.flatMap((e) => (e.op === 'exec' ? [e] : []));
  if (execs.length === 0) return undefined;
  const setup = (await setupOf(context)) ?? [];
  const same =
    execs.length === setup.length &&
    execs.every((e, i) => e.script === setup[i] && Object.keys(e).length === 3);
  return same ? undefined : `runs commands that are not the setup of "${context}"`;
}

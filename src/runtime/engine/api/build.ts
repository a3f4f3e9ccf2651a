// POST /build: the daemon reads the build context from the client's directory (the CLI would tar
// it and send it; both sides share the filesystem here), prints the context line and runs the
// legacy builder with real containers for RUN steps, then puts the new images on disk.

import { build } from '../../build/builder';
import type { BuildOptions } from '../../build/builder';
import { contextSentLine, readContext } from '../../build/context';
import { engineBackend } from '../buildbackend';
import { registerImage } from '../layers';
import type { Handler } from './context';
import { bool, fail, ok, str, stream, strs } from './context';

export const buildHandlers: Record<string, Handler> = {
  *build(ctx) {
    const { sys, eng, req } = ctx;
    // Relative paths in messages stay as the user typed them: resolve them from the client's cwd.
    if (str(req, 'cwd')) yield* sys.chdir(str(req, 'cwd'));
    const context = yield* readContext(sys, str(req, 'dir'), str(req, 'dockerfile') || undefined);
    if ('error' in context) return fail(context.error, 400);
    const quiet = bool(req, 'quiet');
    if (!quiet) yield* stream(ctx, contextSentLine(context.size));
    const args: Record<string, string | null> = {};
    for (const a of strs(req, 'buildArgs')) {
      const eq = a.indexOf('=');
      args[eq < 0 ? a : a.slice(0, eq)] = eq < 0 ? null : a.slice(eq + 1);
    }
    const options: BuildOptions = {
      tags: strs(req, 'tags'),
      buildArgs: args,
      noCache: bool(req, 'noCache'),
      quiet,
      rm: !bool(req, 'keep'),
      forceRm: bool(req, 'forceRm'),
      ...(str(req, 'target') ? { target: str(req, 'target') } : {}),
    };
    const out = {
      write: (text: string) => stream(ctx, text),
      stderr: (text: string) => stream(ctx, text, true),
    };
    const r = yield* build(engineBackend(sys, eng), context, options, out);
    for (const image of eng.store.images()) yield* registerImage(sys, eng, image);
    if (!r.ok && quiet) yield* stream(ctx, contextSentLine(context.size) + r.log, true);
    return r.ok ? ok(r.imageId) : fail(r.error, r.status);
  },
};

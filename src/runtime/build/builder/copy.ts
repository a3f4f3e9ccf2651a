// COPY and ADD (moby dispatchCopy/dispatchAdd/performCopy): find the sources and their cache
// key, probe the cache with `#(nop) COPY <key> in <dest> `, and on a miss write the files into
// a new layer on top of the current image. No container is made, so no `Running in` line.

import { encodeLayer } from '../../image/changeset';
import type { ImageRecord } from '../../image';
import type { Gen } from '../../../userland/sys';
import type { CopyInstruction } from '../types';
import { parseChown } from './chown';
import type { Identity } from './chown';
import { copyInfo } from './copytree';
import { commitStep } from './images';
import { copyRunConfig, shellOf } from './runconfig';
import type { CopyInfo, SourceFs } from './sources';
import { contextSource, copyInfos, sourcesHash, treeSource } from './sources';
import type { BuildEnv, DispatchState } from './state';
import { probeCache } from './steps';
import { BuildFailure } from './types';
import { Upper } from './upper';
import { downloadSource, isUrl } from './url';
import { mergedDir } from './values';

const CHMOD =
  'the --chmod option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled';

/** --from: a finished stage (by name or index), else an image (pulled if need be). */
function* fromImage(env: BuildEnv, from: string): Gen<ImageRecord | undefined> {
  const fail = (e: string) => new BuildFailure(`invalid from flag value ${from}: ${e}`);
  let ref = from;
  const named = env.stages.byName.get(from.toLowerCase());
  if (named !== undefined) ref = named;
  else if (/^[+-]?\d+$/.test(from)) {
    const i = Number(from);
    if (i === env.stages.flat.length) throw fail('refers to current build stage');
    if (i < 0 || i > env.stages.flat.length) throw fail('index out of bounds');
    ref = env.stages.flat[i] ?? '';
  }
  if (ref === '') return undefined;
  const image = env.store.image(ref as ImageRecord['id']) ?? (yield* env.backend.resolve(ref, env.sink));
  if (typeof image === 'string') throw fail(image);
  return image;
}

/** normalizeDest: a relative destination is taken from the working directory, '/' kept. */
export function normalizeDest(workdir: string | undefined, dest: string): string {
  if (dest.startsWith('/')) return dest;
  const joined = ('/' + [workdir ?? '', dest].join('/')).split('/').filter((c) => c !== '' && c !== '.');
  const out: string[] = [];
  for (const c of joined) {
    if (c === '..') out.pop();
    else out.push(c);
  }
  return '/' + out.join('/') + (dest.endsWith('/') && out.length > 0 ? '/' : '');
}

function* sources(env: BuildEnv, instr: CopyInstruction, fs: SourceFs): Gen<CopyInfo[]> {
  const infos: CopyInfo[] = [];
  for (const src of instr.sources) {
    if (isUrl(src)) {
      if (instr.kind === 'COPY') throw new BuildFailure("COPY failed: source can't be a URL for COPY");
      infos.push(yield* downloadSource(env, src, instr.dest));
      continue;
    }
    const found = copyInfos(fs, src);
    if (typeof found === 'string') throw new BuildFailure(`${instr.kind} failed: ${found}`);
    infos.push(...found);
  }
  if (infos.length === 0) throw new BuildFailure(`${instr.kind} failed: no source files were specified`);
  if (infos.length > 1 && !instr.dest.endsWith('/')) {
    throw new BuildFailure(
      `When using ${instr.kind} with more than one source file, the destination must be a directory and end with a /`,
    );
  }
  return infos;
}

export function* dispatchCopy(env: BuildEnv, state: DispatchState, instr: CopyInstruction): Gen<void> {
  if (instr.chmod !== '') throw new BuildFailure(CHMOD);
  const image = instr.from === '' ? undefined : yield* fromImage(env, instr.from);
  const fs = instr.from === '' ? contextSource(env.context) : treeSource(env.trees.tree(image));
  const infos = yield* sources(env, instr, fs);
  const chown = instr.chown === '' ? '' : `--chown=${instr.chown}`;
  const comment = `${instr.kind} ${chown}${sourcesHash(infos)} in ${instr.dest} `;
  const probeConfig = copyRunConfig(state.runConfig, {
    Cmd: [...shellOf(state.runConfig), `#(nop) ${comment}`],
  });
  if (yield* probeCache(env, state, probeConfig)) return;
  const now = Number((yield* env.backend.now()) / 1_000_000_000n);
  const upper = new Upper(env.trees.tree(state.image), now);
  const shown = mergedDir(`${state.imageId}\n${instr.original}`);
  let owner: Identity | undefined = { uid: 0, gid: 0 };
  if (instr.chown !== '') {
    const id = parseChown(instr.chown, upper.lookup, shown);
    if ('error' in id) throw new BuildFailure(id.error);
    owner = id;
  } else if (instr.from !== '') owner = undefined;
  const target = {
    upper,
    shown,
    dest: normalizeDest(state.runConfig.WorkingDir, instr.dest),
    owner,
    decompress: instr.kind === 'ADD',
  };
  for (const info of infos) {
    const err = copyInfo(target, info);
    if (err !== undefined) throw new BuildFailure(`failed to copy files: ${err}`);
  }
  yield* commitStep(env, state, { containerConfig: probeConfig, layer: encodeLayer(upper.root) });
}

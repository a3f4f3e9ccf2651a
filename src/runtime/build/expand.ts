// Variable substitution at dispatch time, for the instructions where Docker 20.10 did it:
// ENV and LABEL (keys and values), ARG (name and default), ADD/COPY (sources, destination, --chown),
// WORKDIR, USER, VOLUME, STOPSIGNAL, EXPOSE (split into words: `EXPOSE $PORTS`), and FROM (image and
// --platform, from the ARGs declared before the first FROM). RUN/CMD/ENTRYPOINT are left to the shell;
// ONBUILD triggers are expanded when they run in the child build.

import { processWord, processWords, type EnvLookup } from './lex';
import type { FromInstruction, Instruction } from './types';

class ExpandError extends Error {}

function word(w: string, env: EnvLookup, escape: string): string {
  const r = processWord(w, env, escape);
  if ('error' in r) throw new ExpandError(r.error);
  return r.value;
}

function expandOrThrow(instr: Instruction, env: EnvLookup, escape: string): Instruction {
  const w = (s: string) => word(s, env, escape);
  switch (instr.kind) {
    case 'ENV':
    case 'LABEL':
      return { ...instr, pairs: instr.pairs.map((p) => ({ key: w(p.key), value: w(p.value) })) };
    case 'ARG': {
      const defaultValue = instr.defaultValue === undefined ? undefined : w(instr.defaultValue);
      return { ...instr, name: w(instr.name), defaultValue };
    }
    case 'ADD':
    case 'COPY':
      return { ...instr, sources: instr.sources.map(w), dest: w(instr.dest), chown: w(instr.chown) };
    case 'WORKDIR':
    case 'USER':
    case 'STOPSIGNAL':
      return { ...instr, value: w(instr.value) };
    case 'VOLUME':
      return { ...instr, values: instr.values.map(w) };
    case 'EXPOSE': {
      const values: string[] = [];
      for (const p of instr.values) {
        const r = processWords(p, env, escape);
        if ('error' in r) throw new ExpandError(r.error);
        values.push(...r.values);
      }
      return { ...instr, values };
    }
    case 'FROM':
      return { ...instr, image: w(instr.image), platform: w(instr.platform) };
    default:
      return instr;
  }
}

/** The instruction with variables substituted from `env` (ENV and ARG values in scope), or the error. */
export function expandInstruction(
  instr: Instruction,
  env: EnvLookup,
  escapeToken = '\\',
): Instruction | { error: string } {
  try {
    return expandOrThrow(instr, env, escapeToken);
  } catch (e) {
    if (e instanceof ExpandError) return { error: e.message };
    throw e;
  }
}

/** FROM with the meta ARGs substituted; an image name that expands to nothing is an error. */
export function expandFrom(
  from: FromInstruction,
  metaArgs: EnvLookup,
  escapeToken = '\\',
): FromInstruction | { error: string } {
  const r = expandInstruction(from, metaArgs, escapeToken);
  if ('error' in r) return r;
  if (r.kind !== 'FROM') return { error: 'not a FROM instruction' };
  if (r.image === '') return { error: `base name (${from.image}) should not be blank` };
  return r;
}

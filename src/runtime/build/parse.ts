// parseDockerfile: text → stages, in the two passes Docker 20.10 made (the AST pass over the whole
// file first, then the typed pass), so that the error reported for a file with several problems is
// the one Docker reported.

import { scanLines } from './lines';
import { newNode, type RawNode } from './nodes';
import { toInstruction } from './instructions';
import type { ArgInstruction, Dockerfile, Instruction, ParseResult, Stage } from './types';
import { DockerfileParseError } from './types';

function astPass(src: string): { nodes: RawNode[]; dockerfile: Dockerfile } {
  const scanned = scanLines(src);
  const nodes = scanned.lines.map((l) => newNode(l, scanned.escapeToken));
  if (scanned.stopError !== undefined && !scanned.stopDeferred) throw scanned.stopError;
  if (nodes.length === 0) throw new DockerfileParseError('file with no instructions', 0);
  if (scanned.stopError !== undefined) throw scanned.stopError;
  const dockerfile: Dockerfile = {
    escapeToken: scanned.escapeToken,
    syntax: scanned.syntax,
    metaArgs: [],
    stages: [],
    warnings: scanned.warnings,
  };
  return { nodes, dockerfile };
}

function addInstruction(df: Dockerfile, instr: Instruction): void {
  if (instr.kind === 'FROM') {
    df.stages.push({ from: instr, name: instr.stageName, instructions: [] });
    return;
  }
  const stage: Stage | undefined = df.stages[df.stages.length - 1];
  if (stage !== undefined) {
    stage.instructions.push(instr);
  } else if (instr.kind === 'ARG') {
    df.metaArgs.push(instr as ArgInstruction);
  } else {
    throw new DockerfileParseError('no build stage in current context', instr.line, instr.endLine);
  }
}

/** Parses a Dockerfile. Never throws: malformed input gives `{ ok: false, error }`. */
export function parseDockerfile(src: string): ParseResult {
  try {
    const { nodes, dockerfile } = astPass(src);
    for (const node of nodes) {
      const instr = toInstruction(node);
      if ('error' in instr) {
        throw new DockerfileParseError(
          `Dockerfile parse error line ${node.line}: ${instr.error}`,
          node.line,
          node.endLine,
        );
      }
      addInstruction(dockerfile, instr);
    }
    return { ok: true, dockerfile };
  } catch (e) {
    if (!(e instanceof DockerfileParseError)) throw e;
    return { ok: false, error: { message: e.message, line: e.line, endLine: e.endLine } };
  }
}

/**
 * Parses one instruction line on its own, e.g. an ONBUILD trigger when a child image builds FROM
 * the image that holds it. `line` is only used for error locations.
 */
export function parseInstructionLine(
  text: string,
  escapeToken: '\\' | '`' = '\\',
  line = 1,
): Instruction | { error: string } {
  try {
    const instr = toInstruction(newNode({ text, line, endLine: line }, escapeToken));
    return 'error' in instr ? { error: `Dockerfile parse error line ${line}: ${instr.error}` } : instr;
  } catch (e) {
    if (!(e instanceof DockerfileParseError)) throw e;
    return { error: e.message };
  }
}

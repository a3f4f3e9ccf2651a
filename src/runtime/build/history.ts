// What the legacy builder (Docker 20.10) writes into an image's history for each instruction
// (`docker history --no-trunc` CREATED BY), and which instructions make a filesystem layer.
// Metadata instructions are committed as `<shell> #(nop) ` + ` ` + text (hence the two spaces);
// WORKDIR and COPY/ADD use a single space, COPY/ADD end with a space; RUN stores the command itself.

import { goDuration, goQuoteRune, goQuoteSlice, goSlice, goQuote } from './go-fmt';
import type { HealthcheckInstruction, Instruction, InstructionKind } from './types';

export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

export interface CreatedByContext {
  /** The stage's SHELL (default /bin/sh -c). */
  shell?: readonly string[];
  /** RUN: the build args in effect, as `k=v` (the legacy builder prefixes `|N k=v …`). */
  buildArgs?: readonly string[];
  /** WORKDIR: the resolved absolute directory (default: the instruction's own path). */
  workdir?: string;
  /** COPY/ADD: the source description, e.g. `file:<sha256>` or `dir:<sha256>`. */
  source?: string;
}

/** RUN, COPY and ADD always commit a layer; everything else is metadata (`empty_layer: true`),
 * except that WORKDIR commits a (0-byte) layer when it has to create the directory. */
export function makesLayer(kind: InstructionKind): boolean {
  return kind === 'RUN' || kind === 'COPY' || kind === 'ADD';
}

/** Instructions recorded in history with `empty_layer: true` (FROM makes no history entry at all). */
export function isMetadataOnly(kind: InstructionKind): boolean {
  return !makesLayer(kind) && kind !== 'FROM';
}

function healthConfig(h: HealthcheckInstruction): string {
  const d = (ns: number) => goQuote(goDuration(ns));
  return `&{${goQuoteSlice(h.test)} ${d(h.intervalNs)} ${d(h.timeoutNs)} ${d(h.startPeriodNs)} ${goQuoteRune(h.retries)}}`;
}

/** The text after `#(nop) ` of a metadata instruction (moby's commit message), e.g. `ENV A=b`. */
export function nopText(instr: Instruction, shell: readonly string[]): string | undefined {
  switch (instr.kind) {
    case 'ENV':
    case 'LABEL':
      return [instr.kind, ...instr.pairs.map((p) => `${p.key}=${p.value}`)].join(' ');
    case 'ARG':
      return `ARG ${instr.name}${instr.defaultValue === undefined ? '' : '=' + instr.defaultValue}`;
    case 'CMD':
    case 'ENTRYPOINT':
      return `${instr.kind} ${goQuoteSlice(instr.prependShell ? [...shell, ...instr.cmd] : instr.cmd)}`;
    case 'EXPOSE':
      return `EXPOSE ${instr.values.join(' ')}`;
    case 'VOLUME':
    case 'SHELL':
      return `${instr.kind} ${goSlice(instr.values)}`;
    case 'USER':
    case 'STOPSIGNAL':
    case 'MAINTAINER':
      return `${instr.kind} ${instr.value}`;
    case 'HEALTHCHECK':
      return `HEALTHCHECK ${healthConfig(instr)}`;
    case 'ONBUILD':
      return `ONBUILD ${instr.expression}`;
    default:
      return undefined;
  }
}

/**
 * The history `created_by` string the legacy builder stores for an (expanded) instruction, e.g.
 * `/bin/sh -c #(nop)  CMD ["cat" "/app/app.txt"]` or `/bin/sh -c apk add x`; '' for FROM.
 */
export function createdBy(instr: Instruction, ctx: CreatedByContext = {}): string {
  const shell = ctx.shell ?? DEFAULT_SHELL;
  const prefix = shell.join(' ');
  switch (instr.kind) {
    case 'FROM':
      return '';
    case 'RUN': {
      const cmd = instr.prependShell ? [...shell, ...instr.cmd] : instr.cmd;
      const args = [...(ctx.buildArgs ?? [])].sort();
      return (args.length > 0 ? [`|${args.length}`, ...args, ...cmd] : cmd).join(' ');
    }
    case 'WORKDIR':
      return `${prefix} #(nop) WORKDIR ${ctx.workdir ?? instr.value}`;
    case 'COPY':
    case 'ADD':
      return `${prefix} #(nop) ${instr.kind} ${ctx.source ?? ''} in ${instr.dest} `;
  }
  return `${prefix} #(nop)  ${nopText(instr, shell) ?? ''}`;
}

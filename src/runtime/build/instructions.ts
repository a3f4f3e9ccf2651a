// The instructions stage: AST node → typed instruction, with the argument checks and error texts
// of BuildKit 0.8's instructions package (the one Docker 20.10's legacy builder used). Errors are
// returned as text; parse.ts adds the "Dockerfile parse error line N: " prefix.
// Simplification: RUN knows no flags (the legacy builder had no --mount/--network/--security), so
// `RUN --mount=...` fails with `Unknown flag: mount` exactly as it did there.

import { parseFlags, type FlagSpec } from './flags';
import { parseHealthcheck } from './healthcheck';
import type { RawNode } from './nodes';
import { trimGoSpace } from './text';
import type { Instruction, InstructionBase, KeyValue } from './types';

type Result = Instruction | { error: string };

const atLeastOne = (cmd: string) => ({ error: `${cmd} requires at least one argument` });
const exactlyOne = (cmd: string) => ({ error: `${cmd} requires exactly one argument` });

function keyValues(base: InstructionBase, cmd: 'ENV' | 'LABEL'): Result {
  const { args } = base;
  if (args.length === 0) return atLeastOne(cmd);
  if (args.length % 2 !== 0) return { error: `Bad input to ${cmd}, too many arguments` };
  const flags = parseFlags(base.flags, {});
  if ('error' in flags) return flags;
  const pairs: KeyValue[] = [];
  for (let j = 0; j < args.length; j += 2) {
    const key = args[j] ?? '';
    if (key === '') return { error: `${cmd} names can not be blank` };
    pairs.push({ key, value: args[j + 1] ?? '' });
  }
  return { kind: cmd, ...base, pairs };
}

function copyLike(base: InstructionBase, cmd: 'COPY' | 'ADD'): Result {
  if (base.args.length < 2) {
    return {
      error: `${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`,
    };
  }
  const spec: FlagSpec =
    cmd === 'COPY'
      ? { chown: 'string', from: 'string', chmod: 'string' }
      : { chown: 'string', chmod: 'string' };
  const r = parseFlags(base.flags, spec);
  if ('error' in r) return r;
  const f = r.values;
  const sources = base.args.slice(0, -1);
  const dest = base.args[base.args.length - 1] ?? '';
  return {
    kind: cmd,
    ...base,
    sources,
    dest,
    from: f['from'] ?? '',
    chown: f['chown'] ?? '',
    chmod: f['chmod'] ?? '',
  };
}

const stageNameRe = /^[a-z][a-z0-9-_.]*$/;

function from(base: InstructionBase): Result {
  const { args } = base;
  let stageName = '';
  if (args.length === 3 && (args[1] ?? '').toLowerCase() === 'as') {
    stageName = (args[2] ?? '').toLowerCase();
    if (!stageNameRe.test(stageName)) {
      return {
        error: `invalid name for build stage: "${stageName}", name can't start with a number or contain symbols`,
      };
    }
  } else if (args.length !== 1) {
    return { error: 'FROM requires either one or three arguments' };
  }
  const f = parseFlags(base.flags, { platform: 'string' });
  if ('error' in f) return f;
  return { kind: 'FROM', ...base, image: args[0] ?? '', stageName, platform: f.values['platform'] ?? '' };
}

function shellForm(base: InstructionBase, kind: 'RUN' | 'CMD' | 'ENTRYPOINT'): Result {
  const f = parseFlags(base.flags, {});
  if ('error' in f) return f;
  const cmd = base.json ? base.args : base.args.length === 0 ? [] : [base.args.join(' ')];
  return { kind, ...base, cmd, prependShell: !base.json && cmd.length > 0 };
}

function single(base: InstructionBase, kind: 'WORKDIR' | 'USER' | 'MAINTAINER' | 'STOPSIGNAL'): Result {
  if (base.args.length !== 1) return exactlyOne(kind);
  if (kind !== 'STOPSIGNAL') {
    const f = parseFlags(base.flags, {});
    if ('error' in f) return f;
  }
  return { kind, ...base, value: base.args[0] ?? '' };
}

function list(base: InstructionBase, kind: 'EXPOSE' | 'VOLUME' | 'SHELL'): Result {
  const f = parseFlags(base.flags, {});
  if (kind === 'SHELL') {
    if ('error' in f) return f;
    if (base.args.length === 0) return atLeastOne(kind);
    if (!base.json) return { error: 'SHELL requires the arguments to be in JSON form' };
    return { kind, ...base, values: base.args };
  }
  if (base.args.length === 0) return atLeastOne(kind);
  if ('error' in f) return f;
  if (kind === 'EXPOSE') return { kind, ...base, values: [...base.args].sort() };
  const values = base.args.map(trimGoSpace);
  if (values.includes('')) return { error: 'VOLUME specified can not be an empty string' };
  return { kind, ...base, values };
}

function arg(base: InstructionBase): Result {
  if (base.args.length !== 1) return exactlyOne('ARG');
  const word = base.args[0] ?? '';
  const eq = word.indexOf('=');
  if (eq === 0) return { error: 'ARG names can not be blank' };
  if (eq < 0) return { kind: 'ARG', ...base, name: word, defaultValue: undefined };
  return { kind: 'ARG', ...base, name: word.slice(0, eq), defaultValue: word.slice(eq + 1) };
}

function onbuild(base: InstructionBase, original: string): Result {
  if (base.args.length === 0) return atLeastOne('ONBUILD');
  const f = parseFlags(base.flags, {});
  if ('error' in f) return f;
  const trigger = (base.args[0] ?? '').trim().toUpperCase();
  if (trigger === 'ONBUILD') return { error: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed" };
  if (trigger === 'MAINTAINER' || trigger === 'FROM')
    return { error: `${trigger} isn't allowed as an ONBUILD trigger` };
  const expression = original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '');
  return { kind: 'ONBUILD', ...base, expression, trigger };
}

/** Typed instruction for an AST node, or the error text (without the line prefix). */
export function toInstruction(node: RawNode): Result {
  const base: InstructionBase = {
    line: node.line,
    endLine: node.endLine,
    original: trimGoSpace(node.original),
    args: node.args,
    flags: node.flags,
    json: node.json,
  };
  switch (node.cmd) {
    case 'env':
      return keyValues(base, 'ENV');
    case 'label':
      return keyValues(base, 'LABEL');
    case 'maintainer':
      return single(base, 'MAINTAINER');
    case 'add':
      return copyLike(base, 'ADD');
    case 'copy':
      return copyLike(base, 'COPY');
    case 'from':
      return from(base);
    case 'onbuild':
      return onbuild(base, node.original);
    case 'workdir':
      return single(base, 'WORKDIR');
    case 'run':
    case 'cmd':
    case 'entrypoint':
      return shellForm(base, node.cmd.toUpperCase() as 'RUN' | 'CMD' | 'ENTRYPOINT');
    case 'healthcheck':
      return parseHealthcheck(base);
    case 'expose':
      return list(base, 'EXPOSE');
    case 'user':
      return single(base, 'USER');
    case 'volume':
      return list(base, 'VOLUME');
    case 'stopsignal':
      return single(base, 'STOPSIGNAL');
    case 'arg':
      return arg(base);
    case 'shell':
      return list(base, 'SHELL');
  }
  return { error: `unknown instruction: ${node.cmd.toUpperCase()}` };
}

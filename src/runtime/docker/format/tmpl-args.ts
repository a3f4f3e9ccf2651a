// Arguments of template functions and methods: constants as Go's idealConstant makes them, and
// the type checks of evalArg / validateType with their error messages.

import type { ArgNode, CommandNode, LiteralNode, PipeNode } from './tmpl-nodes';
import { GoFloat, goTypeName, isSlice } from './value';
import type { GoParam, TemplateValue } from './value';

export const MISSING: unique symbol = Symbol('missing');
export type Missing = typeof MISSING;

export class ExecError extends Error {
  constructor(
    message: string,
    readonly node: ArgNode | CommandNode | PipeNode | null,
  ) {
    super(message);
  }
}

/** Something that can report an execution error at its current node. */
export interface Failer {
  at(n: ArgNode): void;
  fail(msg: string): never;
}

const GO_TYPE: Record<GoParam, string> = {
  string: 'string',
  int: 'int',
  bool: 'bool',
  '[]string': '[]string',
  any: 'interface {}',
  value: 'reflect.Value',
};

/** The value of a constant node (or dot) used as an operand. */
export function argValue(n: LiteralNode, dot: TemplateValue): TemplateValue {
  switch (n.kind) {
    case 'dot':
      return dot;
    case 'nil':
      return null;
    case 'number':
      return n.isFloat ? new GoFloat(Number(n.value)) : Number(n.value);
    default:
      return n.value;
  }
}

/** validateType: a computed value checked against a parameter type. */
export function validateValue(f: Failer, v: TemplateValue, param: GoParam): TemplateValue {
  if (v === undefined) {
    if (param === 'value') return undefined;
    if (param === 'any' || param === '[]string') return null;
    return f.fail(`invalid value; expected ${GO_TYPE[param]}`);
  }
  const ok =
    param === 'any' ||
    param === 'value' ||
    (param === 'string' && typeof v === 'string') ||
    (param === 'bool' && typeof v === 'boolean') ||
    (param === 'int' && typeof v === 'number' && Number.isInteger(v)) ||
    (param === '[]string' && (v === null || (isSlice(v) && v.every((x) => typeof x === 'string'))));
  if (!ok) f.fail(`wrong type for value; expected ${GO_TYPE[param]}; got ${goTypeName(v)}`);
  return v;
}

function literalFor(f: Failer, n: LiteralNode, param: GoParam, dot: TemplateValue): TemplateValue {
  if (n.kind === 'nil') {
    if (param === 'any' || param === 'value' || param === '[]string') return null;
    return f.fail(`cannot assign nil to ${GO_TYPE[param]}`);
  }
  if (param === 'any' || param === 'value') return argValue(n, dot);
  if (param === 'string' && n.kind === 'string') return n.value;
  if (param === 'bool' && n.kind === 'bool') return n.value;
  if (param === 'int' && n.kind === 'number' && n.isInt) return Number(n.value);
  if (param === 'string') return f.fail(`expected string; found ${n.text}`);
  if (param === 'bool') return f.fail(`expected bool; found ${n.text}`);
  if (param === 'int') return f.fail(`expected integer; found ${n.text}`);
  return f.fail(`can't handle ${n.text} for arg of type ${GO_TYPE[param]}`);
}

/** evalArg: an argument node evaluated and checked against a parameter type. */
export function validate(
  f: Failer,
  n: ArgNode,
  param: GoParam,
  evalNode: (n: ArgNode) => TemplateValue,
  dot: TemplateValue,
): TemplateValue {
  f.at(n);
  switch (n.kind) {
    case 'dot':
      return validateValue(f, dot, param);
    case 'field':
    case 'variable':
    case 'chain':
    case 'pipe':
    case 'identifier':
      return validateValue(f, evalNode(n), param);
    default:
      return literalFor(f, n, param, dot);
  }
}

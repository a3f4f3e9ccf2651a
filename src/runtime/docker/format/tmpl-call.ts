// Field, method and function evaluation (evalField, evalCall): Go's lookup order (methods, then
// struct fields or map keys) and its argument-count and lookup errors.

import { MISSING, validateValue } from './tmpl-args';
import type { Missing } from './tmpl-args';
import type { Exec } from './tmpl-exec';
import { FuncError } from './tmpl-funcs';
import type { FuncDef } from './tmpl-funcs';
import type { ArgNode, CommandNode } from './tmpl-nodes';
import { GoStruct, goTypeName, isMap, isPlainStruct, isTrue } from './value';
import type { TemplateValue } from './value';
import { goQuote } from '../../build/go-fmt';

type Final = TemplateValue | Missing;

function missingKey(ex: Exec, name: string): TemplateValue {
  if (ex.options.missingKeyError) ex.fail(`map has no entry for key ${goQuote(name)}`);
  return undefined;
}

function evalField(
  ex: Exec,
  dot: TemplateValue,
  name: string,
  node: ArgNode,
  args: readonly ArgNode[],
  final: Final,
  receiver: TemplateValue,
): TemplateValue {
  if (receiver === undefined) {
    if (ex.options.missingKeyError) ex.fail(`nil data; no entry for key ${goQuote(name)}`);
    return undefined;
  }
  if (receiver === null) return ex.fail(`nil pointer evaluating interface {}.${name}`);
  const nArgs = args.length - 1 + (final === MISSING ? 0 : 1);
  const hasArgs = nArgs > 0;
  if (receiver instanceof GoStruct) {
    const method = receiver.options.methods?.[name];
    if (method)
      return callDef(
        ex,
        dot,
        name,
        node,
        { ...method, call: (a) => method.call(...a) },
        args.slice(1),
        final,
      );
    if (receiver.options.mapLike) {
      if (hasArgs) ex.fail(`${name} is not a method but has arguments`);
      return Object.hasOwn(receiver.fields, name) ? receiver.fields[name] : missingKey(ex, name);
    }
    if (Object.hasOwn(receiver.fields, name)) {
      if (hasArgs && receiver.options.methodFields)
        ex.fail(`wrong number of args for ${name}: want 0 got ${nArgs}`);
      if (hasArgs) ex.fail(`${name} has arguments but cannot be invoked as function`);
      return receiver.fields[name];
    }
  } else if (isMap(receiver)) {
    if (hasArgs) ex.fail(`${name} is not a method but has arguments`);
    // A nil held in a map of interfaces is an invalid value once fetched: it prints <no value>.
    return receiver.has(name) ? (receiver.get(name) ?? undefined) : missingKey(ex, name);
  } else if (isPlainStruct(receiver) && Object.hasOwn(receiver, name)) {
    if (hasArgs) ex.fail(`${name} has arguments but cannot be invoked as function`);
    return receiver[name];
  }
  return ex.fail(`can't evaluate field ${name} in type ${goTypeName(receiver)}`);
}

/** evalFieldChain: .A.B.C from a receiver; only the last link gets the arguments. */
export function fieldOf(
  ex: Exec,
  dot: TemplateValue,
  receiver: TemplateValue,
  node: ArgNode,
  idents: readonly string[],
  args: readonly ArgNode[],
  final: Final,
): TemplateValue {
  let r = receiver;
  idents.forEach((name, i) => {
    const last = i === idents.length - 1;
    r = evalField(ex, dot, name, node, last ? args : [node], last ? final : MISSING, r);
  });
  return r;
}

function callDef(
  ex: Exec,
  dot: TemplateValue,
  name: string,
  node: ArgNode | CommandNode,
  def: FuncDef,
  argNodes: readonly ArgNode[],
  final: Final,
): TemplateValue {
  const numIn = argNodes.length + (final === MISSING ? 0 : 1);
  const numFixed = def.params.length;
  if (def.variadic !== undefined) {
    if (numIn < numFixed)
      ex.fail(`wrong number of args for ${name}: want at least ${numFixed} got ${argNodes.length}`);
  } else if (numIn !== numFixed) ex.fail(`wrong number of args for ${name}: want ${numFixed} got ${numIn}`);
  const paramAt = (i: number) => (i < numFixed ? def.params[i] : def.variadic) ?? 'any';
  if (name === 'and' || name === 'or') return andOr(ex, dot, name, argNodes, final);
  const args = argNodes.map((n, i) => ex.evalTypedArg(dot, n, paramAt(i)));
  if (final !== MISSING) args.push(validateValue(ex, final, paramAt(numIn - 1)));
  try {
    return def.call(args);
  } catch (e) {
    if (!(e instanceof FuncError)) throw e;
    ex.node = node;
    return ex.fail(`error calling ${name}: ${e.message}`);
  }
}

function andOr(
  ex: Exec,
  dot: TemplateValue,
  name: string,
  argNodes: readonly ArgNode[],
  final: Final,
): TemplateValue {
  let v: TemplateValue = undefined;
  for (const n of argNodes) {
    v = ex.evalTypedArg(dot, n, 'value');
    if (isTrue(v) === (name === 'or')) return v;
  }
  return final === MISSING ? v : final;
}

/** evalFunction: a function call by name, `node` being the command for "error calling" context. */
export function callFunc(
  ex: Exec,
  dot: TemplateValue,
  name: string,
  node: ArgNode | CommandNode,
  argNodes: readonly ArgNode[],
  final: Final,
): TemplateValue {
  const def = ex.funcs.get(name);
  if (!def) return ex.fail(`${goQuote(name)} is not a defined function`);
  return callDef(ex, dot, name, node, def, argNodes, final);
}

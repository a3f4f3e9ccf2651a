// A trampoline for deep Python recursion. Nested generators (`yield*`) resume through every level
// on the JavaScript stack, so a Python function calling itself a few hundred times would overflow
// it. Function bodies therefore run as separate generators: `deepCall` hands them to this
// trampoline, which keeps them in an array and forwards their system calls, so the JavaScript
// stack stays shallow however deep the Python recursion goes (up to Python's own limit, 1000).

import type { Gen, Syscall } from '../../sys';
import { PY_CALL } from './ctx';

type Input = { readonly value: unknown } | { readonly error: unknown };

export function* trampoline<T>(root: Gen<T>): Gen<T> {
  const stack: Gen<unknown>[] = [root];
  let input: Input = { value: undefined };
  for (;;) {
    const top = stack[stack.length - 1]!;
    let r: IteratorResult<Syscall, unknown>;
    try {
      r = 'error' in input ? top.throw(input.error) : top.next(input.value);
    } catch (e) {
      stack.pop();
      if (stack.length === 0) throw e;
      input = { error: e };
      continue;
    }
    if (r.done === true) {
      stack.pop();
      if (stack.length === 0) return r.value as T;
      input = { value: r.value };
      continue;
    }
    const req: Syscall = r.value;
    if (req.nr === PY_CALL) {
      stack.push(req.args[0] as Gen<unknown>);
      input = { value: undefined };
      continue;
    }
    try {
      input = { value: yield req };
    } catch (e) {
      input = { error: e };
    }
  }
}

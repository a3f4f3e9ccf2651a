// A trampoline for deep recursion in interpreters (the shell's functions, Python's calls). Nested
// generators (`yield*`) resume through every level on the JavaScript stack, so a function calling
// itself a few hundred times would overflow it. A body therefore runs as a separate generator:
// `deepCall` hands it to the trampoline at the bottom of the process, which keeps the generators
// in an array and forwards their system calls to the kernel, so the JavaScript stack stays shallow
// however deep the interpreted recursion goes (each interpreter checks its own depth limit).

import type { Gen, Syscall } from '../sys';

/** The request that asks the trampoline to run a generator (never reaches the kernel). */
export const DEEP_CALL = '__deep_call__';

/** Run `g` on the trampoline's stack instead of nesting it in the caller's generator chain. */
export function* deepCall<T>(g: Gen<T>): Gen<T> {
  const request: Syscall = { nr: DEEP_CALL, args: [g] };
  return (yield request) as T;
}

type Input = { readonly value: unknown } | { readonly error: unknown };

/** Drive `root` and every generator it starts with deepCall; returns root's result. */
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
    if (req.nr === DEEP_CALL) {
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

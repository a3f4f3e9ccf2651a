// A trampoline for deep shell recursion. Nested generators (`yield*`) resume through every level
// on the JavaScript stack, so a shell function calling itself a few hundred times would overflow
// it. A function body therefore runs as a separate generator: `deepCall` hands it to the
// trampoline at the bottom of the process, which keeps the generators in an array and forwards
// their system calls to the kernel, so the JavaScript stack stays shallow however deep the shell
// recursion goes (bash's own limit, FUNCNEST-like, is checked by the caller).

import type { Gen, Program, Syscall } from '../../sys';

const CALL = '__sh_deep_call';

/** Run `g` on the trampoline's stack instead of nesting it in the caller's generator chain. */
export function* deepCall<T>(g: Gen<T>): Gen<T> {
  const request: Syscall = { nr: CALL, args: [g] };
  return (yield request) as T;
}

type Input = { readonly value: unknown } | { readonly error: unknown };

/** Drive `root` and every generator it starts with deepCall; returns root's result. */
export function* trampoline(root: Gen<number>): Program {
  const stack: Array<Gen<unknown>> = [root];
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
    if (r.done) {
      stack.pop();
      if (stack.length === 0) return r.value as number;
      input = { value: r.value };
      continue;
    }
    const req: Syscall = r.value;
    if (req.nr === CALL) {
      stack.push(req.args[0] as Gen<unknown>);
      input = { value: undefined };
      continue;
    }
    input = { value: yield req };
  }
}

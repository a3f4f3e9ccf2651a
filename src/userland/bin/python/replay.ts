// os.fork() for a generator-based interpreter. A running generator cannot be copied, so the child
// re-executes the interpreter from the start, feeding it the parent's recorded system-call results
// (without performing them) up to the fork, where its clone() returns 0; from then on it runs
// live. The interpreter is deterministic given its syscall results, so the child reaches exactly
// the parent's state at the fork: variables, loop positions, open files and unflushed buffers.
//
// Simplification: replay costs time proportional to the work done before the fork.

import type { Gen, Syscall } from '../../sys';

export class Recorder {
  constructor(
    /** Results of every syscall so far (the child's starts with the parent's prefix). */
    readonly log: unknown[] = [],
    /** How many leading entries of `log` to replay instead of performing. */
    private replay = 0,
  ) {}

  /** Drive `inner`, recording (or replaying) the answers to its syscalls. */
  *drive<T>(inner: Gen<T>): Gen<T> {
    let input: unknown = undefined;
    let i = 0;
    for (;;) {
      const r: IteratorResult<Syscall, T> = inner.next(input);
      if (r.done === true) return r.value;
      if (i < this.replay) {
        input = this.log[i++];
        continue;
      }
      input = yield r.value;
      this.log.push(input);
      i++;
    }
  }

  /** The log a child forked now should replay: everything so far, then 0 for the clone. */
  childLog(): unknown[] {
    return [...this.log, 0];
  }
}

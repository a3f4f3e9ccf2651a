// Kernel events: a typed log of what changed, for the views to animate and lessons to check.
// Past-tense names (taskCreated, mountAdded...). Only appended; consumers keep their own cursor.

export type KernelEvent =
  | { readonly type: 'taskCreated'; readonly pid: number; readonly ppid: number; readonly timeNs: number }
  | { readonly type: 'taskExeced'; readonly pid: number; readonly comm: string; readonly timeNs: number }
  | { readonly type: 'taskExited'; readonly pid: number; readonly status: number; readonly timeNs: number }
  | { readonly type: 'mountAdded'; readonly id: number; readonly target: string; readonly fstype: string }
  | { readonly type: 'mountRemoved'; readonly id: number };

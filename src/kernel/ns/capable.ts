// Capabilities, reduced to one question (capabilities(7), user_namespaces(7)): may task `t` act as
// privileged on an object owned by user namespace `owner`? Yes when t holds the full capability
// set in its own user namespace and `owner` is that namespace or a descendant of it.
// Simplification: capabilities are all-or-nothing; root (or the creator of a user namespace,
// or a process mapped to uid 0 in it after execve) has them all.

import type { Task } from '../task/task';
import type { UserNamespace } from './nsproxy';

export function capable(t: Task, owner: UserNamespace): boolean {
  if (!t.cred.caps) return false;
  for (let ns: UserNamespace | undefined = owner; ns; ns = ns.parent) if (ns === t.ns.user) return true;
  return false;
}

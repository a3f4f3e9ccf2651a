// Terminal job control checks (drivers/tty/tty_jobctrl.c; termios(3) TOSTOP, tcsetpgrp(3)): a process
// of a background process group that reads its controlling terminal gets SIGTTIN, and one that
// writes with TOSTOP set or changes the terminal's settings gets SIGTTOU. The default action of
// both stops the whole group; the call then restarts when the group is continued (in the
// foreground, it succeeds). A process that ignores or blocks SIGTTIN reads EIO instead; one that
// ignores or blocks SIGTTOU goes ahead. A group with no parent outside it in the same session (an
// orphaned group) cannot be stopped: its calls fail with EIO.
//
// Simplification: "restart" re-runs the call from the beginning after the stop (ERESTARTSYS with
// the stop's SIGCONT); a caught SIGTTIN/SIGTTOU makes the call fail with EINTR (no SA_RESTART). A
// blocked read is re-checked each time it wakes (POSIX's "after every sleep"; Linux checks once, at
// the start). A group that becomes orphaned with stopped members gets no SIGHUP/SIGCONT.

import { EIO } from '../abi/errno';
import { SIGTTIN, SIG_IGN } from '../abi/signal';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import type { Block } from '../vfs/inode';
import type { Tty } from './tty';

/** The call must be restarted once the signal just sent has been dealt with (ERESTARTSYS). */
export const RESTART_AFTER_SIGNAL: Block = { block: null };

function isIgnored(task: Task, sig: number): boolean {
  return task.blocked.has(sig) || task.handlers[sig] === SIG_IGN;
}

/**
 * Whether process group `pgid` is orphaned (will_become_orphaned_pgrp): no member has a parent
 * in another group of the same session. Children of init do not count.
 */
export function isOrphanedPgrp(k: KernelCore, pgid: number): boolean {
  for (const t of k.tasks.values()) {
    if (t.pgid !== pgid || !t.alive) continue;
    const parent = t.parent;
    if (!parent || parent.pid === 1) continue;
    if (parent.pgid !== pgid && parent.sid === t.sid) return false;
  }
  return true;
}

/**
 * __tty_check_change: 0 to go ahead, -EIO, or RESTART_AFTER_SIGNAL once `sig` has been sent to the
 * caller's process group.
 */
export function ttyCheckChange(k: KernelCore, tty: Tty, sig: number): number | Block {
  const task = k.current;
  if (!task || task.ctty !== tty) return 0;
  if (tty.fgPgrp === 0 || task.pgid === tty.fgPgrp) return 0;
  if (isIgnored(task, sig)) return sig === SIGTTIN ? -EIO : 0;
  if (isOrphanedPgrp(k, task.pgid)) return -EIO;
  k.signalPgrp(task.pgid, sig);
  return RESTART_AFTER_SIGNAL;
}

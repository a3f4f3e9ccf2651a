// The interactive shell: job control set-up (own process group, terminal ownership, ignoring the
// stop signals), start-up files, then the read–eval loop: job notices, the PS1 prompt read
// through the line editor, PS2 continuation lines, history, and `exit` at end of input.

import { SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU, SIG_DFL } from '../../kernel/abi/signal';
import { TIOCGPGRP, TIOCSPGRP } from '../../kernel/abi/termios';
import type { Gen } from '../sys';
import { writeAll } from '../libc/io';
import { AbortLine, ExitShell } from './shell';
import type { Shell } from './shell';
import { catchSignal, ignoreSignal, runExitTrap } from './exec/traps';
import { isComplete, runText } from './exec/script';
import { notifyJobs } from './builtins/jobctl';
import { addHistory, createLineEditState, readLine } from './lineedit';
import type { LineEditState } from './lineedit';
import { expandPrompt } from './prompt';
import { unwindStatus } from './exec/fork';
import { BUILTINS } from './builtins';
import { RESERVED } from './parser';

/**
 * bash's initialize_job_control: a shell started in a background group stops itself (SIGTTIN)
 * until it is brought to the foreground; then it ignores the stop signals, so that taking the
 * terminal (TIOCSPGRP, which a background group may only do with SIGTTOU ignored) never stops it.
 */
function* setupJobControl(sh: Shell): Gen<void> {
  for (let tries = 0; ; tries++) {
    const fg = yield* sh.sys.ioctl(0, TIOCGPGRP);
    if (typeof fg !== 'number' || fg <= 0 || fg === (yield* sh.sys.getpgid(0))) break;
    if (tries > 16) {
      yield* sh.error('initialize_job_control: no job control in background');
      break;
    }
    const old = yield* sh.sys.rt_sigaction(SIGTTIN, SIG_DFL);
    yield* sh.sys.kill(0, SIGTTIN);
    if (typeof old !== 'number') yield* sh.sys.rt_sigaction(SIGTTIN, old);
  }
  for (const sig of [SIGTSTP, SIGTTIN, SIGTTOU, SIGQUIT, SIGTERM]) yield* ignoreSignal(sh, sig);
  yield* catchSignal(sh, SIGINT);
  yield* sh.sys.setpgid(0, 0);
  const pgid = yield* sh.sys.getpgid(0);
  const r = yield* sh.sys.ioctl(0, TIOCSPGRP, pgid);
  if (!(typeof r === 'number' && r < 0)) sh.opts.add('monitor');
}

function* startupFiles(sh: Shell, login: boolean): Gen<void> {
  const home = sh.vars.get('HOME') ?? '/root';
  const files = login ? ['/etc/profile', `${home}/.profile`] : ['/etc/bash.bashrc', `${home}/.bashrc`];
  if (login) {
    for (const f of ['/etc/profile']) yield* sourceIfExists(sh, f);
    for (const f of ['.bash_profile', '.bash_login', '.profile']) {
      if (yield* sourceIfExists(sh, `${home}/${f}`)) break;
    }
    return;
  }
  for (const f of files) yield* sourceIfExists(sh, f);
}

function* sourceIfExists(sh: Shell, path: string): Gen<boolean> {
  const st = yield* sh.sys.stat(path);
  if (typeof st === 'number') return false;
  const source = BUILTINS.source;
  if (source) {
    try {
      yield* source(sh, ['source', path]);
    } catch (e) {
      if (!(e instanceof AbortLine)) throw e;
    }
  }
  return true;
}

function* completeCommand(sh: Shell, prefix: string): Gen<string[]> {
  const names = new Set<string>();
  for (const n of [...Object.keys(BUILTINS), ...sh.funcs.keys(), ...sh.aliases.keys(), ...RESERVED]) {
    if (n.startsWith(prefix)) names.add(n);
  }
  for (const dir of (sh.vars.get('PATH') ?? '').split(':')) {
    const fd = yield* sh.sys.open(dir || '.', 0o200000);
    if (fd < 0) continue;
    const ents = yield* sh.sys.getdents64(fd);
    yield* sh.sys.close(fd);
    if (typeof ents === 'number') continue;
    for (const e of ents)
      if (e.name.startsWith(prefix) && e.name !== '.' && e.name !== '..') names.add(e.name);
  }
  return [...names].sort();
}

export function* interactiveLoop(sh: Shell, login: boolean): Gen<number> {
  sh.interactive = true;
  sh.sourceName = 'main';
  sh.opts.add('histexpand');
  sh.opts.add('history');
  yield* setupJobControl(sh);
  // busybox ash's default prompt is "\w \$ " ("/ # "); bash's is "\u@\h:\w\$ ".
  if (sh.vars.get('PS1') === undefined)
    sh.vars.set('PS1', sh.applets.size > 0 ? '\\w \\$ ' : '\\u@\\h:\\w\\$ ');
  if (sh.vars.get('PS2') === undefined) sh.vars.set('PS2', '> ');
  const state = createLineEditState();
  state.completeCommand = (prefix) => completeCommand(sh, prefix);
  state.getHome = () => sh.vars.get('HOME');
  sh.lineEdit = state;
  try {
    yield* startupFiles(sh, login);
    for (;;) {
      const text = yield* readCommand(sh, state);
      if (text === null) {
        yield* writeAll(sh.sys, 2, 'exit\n');
        break;
      }
      if (text.trim() === '') continue;
      addHistory(state, historyLine(text));
      sh.pendingSignals = [];
      try {
        yield* runText(sh, text, 'stdin');
      } catch (e) {
        if (e instanceof ExitShell) throw e;
        sh.status = unwindStatus(sh, e);
      }
    }
  } catch (e) {
    sh.status = unwindStatus(sh, e);
  }
  return yield* runExitTrap(sh);
}

/** A multi-line command as one history entry (bash's cmdhist): lines joined with "; ". */
function historyLine(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  let out = lines[0] ?? '';
  for (const l of lines.slice(1)) {
    const glue = /(\b(do|then|else|in)|[{(|&;])\s*$/.test(out) || out.trim() === '' ? ' ' : '; ';
    out += glue + l;
  }
  return out;
}

/** Read lines until they form a complete command; null at end of input. */
function* readCommand(sh: Shell, state: LineEditState): Gen<string | null> {
  yield* notifyJobs(sh);
  let text = '';
  let prompt = yield* expandPrompt(sh, sh.vars.get('PS1') ?? '');
  for (;;) {
    const line = yield* readLine(sh.sys, prompt, state);
    if (line === null) return text === '' ? null : text;
    if (state.interrupted) {
      sh.status = 130;
      return '';
    }
    text += line + '\n';
    if (isComplete(text)) return text;
    prompt = yield* expandPrompt(sh, sh.vars.get('PS2') ?? '> ');
  }
}

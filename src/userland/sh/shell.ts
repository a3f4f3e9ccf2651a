// The shell's user-space state (what bash keeps in globals): variables, functions, aliases,
// positional parameters, options, traps, jobs, and the bookkeeping for error messages. A forked
// subshell gets a deep copy through `fork()`, so the parent is never affected by the child.

import type { Command, List } from './ast';
import type { Gen, Sys } from '../sys';
import { writeAll } from '../libc/io';
import type { LineEditState } from './lineedit/types';
import { VarStore } from './vars';
import type { Job } from './jobs';
import type { Builtin } from './builtins/util';

export interface FuncDef {
  readonly body: Command;
  /** The name errors inside the function are reported under ("environment", "main", a file). */
  readonly source: string;
}

/** `exit` or a fatal error: unwinds to the top of the shell (or subshell). */
export class ExitShell {
  constructor(readonly status: number) {}
}
/** break / continue N. */
export class LoopControl {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}
/** `return`. */
export class ReturnFunc {
  constructor(readonly status: number) {}
}
/** An error that abandons the current command line (bash's jump_to_top_level(DISCARD)). */
export class AbortLine {
  constructor(
    readonly status: number,
    /** Fatal in a non-interactive shell (unbound variable, ${x:?}): exit instead. */
    readonly fatal: boolean,
  ) {}
}

export const SET_OPTIONS = [
  'allexport',
  'braceexpand',
  'emacs',
  'errexit',
  'errtrace',
  'functrace',
  'hashall',
  'histexpand',
  'history',
  'ignoreeof',
  'interactive-comments',
  'keyword',
  'monitor',
  'noclobber',
  'noexec',
  'noglob',
  'nolog',
  'notify',
  'nounset',
  'onecmd',
  'physical',
  'pipefail',
  'posix',
  'privileged',
  'verbose',
  'vi',
  'xtrace',
] as const;

export const SHORT_OPTIONS: Record<string, string> = {
  a: 'allexport',
  B: 'braceexpand',
  e: 'errexit',
  E: 'errtrace',
  T: 'functrace',
  h: 'hashall',
  H: 'histexpand',
  k: 'keyword',
  m: 'monitor',
  C: 'noclobber',
  n: 'noexec',
  f: 'noglob',
  b: 'notify',
  u: 'nounset',
  t: 'onecmd',
  P: 'physical',
  p: 'privileged',
  v: 'verbose',
  x: 'xtrace',
};

/** Entry points of the executor the expander needs (set once by exec; avoids an import cycle). */
export interface ShellHooks {
  cmdSubst(sh: Shell, body: List): Gen<string>;
  /** Parse and run text in the current shell (eval, trap actions). */
  evalString(sh: Shell, text: string): Gen<number>;
  runList(sh: Shell, list: List): Gen<number>;
  runCommand(sh: Shell, cmd: Command, text: string, forked?: boolean): Gen<number>;
  /** `command NAME ARGS`: a builtin or a program, never a function. */
  runArgv(sh: Shell, argv: readonly string[], functions: boolean): Gen<number>;
  builtin(name: string): Builtin | undefined;
  builtinNames(): readonly string[];
}

function* none(): Gen<never> {
  throw new Error('shell hooks not installed');
}
const NO_HOOKS: ShellHooks = {
  cmdSubst: none,
  evalString: none,
  runList: none,
  runCommand: none,
  runArgv: none,
  builtin: () => undefined,
  builtinNames: () => [],
};

export class Shell {
  hooks: ShellHooks = NO_HOOKS;
  vars = new VarStore();
  funcs = new Map<string, FuncDef>();
  aliases = new Map<string, string>();
  params: string[] = [];
  arg0 = 'bash';
  opts = new Set<string>(['braceexpand', 'hashall', 'interactive-comments']);
  interactive = false;
  /** 'c' for -c, 's' when reading commands from stdin (the tail of $-). */
  modeFlag = '';
  /** basename of argv[0] without a login '-': the name in "bash: ..." messages. */
  shellName = 'bash';
  /** Where functions defined now come from, for their error messages. */
  sourceName = 'environment';
  /** The source of the running function, when inside one. */
  funcSource: string | undefined;
  status = 0;
  lastBg: number | undefined;
  pid = 0;
  /** $BASHPID: this process (differs from $$ in subshells). */
  bashpid = 0;
  /** State of the $RANDOM generator. */
  randomState = 1;
  randomSeeded = false;
  /** Monotonic seconds at start, for $SECONDS. */
  startSec = 0;
  line = 0;
  traps = new Map<string, string>();
  pendingSignals: number[] = [];
  jobs: Job[] = [];
  funcDepth = 0;
  loopDepth = 0;
  /** Nonzero while running a condition (if/while test, left of && ||, after !): set -e is off. */
  noErrexit = 0;
  /** Inside a compound command or subshell that redirects standard input (bash's stdin_redir). */
  stdinRedir = 0;
  subshell = 0;
  /** Set in forked children: no job control, traps reset. */
  isChild = false;
  /** The child running a $( ): it prints no notices for children killed by signals (not copied). */
  inComsub = false;
  umaskValue = 0o022;
  lineEdit: LineEditState | undefined;
  /** Commands found on PATH: name → path (bash's hash table). */
  hash = new Map<string, string>();
  /** busybox's standalone shell: applet names it runs from its own binary (/proc/self/exe). */
  applets: ReadonlySet<string> = new Set();
  /** Exit status of each element of the last pipeline. */
  pipestatus: number[] = [0];
  /** Running `trap` handler (nested traps are not run). */
  inTrap = false;
  /** Status of the last command substitution in the current simple command. */
  substStatus: number | undefined;
  /** The running function's name. */
  funcName: string | undefined;
  /** getopts' position inside a group of flags (-abc) between calls. */
  getoptsPos = 1;
  /** Depth of `source` (return is allowed inside). */
  sourceDepth = 0;
  /** Set by `exec` without a command: its redirections stay. */
  keepRedirs = false;
  /** How many PS4 characters prefix a traced command (1 + command substitution depth). */
  traceLevel = 1;
  /** Signals this shell installed a JavaScript handler for (children must reset them). */
  handled = new Set<number>();

  constructor(readonly sys: Sys) {}

  /** A deep copy for a forked child (the kernel copies fds and cwd itself). */
  fork(): Shell {
    const c = new Shell(this.sys);
    c.hooks = this.hooks;
    c.vars = this.vars.clone();
    c.funcs = new Map(this.funcs);
    c.aliases = new Map(this.aliases);
    c.params = [...this.params];
    c.arg0 = this.arg0;
    c.opts = new Set(this.opts);
    c.interactive = false;
    c.modeFlag = this.modeFlag;
    c.shellName = this.shellName;
    c.sourceName = this.sourceName;
    c.funcSource = this.funcSource;
    c.status = this.status;
    c.lastBg = this.lastBg;
    c.pid = this.pid;
    c.randomState = this.randomState;
    c.randomSeeded = this.randomSeeded;
    c.startSec = this.startSec;
    c.line = this.line;
    c.traps = new Map(this.traps);
    c.funcDepth = this.funcDepth;
    c.loopDepth = this.loopDepth;
    c.noErrexit = this.noErrexit;
    c.stdinRedir = this.stdinRedir;
    c.subshell = this.subshell + 1;
    c.isChild = true;
    c.umaskValue = this.umaskValue;
    c.lineEdit = this.lineEdit;
    c.hash = new Map(this.hash);
    c.applets = this.applets;
    c.opts.delete('monitor');
    c.traceLevel = this.traceLevel;
    return c;
  }

  opt(name: string): boolean {
    return this.opts.has(name);
  }

  /** "NAME: line N: " or "NAME: " as bash prefixes its diagnostics. */
  prefix(): string {
    const name = this.funcSource ?? this.arg0;
    if (this.interactive) return `${name}: `;
    return `${name}: line ${this.line}: `;
  }

  *error(message: string): Gen<void> {
    yield* writeAll(this.sys, 2, `${this.prefix()}${message}\n`);
  }

  getVar(name: string): string | undefined {
    return this.vars.get(name);
  }

  /** Next $RANDOM value (0..32767), bash's LCG. */
  random(): number {
    this.randomState = (Math.imul(this.randomState, 1103515245) + 12345) >>> 0;
    return (this.randomState >>> 16) & 0x7fff;
  }

  /** IFS (default " \t\n" when unset). */
  ifs(): string {
    return this.vars.get('IFS') ?? ' \t\n';
  }
}

// find(1)'s expression language (GNU findutils 4.9): parse the arguments after the paths into a
// tree of tests, actions and operators (! -a -o ( ) with -not -and -or), with GNU's messages for
// bad expressions. Evaluation lives in bin/find.ts; this part is pure.

export type Node =
  | { readonly kind: 'and' | 'or'; readonly left: Node; readonly right: Node }
  | { readonly kind: 'not'; readonly expr: Node }
  | { readonly kind: 'test'; readonly name: string; readonly arg: string }
  | { readonly kind: 'exec'; readonly argv: readonly string[]; readonly batch: boolean; readonly id: number }
  | { readonly kind: 'action'; readonly name: string };

export interface FindExpr {
  readonly root: Node;
  readonly maxdepth: number;
  readonly mindepth: number;
  /** Children before their directory (-depth, implied by -delete). */
  readonly depthFirst: boolean;
}

const TESTS_WITH_ARG = new Set([
  '-name',
  '-iname',
  '-path',
  '-ipath',
  '-wholename',
  '-iwholename',
  '-type',
  '-xtype',
  '-size',
  '-newer',
  '-user',
  '-group',
  '-perm',
  '-mtime',
  '-atime',
  '-ctime',
  '-mmin',
  '-amin',
  '-cmin',
  '-inum',
  '-links',
  '-uid',
  '-gid',
  '-regex',
  '-lname',
  '-samefile',
]);
const TESTS_NO_ARG = new Set([
  '-empty',
  '-true',
  '-false',
  '-readable',
  '-writable',
  '-executable',
  '-nouser',
  '-nogroup',
]);
const ACTIONS = new Set(['-print', '-print0', '-delete', '-prune', '-quit', '-ls']);
const OPTIONS_WITH_ARG = new Set(['-maxdepth', '-mindepth']);
const OPTIONS_NO_ARG = new Set([
  '-depth',
  '-d',
  '-xdev',
  '-mount',
  '-noleaf',
  '-follow',
  '-ignore_readdir_race',
]);

const TRUE: Node = { kind: 'test', name: '-true', arg: '' };

/** Parse; returns the expression or GNU's error message (without the "find: " prefix). */
export function parseFind(args: readonly string[]): FindExpr | string {
  let i = 0;
  let maxdepth = Infinity;
  let mindepth = 0;
  let depthFirst = false;
  let hasAction = false;
  let execId = 0;

  function primary(): Node | string {
    const a = args[i++]!;
    if (a === '(') {
      const e = orExpr();
      if (typeof e === 'string') return e;
      if (args[i] !== ')')
        return "invalid expression; I was expecting to find a ')' somewhere but did not see one.";
      i++;
      return e;
    }
    if (a === '!' || a === '-not') {
      if (i >= args.length)
        return `invalid expression; you have used a binary operator '${a}' with nothing before it.`;
      const e = primary();
      return typeof e === 'string' ? e : { kind: 'not', expr: e };
    }
    if (OPTIONS_WITH_ARG.has(a)) {
      const v = args[i++];
      if (v === undefined) return `missing argument to \`${a}'`;
      if (!/^\d+$/.test(v)) return `Expected a positive decimal integer argument to ${a}, but got ‘${v}’`;
      if (a === '-maxdepth') maxdepth = Number(v);
      else mindepth = Number(v);
      return TRUE;
    }
    if (OPTIONS_NO_ARG.has(a)) {
      if (a === '-depth' || a === '-d') depthFirst = true;
      return TRUE;
    }
    if (TESTS_WITH_ARG.has(a)) {
      const v = args[i++];
      if (v === undefined) return `missing argument to \`${a}'`;
      if (a === '-type' || a === '-xtype') {
        for (const t of v.split(',')) if (!/^[bcdpflsD]$/.test(t)) return `Unknown argument to ${a}: ${t}`;
      }
      if (a === '-size' && !/^[+-]?\d+[bcwkMG]?$/.test(v))
        return `invalid -size type \`${v.replace(/^[+-]?\d+/, '')}'`;
      return { kind: 'test', name: a, arg: v };
    }
    if (TESTS_NO_ARG.has(a)) return { kind: 'test', name: a, arg: '' };
    if (ACTIONS.has(a)) {
      if (a !== '-prune') hasAction = true;
      if (a === '-delete') depthFirst = true;
      return { kind: 'action', name: a };
    }
    if (a === '-exec' || a === '-ok' || a === '-execdir') {
      const start = i;
      while (i < args.length && args[i] !== ';' && !(args[i] === '+' && args[i - 1] === '{}')) i++;
      if (i >= args.length || i === start) return `missing argument to \`${a}'`;
      const batch = args[i] === '+';
      const argv = args.slice(start, i);
      i++;
      hasAction = true;
      return { kind: 'exec', argv, batch, id: execId++ };
    }
    if (a.startsWith('-') && a.length > 1) return `unknown predicate \`${a}'`;
    return `paths must precede expression: \`${a}'`;
  }

  function andExpr(): Node | string {
    let left = primary();
    while (
      typeof left !== 'string' &&
      i < args.length &&
      args[i] !== '-o' &&
      args[i] !== '-or' &&
      args[i] !== ')' &&
      args[i] !== ','
    ) {
      if (args[i] === '-a' || args[i] === '-and') {
        i++;
        if (i >= args.length)
          return "invalid expression; you have used a binary operator '-a' with nothing after it.";
      }
      const right = primary();
      if (typeof right === 'string') return right;
      left = { kind: 'and', left, right };
    }
    return left;
  }

  function orExpr(): Node | string {
    let left = andExpr();
    while (typeof left !== 'string' && (args[i] === '-o' || args[i] === '-or')) {
      i++;
      if (i >= args.length)
        return "invalid expression; you have used a binary operator '-o' with nothing after it.";
      const right = andExpr();
      if (typeof right === 'string') return right;
      left = { kind: 'or', left, right };
    }
    return left;
  }

  if (args.length === 0) return { root: { kind: 'action', name: '-print' }, maxdepth, mindepth, depthFirst };
  const root = orExpr();
  if (typeof root === 'string') return root;
  if (i < args.length)
    return args[i] === ')' ? "you have too many ')'" : `paths must precede expression: \`${args[i]}'`;
  const full: Node = hasAction
    ? root
    : { kind: 'and', left: root, right: { kind: 'action', name: '-print' } };
  return { root: full, maxdepth, mindepth, depthFirst };
}

/** find -size: does a file of `bytes` match "+N", "-N" or "N" with unit b/c/w/k/M/G? */
export function sizeMatches(spec: string, bytes: number): boolean {
  const m = /^([+-]?)(\d+)([bcwkMG]?)$/.exec(spec);
  if (!m) return false;
  const unit = { b: 512, c: 1, w: 2, k: 1024, M: 1048576, G: 1073741824, '': 512 }[m[3] as 'b'] ?? 512;
  const size = Math.ceil(bytes / unit);
  const n = Number(m[2]);
  return m[1] === '+' ? size > n : m[1] === '-' ? size < n : size === n;
}

/** Compare a number the find way: "+N" more than, "-N" less than, "N" exactly. */
export function numberMatches(spec: string, value: number): boolean {
  const n = Number(spec.replace(/^[+-]/, ''));
  return spec.startsWith('+') ? value > n : spec.startsWith('-') ? value < n : value === n;
}

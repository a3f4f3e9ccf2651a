// docker 20.10's help and usage texts: cobra's usage template as the docker CLI customises it, and
// pflag's FlagUsagesWrapped (flags sorted by name, descriptions wrapped to the terminal width - 1,
// `(default …)` suffixes), plus the argument-count errors of cli/required.go.

import type { Arity, CommandSpec, FlagSpec } from './spec';
import { defaultSuffix, typeName } from './kinds';

/** A command with the words that lead to it (`docker`, `docker image`, `docker image ls`). */
export interface CommandNode {
  readonly spec: CommandSpec;
  readonly path: string;
  readonly parent?: CommandNode;
  /** Flags inherited from the root's persistent flags (the hidden --help). */
  readonly inherited: readonly FlagSpec[];
}

/** pflag wrapN: split `s` at whitespace before column `i` (going `slop` over for a last word). */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag wrap: `s` wrapped to width `w` with continuation lines indented by `i`. */
export function pflagWrap(i0: number, w: number, s: string): string {
  let i = i0;
  if (w === 0) return s.replaceAll('\n', '\n' + ' '.repeat(i));
  let width = w - i;
  let r = '';
  if (width < 24) {
    i = 16;
    width = w - i;
    r += '\n' + ' '.repeat(i);
  }
  if (width < 24) return s.replaceAll('\n', r);
  const slop = 5;
  width -= slop;
  const pad = '\n' + ' '.repeat(i);
  let [line, rest] = wrapN(width, slop, s);
  r += line.replaceAll('\n', pad);
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    r += pad + line.replaceAll('\n', pad);
  }
  return r;
}

/** pflag FlagUsagesWrapped(cols) over the visible flags, sorted by name. */
export function flagUsages(flags: readonly FlagSpec[], cols: number, sorted = true): string {
  const seen = new Set<string>();
  const visible = flags.filter((f) => !f.hidden && !seen.has(f.name) && seen.add(f.name));
  if (sorted) visible.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines: [string, string][] = visible.map((f) => {
    let left =
      f.short !== undefined && f.shortDeprecated === undefined
        ? `  -${f.short}, --${f.name}`
        : `      --${f.name}`;
    const varname = typeName(f);
    if (varname !== '') left += ' ' + varname;
    return [left, f.usage + defaultSuffix(f)];
  });
  const maxlen = Math.max(0, ...lines.map(([left]) => left.length + 1));
  return lines
    .map(
      ([left, usage]) =>
        `${left} ${' '.repeat(maxlen - left.length)} ${pflagWrap(maxlen + 2, cols, usage)}\n`,
    )
    .join('');
}

/** The flags `--help` lists for a command: its own plus inherited persistent ones. */
export function allFlags(node: CommandNode): FlagSpec[] {
  return [...node.spec.flags, ...node.inherited];
}

function hasAvailableFlags(node: CommandNode): boolean {
  return allFlags(node).some((f) => !f.hidden);
}

/** cobra UseLine: the parent's path then Use. */
export function useLine(node: CommandNode): string {
  const use = node.spec.use === '' ? node.spec.name : `${node.spec.name} ${node.spec.use}`;
  return node.parent === undefined ? use : `${node.parent.path} ${use}`;
}

function commandList(subs: readonly CommandSpec[], padding: number, management: boolean): string {
  return subs
    .filter((c) => (c.subcommands !== undefined) === management)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((c) => `  ${c.name.padEnd(management ? padding + 1 : padding)}${management ? '' : ' '}${c.short}\n`)
    .join('');
}

/** The usage text (cobra UsageString) for `width` terminal columns. */
export function usageString(node: CommandNode, width: number): string {
  const { spec } = node;
  const subs = spec.subcommands ?? [];
  let out = 'Usage:  ';
  if (subs.length > 0) out += `${node.path}${hasAvailableFlags(node) ? ' [OPTIONS]' : ''} COMMAND\n`;
  else out += useLine(node) + '\n';
  out += '\n' + (spec.long ?? spec.short).trim() + '\n';
  if (spec.aliases !== undefined) out += `\nAliases:\n  ${[spec.name, ...spec.aliases].join(', ')}\n`;
  if (spec.example !== undefined) out += `\nExamples:\n${spec.example}\n`;
  if (hasAvailableFlags(node)) {
    out += '\nOptions:\n' + flagUsages(allFlags(node), width - 1, spec.unsorted !== true).trimEnd() + '\n';
  }
  const padding = Math.max(11, ...subs.map((c) => c.name.length));
  const management = commandList(subs, padding, true);
  if (management !== '') out += '\nManagement Commands:\n' + management;
  const operations = commandList(subs, padding, false);
  if (operations !== '') out += '\nCommands:\n' + operations;
  if (subs.length > 0) out += `\nRun '${node.path} COMMAND --help' for more information on a command.\n`;
  if (node.parent === undefined) {
    out += '\nTo get more help with docker, check out our guides at https://docs.docker.com/go/guides/\n';
  }
  return out;
}

/** What `docker … --help` prints (cobra's help template: a blank line, then the usage). */
export function helpText(node: CommandNode, width: number): string {
  return '\n' + usageString(node, width);
}

const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');

/** The cli/required.go error for a wrong operand count, or undefined when `n` fits. */
export function arityError(node: CommandNode, arity: Arity, n: number, width: number): string | undefined {
  let what: string;
  switch (arity.kind) {
    case 'any':
      return undefined;
    case 'none':
      if (n === 0) return undefined;
      if (node.spec.subcommands !== undefined) return '\n' + usageString(node, width).trimEnd();
      what = 'accepts no arguments.';
      break;
    case 'exact':
      if (n === arity.n) return undefined;
      what = `requires exactly ${arity.n} ${plural(arity.n)}.`;
      break;
    case 'min':
      if (n >= arity.n) return undefined;
      what = `requires at least ${arity.n} ${plural(arity.n)}.`;
      break;
    case 'max':
      if (n <= arity.n) return undefined;
      what = `requires at most ${arity.n} ${plural(arity.n)}.`;
      break;
    case 'range':
      if (n >= arity.min && n <= arity.max) return undefined;
      what = `requires at least ${arity.min} and at most ${arity.max} ${plural(arity.max)}.`;
      break;
  }
  return `"${node.path}" ${what}\nSee '${node.path} --help'.\n\nUsage:  ${useLine(node)}\n\n${node.spec.short}`;
}

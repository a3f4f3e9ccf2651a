// sort(1): sort lines of text files: -k keys, -t separator, orderings -n -g -h -M -V -f -d -i
// -b -r, -u, -s, -c/-C, -o FILE (may be an input), -z; byte order as in LC_ALL=C.
// Simplification: everything is read into memory; -m merges by sorting; -S, -T and --parallel
// are accepted and ignored.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import type { ParsedOption } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { closeInput, openInput, splitLines } from '../libc/input';
import { readAll } from '../libc/io';
import { decode } from '../../lib/utf8';
import { applyLetters, defaultOpts, keyHasOpts, parseKey } from '../libc/sortcmp';
import type { SortConfig } from '../libc/sortcmp';
import { compareByKeys, compareLines } from '../libc/sortorder';
import { SORT_HELP, SORT_SPECS } from './sort/options';

const TOOL = {
  name: 'sort',
  help: SORT_HELP,
  version: coreutilsVersion('sort', 'Mike Haertel and Paul Eggert'),
  usageStatus: 2,
};

function configFrom(opts: readonly ParsedOption[]): SortConfig | { error: string } {
  const global = defaultOpts();
  const cfg: SortConfig = { keys: [], global, tab: null, stable: false, unique: false };
  const keyTexts: string[] = [];
  for (const o of opts) {
    if (o.key.length === 1 && 'bdfghiMnrV'.includes(o.key)) applyLetters(global, o.key);
    else if (o.key === 'k') keyTexts.push(o.value ?? '');
    else if (o.key === 't') {
      const t = o.value ?? '';
      if (t.length > 1 && t !== '\\0') return { error: `multi-character tab ‘${t}’` };
      if (t === '') return { error: 'empty tab' };
      cfg.tab = t === '\\0' ? '\0' : t;
    } else if (o.key === 's') cfg.stable = true;
    else if (o.key === 'u') cfg.unique = true;
  }
  for (const text of keyTexts) {
    const k = parseKey(text);
    if ('error' in k) return k;
    if (!keyHasOpts(text)) Object.assign(k, global, { blanksEnd: global.blanksStart });
    cfg.keys.push(k);
  }
  return cfg;
}

function* readInputs(
  sys: Sys,
  prog: string,
  files: string[],
  delim: string,
): Gen<{ name: string; lines: string[] }[] | number> {
  const out: { name: string; lines: string[] }[] = [];
  for (const name of files) {
    const fd = yield* openInput(sys, name);
    if (fd < 0) {
      yield* warn(sys, `${prog}: cannot read: ${name}: ${strerror(fd)}`);
      return 2;
    }
    const data = yield* readAll(sys, fd);
    yield* closeInput(sys, fd);
    if (typeof data === 'number') {
      yield* warn(sys, `${prog}: read failed: ${name}: ${strerror(data)}`);
      return 2;
    }
    out.push({ name, lines: splitLines(decode(data), delim) });
  }
  return out;
}

function* check(
  sys: Sys,
  prog: string,
  inputs: { name: string; lines: string[] }[],
  cfg: SortConfig,
  quiet: boolean,
): Gen<number> {
  for (const { name, lines } of inputs) {
    for (let i = 1; i < lines.length; i++) {
      const c = compareLines(lines[i - 1]!, lines[i]!, cfg);
      if (c > 0 || (cfg.unique && c === 0)) {
        if (!quiet) yield* warn(sys, `${prog}: ${name}:${i + 1}: disorder: ${lines[i]}`);
        return 1;
      }
    }
  }
  return 0;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'sort');
  const args = yield* parseArgs(sys, TOOL, argv, SORT_SPECS);
  if (typeof args === 'number') return args;
  const cfg = configFrom(args.options);
  if ('error' in cfg) {
    yield* warn(sys, `${prog}: ${cfg.error}`);
    return 2;
  }
  const delim = args.options.some((o) => o.key === 'z') ? '\0' : '\n';
  const files = args.operands.length ? args.operands : ['-'];
  const inputs = yield* readInputs(sys, prog, files, delim);
  if (typeof inputs === 'number') return inputs;
  const checkOpt = args.options.find((o) => o.key === 'c' || o.key === 'C');
  if (checkOpt) {
    const quiet = checkOpt.key === 'C' || checkOpt.value === 'quiet' || checkOpt.value === 'silent';
    return yield* check(sys, prog, inputs, cfg, quiet);
  }
  let lines = inputs.flatMap((i) => i.lines);
  yield* sys.compute(lines.length * Math.max(1, Math.log2(lines.length + 1)) * 200);
  lines.sort((a, b) => compareLines(a, b, cfg));
  if (cfg.unique) lines = lines.filter((l, i) => i === 0 || compareByKeys(lines[i - 1]!, l, cfg) !== 0);
  let fd = STDOUT;
  const outName = args.options.filter((o) => o.key === 'o').pop()?.value;
  if (outName !== undefined) {
    fd = yield* sys.open(outName, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
    if (fd < 0) {
      yield* warn(sys, `${prog}: open failed: ${outName}: ${strerror(fd)}`);
      return 2;
    }
  }
  const out = new Output(sys, fd);
  for (const l of lines) if ((yield* out.write(l + delim)) < 0) return 2;
  const r = yield* out.flush();
  if (fd !== STDOUT) yield* sys.close(fd);
  return r < 0 ? 2 : 0;
}

export const sort: Command = {
  summary: 'sort - sort lines of text files',
  synopsis: 'sort [OPTION]... [FILE]...',
  description: SORT_HELP,
  main,
};

// help: the commands installed on this machine with their one-line summaries, read from the NAME
// line of each manual page in /usr/share/man/man1 (there is no such program on Debian; the shell's
// `help` builtin, which lists builtins, shadows it at the prompt). `help NAME...` shows the
// summary and synopsis of those commands.

import type { Command } from '../command';
import { O_DIRECTORY, O_RDONLY } from '../../kernel/abi/fcntl';
import type { Gen, Program, Sys } from '../sys';
import { isErr } from '../sys';
import { Output, STDOUT, readText, warn } from '../libc/io';
import { MAN_DIR, manSummary, parseManPage } from '../libc/manfmt';

/** The page names in the manual directory, sorted. */
function* pageNames(sys: Sys): Gen<string[]> {
  const fd = yield* sys.open(MAN_DIR, O_RDONLY | O_DIRECTORY);
  if (fd < 0) return [];
  const names: string[] = [];
  for (;;) {
    const entries = yield* sys.getdents64(fd);
    if (typeof entries === 'number' || entries.length === 0) break;
    for (const e of entries) if (e.name.endsWith('.1')) names.push(e.name.slice(0, -2));
  }
  yield* sys.close(fd);
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function* listAll(sys: Sys, out: Output): Gen<void> {
  const rows: Array<[string, string]> = [];
  for (const name of yield* pageNames(sys)) {
    const text = yield* readText(sys, `${MAN_DIR}/${name}.1`);
    if (isErr(text) || typeof text !== 'string') continue;
    const summary = manSummary(text);
    const dash = summary.indexOf(' - ');
    rows.push([name, dash < 0 ? summary : summary.slice(dash + 3)]);
  }
  const width = Math.max(0, ...rows.map(([n]) => n.length));
  yield* out.write("These commands are installed. Type 'man NAME' to learn more about NAME.\n\n");
  for (const [name, text] of rows) yield* out.write(`  ${name.padEnd(width)}  ${text}\n`);
}

function* helpMain(sys: Sys, argv: readonly string[]): Program {
  const out = new Output(sys, STDOUT);
  const topics = argv.slice(1);
  if (topics.length === 0) {
    yield* listAll(sys, out);
    yield* out.flush();
    return 0;
  }
  let status = 0;
  for (const topic of topics) {
    const text = topic.includes('/') ? -1 : yield* readText(sys, `${MAN_DIR}/${topic}.1`);
    if (isErr(text) || typeof text !== 'string') {
      yield* out.flush();
      yield* warn(sys, `help: no help topics match \`${topic}'.  Try \`help' or \`man ${topic}'.`);
      status = 1;
      continue;
    }
    const synopsis = parseManPage(text).find((s) => s.heading === 'SYNOPSIS');
    yield* out.write(manSummary(text) + '\n');
    for (const line of synopsis?.paragraphs.flat() ?? []) yield* out.write(`    ${line}\n`);
  }
  yield* out.flush();
  return status;
}

export const help: Command = {
  summary: 'help - list the installed commands',
  synopsis: 'help [NAME]...',
  description:
    "With no NAME, list every installed command with a one-line summary.  With NAMEs, show the summary and usage of each.  'man NAME' shows the whole manual page.",
  main: helpMain,
};

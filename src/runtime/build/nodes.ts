// The AST stage of BuildKit's parser: one node per logical line, arguments split the way each
// instruction's line parser does it (JSON or whitespace list, name=value pairs, a single string...).
// Errors here are the parser's own and carry no "Dockerfile parse error line N:" prefix in Docker 20.10.

import { DockerfileParseError } from './types';
import type { LogicalLine } from './lines';
import { splitCommand, parseWords, parseJSONArray } from './words';
import { isGoSpace, splitFirstWhitespace, splitWhitespace } from './text';
import { goQuote } from './go-fmt';

export interface RawNode {
  /** Lower-cased instruction name as written. */
  cmd: string;
  args: string[];
  flags: string[];
  json: boolean;
  original: string;
  line: number;
  endLine: number;
}

type Parsed = { args: string[]; json: boolean };
type LineParser = (rest: string, escape: string) => Parsed;

const plain = (args: string[]): Parsed => ({ args, json: false });

function fail(message: string): never {
  throw new DockerfileParseError(message, 0);
}

function maybeJSON(rest: string): Parsed {
  if (rest === '') return plain([]);
  const arr = parseJSONArray(rest);
  if (Array.isArray(arr)) return { args: arr, json: true };
  if (arr !== null) fail(arr.error);
  return plain([rest]);
}

function whitespaceList(rest: string): Parsed {
  return plain(rest === '' ? [] : splitWhitespace(rest));
}

function maybeJSONToList(rest: string): Parsed {
  const arr = parseJSONArray(rest);
  if (Array.isArray(arr)) return { args: arr, json: true };
  if (arr !== null) fail(arr.error);
  return whitespaceList(rest);
}

function nameVal(key: string): LineParser {
  return (rest, escape) => {
    const words = parseWords(rest, escape);
    if (words.length === 0) return plain([]);
    if (!(words[0] ?? '').includes('=')) {
      const parts = splitFirstWhitespace(rest);
      if (parts.length < 2) fail(`${key} must have two arguments`);
      return plain(parts);
    }
    const args: string[] = [];
    for (const word of words) {
      const eq = word.indexOf('=');
      if (eq < 0) fail(`Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`);
      args.push(word.slice(0, eq), word.slice(eq + 1));
    }
    return plain(args);
  };
}

function healthConfig(rest: string): Parsed {
  let sep = 0;
  while (sep < rest.length && !isGoSpace(rest.charAt(sep))) sep++;
  if (sep === 0) return plain([]);
  let next = sep;
  while (next < rest.length && isGoSpace(rest.charAt(next))) next++;
  const cmd = maybeJSON(rest.slice(next));
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json };
}

const parsers = new Map<string, LineParser>(
  Object.entries({
    add: maybeJSONToList,
    arg: (rest, escape) => plain(parseWords(rest, escape)),
    cmd: maybeJSON,
    copy: maybeJSONToList,
    entrypoint: maybeJSON,
    env: nameVal('ENV'),
    expose: whitespaceList,
    from: whitespaceList,
    healthcheck: healthConfig,
    label: nameVal('LABEL'),
    maintainer: (rest) => plain(rest === '' ? [] : [rest]),
    run: maybeJSON,
    shell: maybeJSON,
    stopsignal: (rest) => plain(rest === '' ? [] : [rest]),
    user: (rest) => plain(rest === '' ? [] : [rest]),
    volume: maybeJSONToList,
    workdir: (rest: string) => plain(rest === '' ? [] : [rest]),
  } satisfies Record<string, LineParser>),
);

function lineArgs(
  text: string,
  escape: string,
  depth: number,
): { cmd: string; flags: string[]; parsed: Parsed } {
  const { cmd, flags, rest } = splitCommand(text);
  if (cmd === 'onbuild') {
    if (rest === '' || depth > 0) return { cmd, flags, parsed: plain(rest === '' ? [] : [rest]) };
    const sub = lineArgs(rest, escape, depth + 1);
    return { cmd, flags, parsed: plain([sub.cmd, ...sub.parsed.args]) };
  }
  const parser = parsers.get(cmd);
  return { cmd, flags, parsed: parser === undefined ? plain([]) : parser(rest, escape) };
}

/** Builds the AST node for one logical line; throws DockerfileParseError (unprefixed message). */
export function newNode(l: LogicalLine, escape: string): RawNode {
  try {
    const { cmd, flags, parsed } = lineArgs(l.text, escape, 0);
    return {
      cmd,
      flags,
      args: parsed.args,
      json: parsed.json,
      original: l.text,
      line: l.line,
      endLine: l.endLine,
    };
  } catch (e) {
    if (e instanceof DockerfileParseError) throw new DockerfileParseError(e.message, l.line, l.endLine);
    throw e;
  }
}

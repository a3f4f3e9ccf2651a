// The json-file log driver (daemon/logger/jsonfilelog): each line a container writes becomes
// {"log":"…\n","stream":"stdout","time":"…"} in /var/lib/docker/containers/<id>/<id>-json.log,
// while an attached client gets the bytes as they come. `docker logs` reads the file back.

import { O_APPEND, O_CREAT, O_WRONLY } from '../../kernel/abi/fcntl';
import type { Gen, Sys } from '../../userland/sys';
import { writeAll } from '../../userland/libc/io';
import { readTextFile } from './fsio';
import { goJson, goTime } from '../image';
import { decode } from '../../lib/utf8';
import { CONTAINERS_ROOT, nowNs } from './state';
import type { Container } from './state';

export function logPath(c: Container): string {
  return `${CONTAINERS_ROOT}/${c.id}/${c.id}-json.log`;
}

/** Copy one output stream until end of file: to the attached fd (if any) and to the log. */
export function* copyOutput(sys: Sys, c: Container, from: number, to: number, stream: string): Gen<void> {
  const log = yield* sys.open(logPath(c), O_WRONLY | O_APPEND | O_CREAT, 0o640);
  let partial = '';
  for (;;) {
    const chunk = yield* sys.read(from, 65536);
    if (typeof chunk === 'number' || chunk.length === 0) break;
    if (to >= 0) yield* writeAll(sys, to, chunk);
    const lines = (partial + decode(chunk)).split('\n');
    partial = lines.pop() ?? '';
    if (log >= 0 && lines.length > 0) yield* writeAll(sys, log, yield* records(sys, lines, stream));
  }
  if (log >= 0 && partial !== '') yield* writeAll(sys, log, yield* records(sys, [partial], stream, ''));
  if (log >= 0) yield* sys.close(log);
  yield* sys.close(from);
  if (to >= 0) yield* sys.close(to);
}

function* records(sys: Sys, lines: readonly string[], stream: string, nl = '\n'): Gen<string> {
  const time = goTime(yield* nowNs(sys));
  return lines.map((l) => `${goJson({ log: l + nl, stream, time })}\n`).join('');
}

export interface LogEntry {
  readonly log: string;
  readonly stream: string;
  readonly time: string;
}

/** The container's log records, oldest first. */
export function* readLog(sys: Sys, c: Container): Gen<LogEntry[]> {
  const text = yield* readTextFile(sys, logPath(c));
  if (text === undefined) return [];
  const out: LogEntry[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      out.push(JSON.parse(line) as LogEntry);
    } catch {
      continue;
    }
  }
  return out;
}

// wget(1), GNU Wget 1.21.3: fetch one http:// URL into a file (named after the URL, or -O FILE,
// or -O - for standard output), reporting progress on stderr in wget's "dot" style, as it does
// when stderr is not a terminal. -q silences the report. Exit status 4 for network failures,
// 8 for an HTTP error response.
// Simplification: no recursion, redirects, retries, HTTPS or the terminal progress bar.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import { CLOCK_MONOTONIC, CLOCK_REALTIME } from '../sys';
import { has, last } from '../libc/getopt';
import { parseArgs } from '../libc/cmd';
import { STDERR, STDOUT, writeAll } from '../libc/io';
import { parseUrl } from '../libc/http';
import { exchange, requestText } from '../libc/httpfetch';
import { tcpConnect } from '../libc/tcp';
import { gmtime, strftime } from '../libc/strftime';

const HELP = `GNU Wget 1.21.3, a non-interactive network retriever.
Usage: wget [OPTION]... [URL]...

  -q,  --quiet                     quiet (no output)
  -O,  --output-document=FILE      write documents to FILE
  -V,  --version                   display the version of Wget and exit
  -h,  --help                      print this help
`;

const TOOL = { name: 'wget', help: HELP, version: 'GNU Wget 1.21.3 built on linux-gnu.\n' };
const SPECS = [
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 'O', short: 'O', long: 'output-document', arg: true },
  { key: 'h', short: 'h', long: 'help' },
];

/** wget's retr_rate: bytes per second with B/s, KB/s, MB/s, GB/s units and 3 significant digits. */
export function rate(bytes: number, seconds: number): { value: string; unit: string } {
  const per = seconds > 0 ? bytes / seconds : bytes * 1e6;
  const units = ['B/s', 'KB/s', 'MB/s', 'GB/s'];
  let v = per;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = v >= 99.95 ? 0 : v >= 9.995 ? 1 : 2;
  return { value: v.toFixed(digits), unit: units[i]! };
}

/** The single line of dot progress for a small download (under 1 KB per dot). */
export function dotLine(bytes: number, seconds: number): string {
  const r = rate(bytes, seconds);
  const time = seconds < 0.001 ? '0s' : `${seconds.toFixed(3).replace(/0+$/, '').replace(/\.$/, '')}s`;
  return `${'0K'.padStart(7)}${' '.repeat(55)}100% ${r.value}${r.unit[0] === 'B' ? '' : r.unit[0]}=${time}`;
}

function* now(sys: Sys, clock: number): Gen<number> {
  const t = yield* sys.clock_gettime(clock);
  return t.sec + t.nsec / 1e9;
}

function* stamp(sys: Sys): Gen<string> {
  return strftime('%Y-%m-%d %H:%M:%S', gmtime(Math.floor(yield* now(sys, CLOCK_REALTIME))));
}

function* fetch(sys: Sys, urlText: string, output: string | undefined, quiet: boolean): Gen<number> {
  const say = (text: string): Gen<number> => (quiet ? nothing() : writeAll(sys, STDERR, text));
  const url = parseUrl(urlText);
  if (typeof url === 'string') {
    yield* writeAll(sys, STDERR, `${urlText}: Unsupported scheme.\n`);
    return 1;
  }
  yield* say(`--${yield* stamp(sys)}--  ${urlText}\n`);
  const numeric = /^\d+\.\d+\.\d+\.\d+$/.test(url.host);
  const c = yield* tcpConnect(sys, url.host, url.port);
  if ('error' in c && c.error === 'resolve') {
    yield* say(`Resolving ${url.host} (${url.host})... failed: Name or service not known.\n`);
    yield* writeAll(sys, STDERR, `wget: unable to resolve host address ‘${url.host}’\n`);
    return 4;
  }
  if (!numeric) yield* say(`Resolving ${url.host} (${url.host})... ${c.addr}\n`);
  const target = numeric ? `${url.host}:${url.port}` : `${url.host} (${url.host})|${c.addr}|:${url.port}`;
  if ('error' in c) {
    yield* say(`Connecting to ${target}... failed: ${strerror(c.errno)}.\n`);
    return 4;
  }
  yield* say(`Connecting to ${target}... connected.\n`);
  const t0 = yield* now(sys, CLOCK_MONOTONIC);
  const x = yield* exchange(
    sys,
    c.fd,
    requestText('GET', url, 'Wget/1.21.3', ['Accept-Encoding: identity', 'Connection: Keep-Alive']),
    false,
  );
  yield* sys.close(c.fd);
  if (typeof x === 'string') {
    yield* say('HTTP request sent, awaiting response... No data received.\n');
    return 4;
  }
  yield* say(`HTTP request sent, awaiting response... ${x.head.status} ${x.head.reason}\n`);
  if (x.head.status >= 400) {
    yield* say(`${yield* stamp(sys)} ERROR ${x.head.status}: ${x.head.reason}.\n\n`);
    return 8;
  }
  const type = x.head.headers.get('content-type');
  yield* say(`Length: ${x.body.length}${type ? ` [${type}]` : ''}\n`);
  const name =
    output ??
    (url.path
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ||
      'index.html');
  const toStdout = name === '-';
  yield* say(`Saving to: ‘${toStdout ? 'STDOUT' : name}’\n\n`);
  const fd = toStdout ? STDOUT : yield* sys.open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
  if (fd < 0) {
    yield* writeAll(sys, STDERR, `${name}: ${strerror(fd)}\n`);
    return 3;
  }
  yield* writeAll(sys, fd, x.body);
  if (!toStdout) yield* sys.close(fd);
  const seconds = (yield* now(sys, CLOCK_MONOTONIC)) - t0;
  const r = rate(x.body.length, seconds);
  const n = x.body.length;
  const where = toStdout ? 'written to stdout' : `‘${name}’ saved`;
  yield* say(
    `${dotLine(n, seconds)}\n\n${yield* stamp(sys)} (${r.value} ${r.unit}) - ${where} [${n}/${n}]\n\n`,
  );
  return 0;
}

function* nothing(): Gen<number> {
  return 0;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  if (has(args.options, 'h')) {
    yield* writeAll(sys, STDOUT, HELP);
    return 0;
  }
  if (args.operands.length === 0) {
    yield* writeAll(
      sys,
      STDERR,
      "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n",
    );
    return 1;
  }
  let status = 0;
  for (const url of args.operands) {
    const r = yield* fetch(sys, url, last(args.options, 'O'), has(args.options, 'q'));
    if (r !== 0) status = r;
  }
  return status;
}

export const wget: Command = {
  summary: 'wget - the non-interactive network downloader',
  synopsis: 'wget [OPTION]... [URL]...',
  description: HELP,
  main,
};

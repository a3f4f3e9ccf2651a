// dmesg(1) from util-linux 2.38.1: print or clear the kernel ring buffer, read with syslog(2)
// (SYSLOG_ACTION_READ_ALL). Lines come from the kernel as "[    1.234567] text".
//
// Simplification: there is no /dev/kmsg, so dmesg always reads through syslog(2) (as -S does);
// the buffer carries no facility or level, so -l, -f, -x and -J are not supported.

import type { Command } from '../command';
import { strerror } from '../../kernel/abi/errno';
import { CLOCK_BOOTTIME, CLOCK_REALTIME, SYSLOG_ACTION_CLEAR, SYSLOG_ACTION_READ_ALL } from '../sys';
import type { Gen, Program, Sys } from '../sys';
import { getopt, has, tryHelp } from '../libc/getopt';
import type { OptionSpec } from '../libc/getopt';
import { Output, STDOUT, warn, writeAll } from '../libc/io';
import { gmtime, strftime } from '../libc/strftime';

/** Read and clear all messages (syslog(2) type 4). */
const SYSLOG_ACTION_READ_CLEAR = 4;

const HELP = `
Usage:
 dmesg [options]

Display or control the kernel ring buffer.

Options:
 -C, --clear                 clear the kernel ring buffer
 -c, --read-clear            read and clear all messages
 -k, --kernel                display kernel messages
 -P, --nopager               do not pipe output into a pager
 -r, --raw                   print the raw message buffer
 -S, --syslog                force to use syslog(2) rather than /dev/kmsg
 -T, --ctime                 show human-readable timestamp (may be inaccurate!)
 -t, --notime                don't show any timestamp with messages

 -h, --help                  display this help
 -V, --version               display version

For more details see dmesg(1).
`;

const VERSION = 'dmesg from util-linux 2.38.1\n';

const SPECS: OptionSpec[] = [
  { key: 'C', short: 'C', long: 'clear' },
  { key: 'c', short: 'c', long: 'read-clear' },
  { key: 'k', short: 'k', long: 'kernel' },
  { key: 'P', short: 'P', long: 'nopager' },
  { key: 'r', short: 'r', long: 'raw' },
  { key: 'S', short: 'S', long: 'syslog' },
  { key: 'T', short: 'T', long: 'ctime' },
  { key: 't', short: 't', long: 'notime' },
  { key: 'L', short: 'L', long: 'color', arg: 'optional' },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
];

const STAMP = /^\[\s*(\d+)\.(\d+)\] ?/;

/** Reformat one "[  sec.usec] text" line for -t or -T. */
function formatLine(line: string, mode: 'plain' | 'notime' | 'ctime', bootSec: number): string {
  const m = STAMP.exec(line);
  if (!m || mode === 'plain') return line;
  const text = line.slice(m[0].length);
  if (mode === 'notime') return text;
  const when = strftime('%a %b %e %H:%M:%S %Y', gmtime(bootSec + Number(m[1])));
  return `[${when}] ${text}`;
}

function* bootTime(sys: Sys): Gen<number> {
  const now = yield* sys.clock_gettime(CLOCK_REALTIME);
  const up = yield* sys.clock_gettime(CLOCK_BOOTTIME);
  return now.sec - up.sec - (now.nsec < up.nsec ? 1 : 0);
}

function* dmesgMain(sys: Sys, argv: readonly string[]): Program {
  const parsed = getopt('dmesg', argv.slice(1), SPECS);
  if (!parsed.ok) {
    yield* warn(sys, parsed.message);
    yield* warn(sys, tryHelp('dmesg'));
    return 1;
  }
  const o = parsed.options;
  const first = o.find((x) => x.key === 'h' || x.key === 'V');
  if (first) {
    yield* writeAll(sys, STDOUT, first.key === 'h' ? HELP : VERSION);
    return 0;
  }
  if (parsed.operands.length > 0) {
    yield* warn(sys, 'dmesg: bad usage');
    yield* warn(sys, tryHelp('dmesg'));
    return 1;
  }
  if (has(o, 'C')) {
    const r = yield* sys.syslog(SYSLOG_ACTION_CLEAR);
    if (typeof r === 'number' && r < 0) {
      yield* warn(sys, `dmesg: clear kernel buffer failed: ${strerror(r)}`);
      return 1;
    }
    return 0;
  }
  const text = yield* sys.syslog(has(o, 'c') ? SYSLOG_ACTION_READ_CLEAR : SYSLOG_ACTION_READ_ALL);
  if (typeof text === 'number') {
    if (text >= 0) return 0;
    yield* warn(sys, `dmesg: read kernel buffer failed: ${strerror(text)}`);
    return 1;
  }
  const last = o.filter((x) => x.key === 'T' || x.key === 't').pop()?.key;
  const mode = has(o, 'r') ? 'plain' : last === 'T' ? 'ctime' : last === 't' ? 'notime' : 'plain';
  const boot = mode === 'ctime' ? yield* bootTime(sys) : 0;
  const out = new Output(sys, STDOUT);
  for (const line of text.split('\n')) {
    if (line !== '') yield* out.write(formatLine(line, mode, boot) + '\n');
  }
  yield* out.flush();
  return 0;
}

export const dmesg: Command = {
  summary: 'dmesg - print or control the kernel ring buffer',
  synopsis: 'dmesg [options]\ndmesg --clear\ndmesg --read-clear [options]',
  description:
    'Print the messages of the kernel ring buffer, each with its time since boot in seconds.  -c prints and then clears the buffer, -C only clears it, -t leaves out the timestamps, -T prints them as dates (may be inaccurate).  Reading the buffer needs root (kernel.dmesg_restrict).',
  main: dmesgMain,
};

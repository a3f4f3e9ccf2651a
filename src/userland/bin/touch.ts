// touch(1): update access and modification times, creating missing files unless -c. Times come
// from -d DATE, -t STAMP, -r FILE or the current time; -a / -m change only one of them.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { CLOCK_REALTIME } from '../sys';
import { EISDIR, strerror } from '../../kernel/abi/errno';
import { AT_SYMLINK_NOFOLLOW, O_CREAT, O_NOCTTY, O_NONBLOCK, O_WRONLY } from '../../kernel/abi/fcntl';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { warn } from '../libc/io';
import { parseDate, parseTouchStamp } from '../libc/parsedate';
import { quoteLocale, quoteaf } from '../libc/quote';

const HELP = `Usage: touch [OPTION]... FILE...
Update the access and modification times of each FILE to the current time.

A FILE argument that does not exist is created empty, unless -c or -h
is supplied.

A FILE argument string of - is handled specially and causes touch to
change the times of the file associated with standard output.

Mandatory arguments to long options are mandatory for short options too.
  -a                     change only the access time
  -c, --no-create        do not create any files
  -d, --date=STRING      parse STRING and use it instead of current time
  -f                     (ignored)
  -h, --no-dereference   affect each symbolic link instead of any referenced
                         file (useful only on systems that can change the
                         timestamps of a symlink)
  -m                     change only the modification time
  -r, --reference=FILE   use this file's times instead of current time
  -t STAMP               use [[CC]YY]MMDDhhmm[.ss] instead of current time
      --time=WORD        change the specified time:
                           WORD is access, atime, or use: equivalent to -a
                           WORD is modify or mtime: equivalent to -m
      --help        display this help and exit
      --version     output version information and exit

Note that the -d and -t options accept different time-date formats.
`;

const TOOL = {
  name: 'touch',
  help: HELP,
  version: coreutilsVersion(
    'touch',
    'Paul Rubin, Arnold Robbins, Jim Kingdon,\nDavid MacKenzie, and Randy Smith',
  ),
};
const SPECS = [
  { key: 'a', short: 'a' },
  { key: 'c', short: 'c', long: 'no-create' },
  { key: 'd', short: 'd', long: 'date', arg: true },
  { key: 'f', short: 'f' },
  { key: 'h', short: 'h', long: 'no-dereference' },
  { key: 'm', short: 'm' },
  { key: 'r', short: 'r', long: 'reference', arg: true },
  { key: 't', short: 't', arg: true },
  { key: 'time', long: 'time', arg: true },
];

type Times = [number | 'now' | null, number | 'now' | null];

/** Work out the two timestamps, or an exit status after an error. */
function* chooseTimes(sys: Sys, opts: Parameters<typeof has>[0]): Gen<Times | number> {
  const now = yield* sys.clock_gettime(CLOCK_REALTIME);
  const nowNs = now.sec * 1e9 + now.nsec;
  let a: number | 'now' = 'now';
  let m: number | 'now' = 'now';
  const ref = last(opts, 'r');
  const date = last(opts, 'd');
  const stamp = last(opts, 't');
  if (ref !== undefined) {
    const st = has(opts, 'h') ? yield* sys.lstat(ref) : yield* sys.stat(ref);
    if (typeof st === 'number') {
      yield* warn(sys, `touch: failed to get attributes of ${quoteaf(ref)}: ${strerror(st)}`);
      return 1;
    }
    [a, m] = [st.atimeNs, st.mtimeNs];
  } else if (date !== undefined || stamp !== undefined) {
    const ns = date !== undefined ? parseDate(date, nowNs) : parseTouchStamp(stamp ?? '', nowNs);
    if (ns === null) {
      const what =
        date !== undefined ? `date format ${quoteLocale(date)}` : `date format ${quoteLocale(stamp ?? '')}`;
      yield* warn(sys, `touch: invalid ${what}`);
      return 1;
    }
    [a, m] = [ns, ns];
  }
  const which = last(opts, 'time');
  const onlyA = has(opts, 'a') || which === 'atime' || which === 'access' || which === 'use';
  const onlyM = has(opts, 'm') || which === 'mtime' || which === 'modify';
  if (onlyA && !onlyM) return [a, null];
  if (onlyM && !onlyA) return [null, m];
  return [a, m];
}

function* touchOne(sys: Sys, path: string, times: Times, noCreate: boolean, noDeref: boolean): Gen<boolean> {
  let openErr = 0;
  if (!noCreate && !noDeref) {
    const fd = yield* sys.open(path, O_WRONLY | O_CREAT | O_NOCTTY | O_NONBLOCK, 0o666);
    if (fd >= 0) yield* sys.close(fd);
    else openErr = fd;
  }
  const r = yield* sys.utimensat(path, times[0], times[1], noDeref ? AT_SYMLINK_NOFOLLOW : 0);
  if (r === 0) return true;
  if (noCreate && openErr === 0 && r === -2) return true;
  if (openErr !== 0 && openErr !== -EISDIR) {
    yield* warn(sys, `touch: cannot touch ${quoteaf(path)}: ${strerror(openErr)}`);
  } else yield* warn(sys, `touch: setting times of ${quoteaf(path)}: ${strerror(r)}`);
  return false;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) return yield* usageError(sys, TOOL, 'touch: missing file operand');
  const times = yield* chooseTimes(sys, args.options);
  if (typeof times === 'number') return times;
  let status = 0;
  const noCreate = has(args.options, 'c');
  for (const path of args.operands) {
    if (!(yield* touchOne(sys, path, times, noCreate, has(args.options, 'h')))) status = 1;
  }
  return status;
}

export const touch: Command = {
  summary: 'touch - change file timestamps',
  synopsis: 'touch [OPTION]... FILE...',
  description: HELP,
  main,
};

// setfattr(1) from attr 2.5: set (-n NAME [-v VALUE]) or remove (-x NAME) an extended attribute;
// -h acts on symlinks themselves. Values may be "text", 0x hex or 0s base64.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { ENODATA, strerror } from '../../kernel/abi/errno';
import { getopt, has, last } from '../libc/getopt';
import { STDOUT, warn, writeAll } from '../libc/io';
import { decodeValue } from '../libc/xattr';

const USAGE = 'Usage: setfattr {-n name} [-v value] [-h] file...\n       setfattr {-x name} [-h] file...';
const HELP = `setfattr 2.5.1 -- set extended attributes
Usage: setfattr {-n name} [-v value] [-h] file...
       setfattr {-x name} [-h] file...
  -n, --name=name         set the value of the named extended attribute
  -x, --remove=name       remove the named extended attribute
  -v, --value=value       use value as the attribute value
  -h, --no-dereference    do not dereference symbolic links
      --restore=file      restore extended attributes
      --raw               attribute value is not encoded
      --version           print version and exit
      --help              this help text
`;

const SPECS = [
  { key: 'n', short: 'n', long: 'name', arg: true },
  { key: 'x', short: 'x', long: 'remove', arg: true },
  { key: 'v', short: 'v', long: 'value', arg: true },
  { key: 'h', short: 'h', long: 'no-dereference' },
  { key: 'version', short: 'V', long: 'version' },
  { key: 'help', long: 'help' },
];

function* usage(sys: Sys): Gen<number> {
  yield* warn(sys, `${USAGE}\nTry \`setfattr --help' for more information.`);
  return 2;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const r = getopt('setfattr', argv.slice(1), SPECS);
  if (!r.ok) {
    yield* warn(sys, r.message);
    return yield* usage(sys);
  }
  if (has(r.options, 'help')) return (yield* writeAll(sys, STDOUT, HELP)) < 0 ? 1 : 0;
  if (has(r.options, 'version')) return (yield* writeAll(sys, STDOUT, 'setfattr 2.5.1\n')) < 0 ? 1 : 0;
  const name = last(r.options, 'n');
  const remove = last(r.options, 'x');
  const valueText = last(r.options, 'v');
  if ((name === undefined) === (remove === undefined) || r.operands.length === 0) return yield* usage(sys);
  if (remove !== undefined && valueText !== undefined) return yield* usage(sys);
  const value = decodeValue(valueText ?? '');
  if (!value) {
    yield* warn(sys, `setfattr: ${valueText ?? ''}: Invalid argument`);
    return 1;
  }
  const noDeref = has(r.options, 'h');
  let status = 0;
  for (const path of r.operands) {
    let res: number;
    if (remove !== undefined) res = yield* sys.removexattr(path, remove);
    else if (noDeref) res = yield* sys.lsetxattr(path, name ?? '', value, 0);
    else res = yield* sys.setxattr(path, name ?? '', value, 0);
    if (res < 0) {
      yield* warn(sys, `setfattr: ${path}: ${res === -ENODATA ? 'No such attribute' : strerror(res)}`);
      status = 1;
    }
  }
  return status;
}

export const setfattr: Command = {
  summary: 'setfattr - set extended attributes of filesystem objects',
  synopsis: 'setfattr [-h] -n name [-v value] pathname...\nsetfattr [-h] -x name pathname...',
  description: HELP,
  main,
};

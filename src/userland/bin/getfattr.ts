// getfattr(1) from attr 2.5: print extended attributes. Names matching -m PATTERN (default
// ^user\.) are listed, with -d their values too, or only -n NAME; -e chooses the encoding.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { ENODATA, strerror } from '../../kernel/abi/errno';
import { isDir, isLnk } from '../../kernel/abi/stat';
import { getopt, has, last } from '../libc/getopt';
import { Output, STDOUT, warn, writeAll } from '../libc/io';
import { encodeValue } from '../libc/xattr';
import { walkTree } from '../libc/walk';

const USAGE = 'Usage: getfattr [-hRLP] [-n name|-d] [-e en] [-m pattern] path...';
const HELP = `getfattr 2.5.1 -- get extended attributes
Usage: getfattr [-hRLP] [-n name|-d] [-e en] [-m pattern] path...
  -n, --name=name         get the named extended attribute value
  -d, --dump              get all extended attribute values
  -e, --encoding=...      encode values (as 'text', 'hex' or 'base64')
      --match=pattern     only get attributes with names matching pattern
      --only-values       print the bare values only
  -h, --no-dereference    do not dereference symbolic links
      --one-file-system   skip files on different filesystems
      --absolute-names    don't strip leading '/' in pathnames
  -R, --recursive         recurse into subdirectories
  -L, --logical           logical walk, follow symbolic links
  -P  --physical          physical walk, do not follow symbolic links
      --version           print version and exit
      --help              this help text
`;

const SPECS = [
  { key: 'n', short: 'n', long: 'name', arg: true },
  { key: 'd', short: 'd', long: 'dump' },
  { key: 'e', short: 'e', long: 'encoding', arg: true },
  { key: 'm', short: 'm', long: 'match', arg: true },
  { key: 'only', long: 'only-values' },
  { key: 'h', short: 'h', long: 'no-dereference' },
  { key: 'abs', short: 'a', long: 'absolute-names' },
  { key: 'R', short: 'R', long: 'recursive' },
  { key: 'L', short: 'L', long: 'logical' },
  { key: 'P', short: 'P', long: 'physical' },
  { key: 'version', short: 'V', long: 'version' },
  { key: 'help', long: 'help' },
];

interface Opts {
  name: string | undefined;
  dump: boolean;
  encoding: string | undefined;
  pattern: RegExp;
  only: boolean;
  noDeref: boolean;
  absolute: boolean;
  out: Output;
  warned: boolean;
}

function* showFile(sys: Sys, path: string, o: Opts): Gen<boolean> {
  const strip = !o.absolute && path.startsWith('/');
  const shown = (strip ? path.replace(/^\/+/, '') || '.' : path).replace(/^\.\/(?=.)/, '');
  let names: string[];
  if (o.name !== undefined) names = [o.name];
  else {
    const list = o.noDeref ? yield* sys.llistxattr(path) : yield* sys.listxattr(path);
    if (typeof list === 'number') {
      yield* o.out.flush();
      yield* warn(sys, `getfattr: ${path}: ${strerror(list)}`);
      return false;
    }
    names = list.filter((n) => o.pattern.test(n)).sort();
  }
  let text = '';
  for (const name of names) {
    if (!o.dump && o.name === undefined) {
      text += name + '\n';
      continue;
    }
    const v = o.noDeref ? yield* sys.lgetxattr(path, name) : yield* sys.getxattr(path, name);
    if (typeof v === 'number') {
      yield* o.out.flush();
      yield* warn(sys, `${path}: ${name}: ${v === -ENODATA ? 'No such attribute' : strerror(v)}`);
      return false;
    }
    if (o.only) {
      yield* o.out.flush();
      yield* writeAll(sys, STDOUT, v);
      continue;
    }
    text += `${name}=${encodeValue(v, o.encoding)}\n`;
  }
  if (text === '') return true;
  if (strip && !o.warned) {
    yield* o.out.flush();
    yield* warn(sys, "getfattr: Removing leading '/' from absolute path names");
    o.warned = true;
  }
  yield* o.out.write(`# file: ${shown}\n${text}\n`);
  return true;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const r = getopt('getfattr', argv.slice(1), SPECS);
  if (!r.ok) {
    yield* warn(sys, r.message);
    yield* warn(sys, `${USAGE}\nTry \`getfattr --help' for more information.`);
    return 2;
  }
  if (has(r.options, 'help')) return (yield* writeAll(sys, STDOUT, HELP)) < 0 ? 1 : 0;
  if (has(r.options, 'version')) return (yield* writeAll(sys, STDOUT, 'getfattr 2.5.1\n')) < 0 ? 1 : 0;
  if (r.operands.length === 0) {
    yield* warn(sys, `${USAGE}\nTry \`getfattr --help' for more information.`);
    return 2;
  }
  const m = last(r.options, 'm');
  const o: Opts = {
    name: last(r.options, 'n'),
    dump: has(r.options, 'd'),
    encoding: last(r.options, 'e'),
    pattern: m === undefined ? /^user\./ : m === '-' || m === '' ? /(?:)/ : new RegExp(m),
    only: has(r.options, 'only'),
    noDeref: has(r.options, 'h'),
    absolute: has(r.options, 'abs'),
    out: new Output(sys, STDOUT),
    warned: false,
  };
  let status = 0;
  for (const path of r.operands) {
    if (!has(r.options, 'R')) {
      if (!(yield* showFile(sys, path, o))) status = 1;
      continue;
    }
    yield* walkTree(sys, path, {
      follow: has(r.options, 'L'),
      *pre(e) {
        if (!(yield* showFile(sys, e.path, o))) status = 1;
        return isDir(e.st.mode) && !(e.depth > 0 && isLnk(e.st.mode));
      },
      *error(p, err) {
        status = 1;
        yield* o.out.flush();
        yield* warn(sys, `getfattr: ${p}: ${strerror(err)}`);
      },
    });
  }
  yield* o.out.flush();
  return status;
}

export const getfattr: Command = {
  summary: 'getfattr - get extended attributes of filesystem objects',
  synopsis:
    'getfattr [-hRLP] -n name [-e en] pathname...\ngetfattr [-hRLP] -d [-e en] [-m pattern] pathname...',
  description: HELP,
  main,
};

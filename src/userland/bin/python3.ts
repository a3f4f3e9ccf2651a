// python3(1): a small, honest Python 3.11 interpreter (see ./python/ for the engine). Runs
// `python3 -c CODE`, `python3 FILE`, `python3 -` or a script on standard input, with sys.argv,
// CPython's tracebacks and exit codes.

import type { Command } from '../command';
import type { Gen, Program, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { STDERR, STDOUT, readFile, writeAll } from '../libc/io';
import { isDir } from '../../kernel/abi/stat';
import { decode } from '../../lib/utf8';
import { EISDIR } from '../../kernel/abi/errno';
import { VERSION } from './python/modules/sys';
import { runScript } from './python/run';
import type { Script } from './python/run';

const HELP = `usage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

function* usageError(sys: Sys, prog: string, msg: string): Gen<number> {
  yield* writeAll(
    sys,
    STDERR,
    `${msg}\nusage: ${prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.\n`,
  );
  return 2;
}

function* absolute(sys: Sys, p: string): Gen<string> {
  if (p.startsWith('/')) return p;
  const cwd = yield* sys.getcwd();
  return typeof cwd === 'string' ? `${cwd.replace(/\/$/, '')}/${p}` : p;
}

function* main(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const prog = argv[0] ?? 'python3';
  const env = envp;
  const flags = { unbuffered: false, quiet: false };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--version' || a === '-V') {
      yield* writeAll(sys, STDOUT, `Python ${VERSION}\n`);
      return 0;
    }
    if (a === '-h' || a === '--help' || a === '-?') {
      yield* writeAll(sys, STDOUT, HELP.replace('PROG', prog));
      return 0;
    }
    if (a === '-' || !a.startsWith('-')) break;
    if (a === '--') {
      i++;
      break;
    }
    for (let j = 1; j < a.length; j++) {
      const o = a[j]!;
      if (o === 'c') {
        const code = a.length > j + 1 ? a.slice(j + 1) : argv[i + 1];
        if (code === undefined) return yield* usageError(sys, prog, 'Argument expected for the -c option');
        const rest = argv.slice(a.length > j + 1 ? i + 1 : i + 2);
        return yield* runScript(sys, { code, file: '<string>', argv: ['-c', ...rest], ...flags }, env);
      }
      if (o === 'm') return yield* usageError(sys, prog, 'Option -m is not supported by this python3');
      if (o === 'u') flags.unbuffered = true;
      else if (o === 'q') flags.quiet = true;
      else if (!'BEIOqsSv'.includes(o)) return yield* usageError(sys, prog, `Unknown option: -${o}`);
    }
  }
  const file = argv[i];
  if (file === undefined || file === '-') {
    const script: Script = {
      code: null,
      file: '<stdin>',
      argv: file === undefined ? [''] : ['-', ...argv.slice(i + 1)],
    };
    return yield* runScript(sys, script, env);
  }
  const data = yield* readFile(sys, file);
  if (typeof data === 'number') {
    const st = yield* sys.stat(file);
    const abs = yield* absolute(sys, file);
    if (data === -EISDIR || (typeof st !== 'number' && isDir(st.mode))) {
      yield* writeAll(sys, STDERR, `${prog}: can't find '__main__' module in '${abs}'\n`);
      return 1;
    }
    yield* writeAll(sys, STDERR, `${prog}: can't open file '${abs}': [Errno ${-data}] ${strerror(data)}\n`);
    return 2;
  }
  const code = decode(data);
  // CPython 3.9+ makes the script path absolute (__file__, tracebacks); sys.argv[0] stays as given
  const abs = yield* absolute(sys, file);
  return yield* runScript(sys, { code, file: abs, argv: argv.slice(i), ...flags }, env);
}

export const python3: Command = {
  summary: 'python3 - an interpreted, interactive, object-oriented programming language',
  synopsis: 'python3 [-c command | script | - ] [arguments]',
  description:
    'Runs Python 3.11 programs given with -c, as a script file, or on standard input. This is a small\n' +
    'interpreter written for the simulator: the core language (functions, classes, exceptions,\n' +
    'comprehensions, f-strings, generators) and the modules os, os.path, sys, time, json, errno,\n' +
    'signal and socket; flask and redis once pip has installed them. os.fork() is supported; errors\n' +
    'print CPython-style tracebacks and exit with status 1.\n\n' +
    '-c cmd  program passed in as string\n-u      unbuffered stdout and stderr\n-V      print the version and exit\n',
  main,
};

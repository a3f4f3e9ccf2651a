// pip(1) as python:2.7-slim ships it (pip 20.0.2 under python 2.7): `pip install [-r FILE] [-U]
// NAME...` from a fixed package index (pip/catalogue.ts) into site-packages, `pip list`,
// `pip freeze`, `pip --version` and help, with pip's messages, the Python 2.7 deprecation notice
// and the "You are using pip version 20.0.2" warning on stderr.
//
// Simplification: no network, one version per project, no uninstall/show/download/wheel; the same
// pip (installing into /usr/local/lib/python2.7/site-packages) runs on the Debian host too.

import type { Command } from '../command';
import type { Gen, Program, Sys } from '../sys';
import { CLOCK_REALTIME } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import { sha224 } from '@noble/hashes/sha2.js';
import { STDERR, STDOUT, readText, writeAll } from '../libc/io';
import { PIP_SITE } from '../libc/pysite';
import { isoSeconds } from '../libc/timefmt';
import { encode } from '../../lib/utf8';
import type { OptDef } from './pip/args';
import { parseOptions, similarCommand } from './pip/args';
import { compareVersions } from './pip/catalogue';
import { COMMANDS, USAGE, freeze, listColumns, listFreeze, listJson, mainHelp } from './pip/commands';
import type { Log } from './pip/install';
import { install } from './pip/install';
import type { Req } from './pip/reqs';
import { parseReq, parseRequirementsFile } from './pip/reqs';
import { installedDists } from './pip/site';

const DEPRECATION =
  'DEPRECATION: Python 2.7 reached the end of its life on January 1st, 2020. Please upgrade your Python as Python 2.7 is no longer maintained. A future version of pip will drop support for Python 2.7. More details about Python 2 support in pip, can be found at https://pip.pypa.io/en/latest/development/release-process/#python-2-support';
const LATEST = '20.3.4';
const PREFIX = '/usr/local';

const flag = (key: string, long: string, short?: string): OptDef => ({
  key,
  long,
  ...(short ? { short } : {}),
});
const valued = (key: string, long: string, short?: string): OptDef => ({
  ...flag(key, long, short),
  arg: true,
});
const GENERAL: readonly OptDef[] = [
  flag('help', 'help', 'h'),
  flag('isolated', 'isolated'),
  flag('verbose', 'verbose', 'v'),
  flag('version', 'version', 'V'),
  flag('quiet', 'quiet', 'q'),
  ...[
    'log',
    'proxy',
    'retries',
    'timeout',
    'exists-action',
    'trusted-host',
    'cert',
    'client-cert',
    'cache-dir',
  ].map((n) => valued(n, n)),
  ...['no-cache-dir', 'disable-pip-version-check', 'no-color', 'no-python-version-warning', 'no-input'].map(
    (n) => flag(n, n),
  ),
];
const SPECIFIC: Record<string, readonly OptDef[]> = {
  install: [
    valued('requirement', 'requirement', 'r'),
    flag('upgrade', 'upgrade', 'U'),
    valued('index-url', 'index-url', 'i'),
    valued('extra-index-url', 'extra-index-url'),
    valued('progress-bar', 'progress-bar'),
    ...['no-deps', 'pre', 'no-warn-script-location', 'no-index', 'force-reinstall'].map((n) => flag(n, n)),
  ],
  list: [valued('format', 'format'), flag('local', 'local', 'l')],
  freeze: [flag('all', 'all'), flag('local', 'local', 'l')],
  help: [],
};

/** Write `text` and return `status`. */
function* say(sys: Sys, fd: number, text: string, status: number): Gen<number> {
  yield* writeAll(sys, fd, text);
  return status;
}

function makeLog(sys: Sys, quiet: number): Log {
  return {
    *info(t) {
      if (quiet < 1) yield* writeAll(sys, STDOUT, `${t}\n`);
    },
    *warn(t) {
      if (quiet < 2) yield* writeAll(sys, STDERR, `${t}\n`);
    },
    *error(t) {
      if (quiet < 3) yield* writeAll(sys, STDERR, `${t}\n`);
    },
  };
}

function* pipVersion(sys: Sys): Gen<string> {
  const pip = (yield* installedDists(sys, PIP_SITE)).find((d) => d.name === 'pip');
  return pip?.version ?? '20.0.2';
}

/** pip_self_version_check: remember the index's pip version, warn when ours is older. */
function* versionCheck(sys: Sys, cacheDir: string | null, log: Log): Gen<void> {
  if (cacheDir !== null) {
    const dir = `${cacheDir}/selfcheck`;
    for (const d of [cacheDir.replace(/\/pip$/, ''), cacheDir, dir]) yield* sys.mkdir(d, 0o755);
    const name = [...sha224(encode(PREFIX))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const now = (yield* sys.clock_gettime(CLOCK_REALTIME)).sec;
    const fd = yield* sys.open(`${dir}/${name}`, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
    if (fd >= 0) {
      yield* writeAll(
        sys,
        fd,
        `{"key":"${PREFIX}","last_check":"${isoSeconds(now).replace(' ', 'T')}Z","pypi_version":"${LATEST}"}`,
      );
      yield* sys.close(fd);
    }
  }
  const mine = yield* pipVersion(sys);
  if (compareVersions(mine, LATEST) < 0)
    yield* log.warn(
      `WARNING: You are using pip version ${mine}; however, version ${LATEST} is available.\n` +
        `You should consider upgrading via the '${PREFIX}/bin/python -m pip install --upgrade pip' command.`,
    );
}

function* requirements(
  sys: Sys,
  opts: Map<string, string[]>,
  names: readonly string[],
  log: Log,
): Gen<Req[] | null> {
  const reqs: Req[] = [];
  for (const file of opts.get('requirement') ?? []) {
    const text = yield* readText(sys, file);
    if (typeof text === 'number') {
      yield* log.error(
        `ERROR: Could not open requirements file: [Errno ${-text}] ${strerror(text)}: '${file}'`,
      );
      return null;
    }
    const parsed = parseRequirementsFile(text, file);
    if (typeof parsed === 'string') {
      yield* log.error(`ERROR: ${parsed}`);
      return null;
    }
    reqs.push(...parsed);
  }
  for (const n of names) {
    const r = parseReq(n, null);
    if (typeof r === 'string') {
      yield* log.error(`ERROR: ${r}`);
      return null;
    }
    reqs.push(r);
  }
  return reqs;
}

function* shownSite(sys: Sys): Gen<string> {
  const cwd = yield* sys.getcwd();
  return typeof cwd === 'string' && cwd !== '/' && PIP_SITE.startsWith(`${cwd}/`)
    ? `.${PIP_SITE.slice(cwd.length)}`
    : PIP_SITE;
}

function* runCommand(
  sys: Sys,
  cmd: string,
  opts: Map<string, string[]>,
  operands: string[],
  log: Log,
): Gen<number> {
  if (cmd === 'install') {
    const reqs = yield* requirements(sys, opts, operands, log);
    if (reqs === null) return 1;
    if (reqs.length === 0) {
      yield* log.error('ERROR: You must give at least one requirement to install (see "pip help install")');
      return 1;
    }
    return yield* install(
      sys,
      reqs,
      { site: PIP_SITE, shownSite: yield* shownSite(sys), upgrade: opts.has('upgrade') },
      log,
    );
  }
  const dists = yield* installedDists(sys, PIP_SITE);
  if (cmd === 'freeze') return yield* say(sys, STDOUT, freeze(dists, opts.has('all')), 0);
  if (cmd === 'help') return yield* say(sys, STDOUT, USAGE[operands[0] ?? ''] ?? mainHelp(), 0);
  const format = opts.get('format')?.at(-1);
  const render = format === 'json' ? listJson : format === 'freeze' ? listFreeze : listColumns;
  yield* writeAll(sys, STDOUT, render(dists));
  return 0;
}

function* main(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const top = parseOptions(argv.slice(1), GENERAL, true);
  if (typeof top === 'string')
    return yield* say(sys, STDERR, `\nUsage:   \n  pip <command> [options]\n\n${top}\n`, 2);
  if (top.values.has('version')) {
    yield* writeAll(sys, STDOUT, `pip ${yield* pipVersion(sys)} from ${PIP_SITE}/pip (python 2.7)\n`);
    return 0;
  }
  const cmd = top.operands[0];
  if (cmd === undefined || top.values.has('help')) return yield* say(sys, STDOUT, mainHelp(), 0);
  const known = COMMANDS.map(([n]) => n);
  if (!known.includes(cmd)) {
    const guess = similarCommand(cmd, known);
    yield* writeAll(
      sys,
      STDERR,
      `ERROR: unknown command "${cmd}"${guess ? ` - maybe you meant "${guess}"` : ''}\n`,
    );
    return 1;
  }
  const defs = SPECIFIC[cmd];
  if (defs === undefined) {
    yield* writeAll(sys, STDERR, `ERROR: pip ${cmd} is not available in this simulation\n`);
    return 1;
  }
  const parsed = parseOptions(top.operands.slice(1), [...GENERAL, ...defs]);
  if (typeof parsed === 'string') return yield* say(sys, STDERR, `${USAGE[cmd]}\n${parsed}\n`, 2);
  const opts = new Map([...top.values, ...parsed.values]);
  const format = opts.get('format')?.at(-1);
  if (format !== undefined && !['columns', 'freeze', 'json'].includes(format)) {
    const msg = `option --format: invalid choice: '${format}' (choose from 'columns', 'freeze', 'json')`;
    return yield* say(sys, STDERR, `${USAGE[cmd]}\n${msg}\n`, 2);
  }
  if (opts.has('help')) return yield* say(sys, STDOUT, USAGE[cmd] ?? '', 0);
  const log = makeLog(sys, (opts.get('quiet') ?? []).length);
  if (!opts.has('no-python-version-warning')) yield* log.warn(DEPRECATION);
  const status = yield* runCommand(sys, cmd, opts, parsed.operands, log);
  const check = (cmd === 'install' || cmd === 'list') && !opts.has('disable-pip-version-check');
  const disabled = envp.some((e) => /^PIP_DISABLE_PIP_VERSION_CHECK=(1|true|yes|on)$/i.test(e));
  if (check && !disabled) {
    const home = envp.find((e) => e.startsWith('HOME='))?.slice(5) || '/root';
    const cache = opts.has('no-cache-dir') ? null : (opts.get('cache-dir')?.pop() ?? `${home}/.cache/pip`);
    yield* versionCheck(sys, cache, log);
  }
  return status;
}

export const pip: Command = {
  summary: 'pip - package installer for Python',
  synopsis: 'pip install [options] [-r requirements.txt] [package ...]\npip list | freeze | --version',
  description:
    'The pip 20.0.2 of the python:2.7-slim image. Installs packages from a fixed, built-in index (the\n' +
    'simulated world has no internet): Flask 1.1.4 with its dependencies and redis 3.5.3. Installed\n' +
    'packages land in /usr/local/lib/python2.7/site-packages, where python finds them.\n\n' +
    '-r FILE    install the requirements listed in FILE\n-U         upgrade\n-q         less output\n' +
    '--trusted-host HOST, --no-cache-dir, --disable-pip-version-check are accepted.\n',
  main,
};

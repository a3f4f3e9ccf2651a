// pip's help texts and its read-only commands: `pip list` (columns, freeze or json format) and
// `pip freeze`, over the dist-info directories in site-packages.

import type { Installed } from './site';

export const COMMANDS: readonly [string, string][] = [
  ['install', 'Install packages.'],
  ['download', 'Download packages.'],
  ['uninstall', 'Uninstall packages.'],
  ['freeze', 'Output installed packages in requirements format.'],
  ['list', 'List installed packages.'],
  ['show', 'Show information about installed packages.'],
  ['check', 'Verify installed packages have compatible dependencies.'],
  ['config', 'Manage local and global configuration.'],
  ['search', 'Search PyPI for packages.'],
  ['wheel', 'Build wheels from your requirements.'],
  ['hash', 'Compute hashes of package archives.'],
  ['completion', 'A helper command used for command completion.'],
  ['debug', 'Show information useful for debugging.'],
  ['help', 'Show help for commands.'],
];

const GENERAL =
  '  -h, --help                  Show help.\n' +
  '  --isolated                  Run pip in an isolated mode, ignoring\n' +
  '                              environment variables and user configuration.\n' +
  '  -v, --verbose               Give more output. Option is additive, and can be\n' +
  '                              used up to 3 times.\n' +
  '  -V, --version               Show version and exit.\n' +
  '  -q, --quiet                 Give less output. Option is additive, and can be\n' +
  '                              used up to 3 times (corresponding to WARNING,\n' +
  '                              ERROR, and CRITICAL logging levels).\n' +
  '  --log <path>                Path to a verbose appending log.\n' +
  '  --proxy <proxy>             Specify a proxy in the form\n' +
  '                              [user:passwd@]proxy.server:port.\n' +
  '  --retries <retries>         Maximum number of retries each connection should\n' +
  '                              attempt (default 5 times).\n' +
  '  --timeout <sec>             Set the socket timeout (default 15 seconds).\n' +
  '  --exists-action <action>    Default action when a path already exists:\n' +
  '                              (s)witch, (i)gnore, (w)ipe, (b)ackup, (a)bort.\n' +
  '  --trusted-host <hostname>   Mark this host or host:port pair as trusted,\n' +
  '                              even though it does not have valid or any HTTPS.\n' +
  '  --cert <path>               Path to alternate CA bundle.\n' +
  '  --client-cert <path>        Path to SSL client certificate, a single file\n' +
  '                              containing the private key and the certificate\n' +
  '                              in PEM format.\n' +
  '  --cache-dir <dir>           Store the cache data in <dir>.\n' +
  '  --no-cache-dir              Disable the cache.\n' +
  '  --disable-pip-version-check\n' +
  "                              Don't periodically check PyPI to determine\n" +
  '                              whether a new version of pip is available for\n' +
  '                              download. Implied with --no-index.\n' +
  '  --no-color                  Suppress colored output\n' +
  '  --no-python-version-warning\n' +
  '                              Silence deprecation warnings for upcoming\n' +
  '                              unsupported Pythons.\n';

export function mainHelp(): string {
  const cmds = COMMANDS.map(([n, d]) => `  ${n.padEnd(28)}${d}\n`).join('');
  return `\nUsage:   \n  pip <command> [options]\n\nCommands:\n${cmds}\nGeneral Options:\n${GENERAL}`;
}

export const USAGE: Record<string, string> = {
  install:
    '\nUsage:   \n  pip install [options] <requirement specifier> [package-index-options] ...\n' +
    '  pip install [options] -r <requirements file> [package-index-options] ...\n' +
    '  pip install [options] [-e] <vcs project url> ...\n' +
    '  pip install [options] [-e] <local project path> ...\n' +
    '  pip install [options] <archive url/path> ...\n',
  list: '\nUsage:   \n  pip list [options]\n',
  freeze: '\nUsage:   \n  pip freeze [options]\n',
  help: '\nUsage:   \n  pip help <command>\n',
};

const byName = (a: Installed, b: Installed): number => {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/** pip list's default "columns" format: ljust-padded columns under a dashed rule. */
export function listColumns(dists: readonly Installed[]): string {
  if (dists.length === 0) return '';
  const rows = [['Package', 'Version'], ...[...dists].sort(byName).map((d) => [d.name, d.version])];
  const w = [0, 1].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]): string => `${r[0]!.padEnd(w[0]!)} ${r[1]!.padEnd(w[1]!)}\n`;
  return line(rows[0]!) + `${'-'.repeat(w[0]!)} ${'-'.repeat(w[1]!)}\n` + rows.slice(1).map(line).join('');
}

export function listFreeze(dists: readonly Installed[]): string {
  return [...dists]
    .sort(byName)
    .map((d) => `${d.name}==${d.version}\n`)
    .join('');
}

export function listJson(dists: readonly Installed[]): string {
  const items = [...dists].sort(byName).map((d) => `{"name": "${d.name}", "version": "${d.version}"}`);
  return `[${items.join(', ')}]\n`;
}

/** pip freeze: requirements format, without pip's own tools unless --all. */
export function freeze(dists: readonly Installed[], all: boolean): string {
  const skip = ['pip', 'setuptools', 'wheel', 'distribute'];
  return listFreeze(dists.filter((d) => all || !skip.includes(d.name.toLowerCase())));
}

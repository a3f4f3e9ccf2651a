// The package index pip installs from. The simulated world has no internet, so the index is this
// fixed catalogue: the distributions `pip install Flask Redis` downloaded for python 2.7 (as a real
// python:2.7-slim build printed them), plus the tools the image already has.
//
// Simplification: one version of each project; wheels are described, not stored.

export interface Dist {
  /** The project name as its metadata spells it. */
  readonly name: string;
  readonly version: string;
  /** The file pip "downloads" and its size as pip prints it. */
  readonly file: string;
  readonly size: string;
  /** Requirements in the order pip's legacy resolver met them. */
  readonly requires: readonly string[];
  /** Top-level import packages the wheel installs. */
  readonly modules: readonly string[];
  readonly summary: string;
}

const ANY = 'py2.py3-none-any.whl';

export const CATALOGUE: readonly Dist[] = [
  {
    name: 'Flask',
    version: '1.1.4',
    file: `Flask-1.1.4-${ANY}`,
    size: '94 kB',
    requires: ['click<8.0,>=5.1', 'Werkzeug<2.0,>=0.15', 'Jinja2<3.0,>=2.10.1', 'itsdangerous<2.0,>=0.24'],
    modules: ['flask'],
    summary: 'A simple framework for building complex web applications.',
  },
  {
    name: 'redis',
    version: '3.5.3',
    file: `redis-3.5.3-${ANY}`,
    size: '72 kB',
    requires: [],
    modules: ['redis'],
    summary: 'Python client for Redis key-value store',
  },
  {
    name: 'click',
    version: '7.1.2',
    file: `click-7.1.2-${ANY}`,
    size: '82 kB',
    requires: [],
    modules: ['click'],
    summary: 'Composable command line interface toolkit',
  },
  {
    name: 'Werkzeug',
    version: '1.0.1',
    file: `Werkzeug-1.0.1-${ANY}`,
    size: '298 kB',
    requires: [],
    modules: ['werkzeug'],
    summary: 'The comprehensive WSGI web application library.',
  },
  {
    name: 'Jinja2',
    version: '2.11.3',
    file: `Jinja2-2.11.3-${ANY}`,
    size: '125 kB',
    requires: ['MarkupSafe>=0.23'],
    modules: ['jinja2'],
    summary: 'A very fast and expressive template engine.',
  },
  {
    name: 'itsdangerous',
    version: '1.1.0',
    file: `itsdangerous-1.1.0-${ANY}`,
    size: '16 kB',
    requires: [],
    modules: ['itsdangerous'],
    summary: 'Various helpers to pass data to untrusted environments and back.',
  },
  {
    name: 'MarkupSafe',
    version: '1.1.1',
    file: 'MarkupSafe-1.1.1-cp27-cp27mu-manylinux1_x86_64.whl',
    size: '24 kB',
    requires: [],
    modules: ['markupsafe'],
    summary: 'Safely add untrusted strings to HTML/XML markup.',
  },
  {
    name: 'pip',
    version: '20.3.4',
    file: `pip-20.3.4-${ANY}`,
    size: '1.5 MB',
    requires: [],
    modules: ['pip'],
    summary: 'The PyPA recommended tool for installing Python packages.',
  },
  {
    name: 'setuptools',
    version: '44.1.1',
    file: `setuptools-44.1.1-${ANY}`,
    size: '583 kB',
    requires: [],
    modules: ['setuptools', 'pkg_resources'],
    summary: 'Easily download, build, install, upgrade, and uninstall Python packages',
  },
  {
    name: 'wheel',
    version: '0.37.1',
    file: `wheel-0.37.1-${ANY}`,
    size: '35 kB',
    requires: [],
    modules: ['wheel'],
    summary: 'A built-package format for Python',
  },
];

/** PEP 503 normalized name: "Flask" → "flask", "Jinja_2.x" → "jinja2-x". */
export function canonicalName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function findDist(name: string): Dist | undefined {
  const key = canonicalName(name);
  return CATALOGUE.find((d) => canonicalName(d.name) === key);
}

/** Compare two release versions numerically ("1.10" > "1.9"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Whether `version` satisfies one PEP 440 specifier ("<8.0", ">=5.1", "==1.1.*", "~=1.1"). */
export function satisfies(version: string, spec: string): boolean {
  const m = /^(~=|===|==|!=|<=|>=|<|>)\s*(.+)$/.exec(spec.trim());
  if (!m) return false;
  const [, op, want] = m as unknown as [string, string, string];
  if (want.endsWith('.*')) {
    const prefix = want.slice(0, -2);
    const hit = version === prefix || version.startsWith(prefix + '.');
    return op === '!=' ? !hit : hit;
  }
  const c = compareVersions(version, want);
  switch (op) {
    case '==':
    case '===':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    default: {
      const parts = want.split('.');
      const upper = parts.slice(0, -1).join('.');
      return c >= 0 && (version === upper || version.startsWith(upper + '.'));
    }
  }
}

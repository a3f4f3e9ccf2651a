// Unit tests of pip's pure parts: PEP 440 specifiers, requirement parsing and printing (packaging's
// normalized form, pip's "(from ...)" chains), optparse-like option parsing and difflib-like
// command guesses, and pip list's column layout (pip's tabulate pads every cell).

import { describe, expect, it } from 'vitest';
import {
  canonicalName,
  compareVersions,
  findDist,
  satisfies,
} from '../../../../src/userland/bin/pip/catalogue';
import {
  fromPath,
  parseReq,
  parseRequirementsFile,
  reqWithFrom,
} from '../../../../src/userland/bin/pip/reqs';
import { parseOptions, similarCommand } from '../../../../src/userland/bin/pip/args';
import { freeze, listColumns } from '../../../../src/userland/bin/pip/commands';

describe('pip catalogue', () => {
  it('compares versions and checks specifiers', () => {
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('2.0', '2')).toBe(0);
    expect(satisfies('7.1.2', '<8.0')).toBe(true);
    expect(satisfies('7.1.2', '>=5.1')).toBe(true);
    expect(satisfies('2.11.3', '<2.11')).toBe(false);
    expect(satisfies('1.1.4', '==1.1.*')).toBe(true);
    expect(satisfies('1.2.0', '~=1.1')).toBe(true);
    expect(satisfies('2.0', '~=1.1')).toBe(false);
    expect(satisfies('3.5.3', '!=3.5.3')).toBe(false);
  });

  it('finds distributions by normalized name', () => {
    expect(canonicalName('Jinja_2.x')).toBe('jinja-2-x');
    expect(findDist('FLASK')?.version).toBe('1.1.4');
    expect(findDist('markupsafe')?.file).toBe('MarkupSafe-1.1.1-cp27-cp27mu-manylinux1_x86_64.whl');
    expect(findDist('nosuch')).toBeUndefined();
  });
});

describe('pip requirements', () => {
  it('prints requirements as packaging does', () => {
    const r = parseReq(
      'Werkzeug >= 0.15, <2.0 ; python_version < "3"',
      'Flask->-r requirements.txt (line 1)',
    );
    if (typeof r === 'string') throw new Error(r);
    expect(reqWithFrom(r)).toBe('Werkzeug<2.0,>=0.15 (from Flask->-r requirements.txt (line 1))');
    expect(fromPath(r)).toBe('Werkzeug<2.0,>=0.15->Flask->-r requirements.txt (line 1)');
    expect(parseReq('flask===', null)).toBe("Invalid requirement: 'flask==='");
  });

  it('reads requirements files: comments, blank and option lines', () => {
    const reqs = parseRequirementsFile('# deps\nFlask\n\n--trusted-host x\nRedis  # cache\n', 'r.txt');
    if (typeof reqs === 'string') throw new Error(reqs);
    expect(reqs.map(reqWithFrom)).toEqual([
      'Flask (from -r r.txt (line 2))',
      'Redis (from -r r.txt (line 5))',
    ]);
    expect(parseRequirementsFile('a b\n', 'r.txt')).toBe("Invalid requirement: 'a b' (from line 1 of r.txt)");
  });
});

describe('pip options', () => {
  const defs = [
    { key: 'requirement', long: 'requirement', short: 'r', arg: true },
    { key: 'upgrade', long: 'upgrade', short: 'U' },
    { key: 'quiet', long: 'quiet', short: 'q' },
  ];

  it('parses long prefixes, clusters and attached values', () => {
    const p = parseOptions(['-qU', '--req=a.txt', 'flask', '-rb.txt', '--quiet'], defs);
    if (typeof p === 'string') throw new Error(p);
    expect(p.values.get('requirement')).toEqual(['a.txt', 'b.txt']);
    expect(p.values.get('quiet')?.length).toBe(2);
    expect(p.operands).toEqual(['flask']);
  });

  it('has optparse error texts', () => {
    expect(parseOptions(['--foo'], defs)).toBe('no such option: --foo');
    expect(parseOptions(['-x'], defs)).toBe('no such option: -x');
    expect(parseOptions(['-r'], defs)).toBe('-r option requires 1 argument');
    expect(parseOptions(['--upgrade=1'], defs)).toBe('--upgrade option does not take a value');
  });

  it('guesses mistyped commands as difflib.get_close_matches', () => {
    const cmds = ['install', 'download', 'uninstall', 'freeze', 'list', 'show'];
    expect(similarCommand('instal', cmds)).toBe('install');
    expect(similarCommand('lst', cmds)).toBe('list');
    expect(similarCommand('xyz', cmds)).toBeUndefined();
  });
});

describe('pip list layout', () => {
  it('pads every column to its widest cell', () => {
    const dists = [
      { name: 'wheel', version: '0.34.2' },
      { name: 'Flask', version: '1.1.4' },
      { name: 'pip', version: '20.0.2' },
    ];
    expect(listColumns(dists)).toBe(
      'Package Version\n------- -------\nFlask   1.1.4  \npip     20.0.2 \nwheel   0.34.2 \n',
    );
    expect(freeze(dists, false)).toBe('Flask==1.1.4\n');
  });
});

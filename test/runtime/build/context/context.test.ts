// Expected values were printed by the Docker 28.2 CLI and Docker 20.10.24 (Debian docker.io)
// daemon on this machine: `Sending build context to Docker daemon  …`, the `COPY file:<sum>` /
// `dir:<sum>` history strings, and the files a `COPY . /ctx/` layer received.
import { describe, expect, it } from 'vitest';
import { encode } from '../../../../src/lib/utf8';
import type { BuildContext } from '../../../../src/runtime/build/context';
import {
  PatternMatcher,
  contextFromTree,
  contextSentLine,
  goFormatG,
  humanSize,
  humanSizeWithPrecision,
  readDockerignore,
} from '../../../../src/runtime/build/context';
import type { DirNode, TreeNode } from '../../../../src/runtime/image/tree';
import { dirNode, walk } from '../../../../src/runtime/image/tree';

function file(text: string, mode = 0o644): TreeNode {
  return { kind: 'file', mode, uid: 1000, gid: 1000, mtime: 1795600616, data: encode(text) };
}

function tree(entries: Record<string, TreeNode>): DirNode {
  const root = dirNode();
  for (const [path, node] of Object.entries(entries)) {
    const parts = path.split('/');
    const base = parts.pop() ?? '';
    let dir = root;
    for (const c of parts) {
      let next = dir.children.get(c);
      if (!next || next.kind !== 'dir') {
        next = dirNode(0o755, 1795600616);
        dir.children.set(c, next);
      }
      dir = next;
    }
    dir.children.set(base, node);
  }
  return root;
}

function ctx(entries: Record<string, TreeNode>, dockerfile?: string): BuildContext {
  const c = contextFromTree(tree(entries), dockerfile);
  if ('error' in c) throw new Error(c.error);
  return c;
}

const paths = (root: DirNode): string[] => {
  const out: string[] = [];
  walk(root, (p) => out.push(p));
  return out;
};

const DK_DOCKERFILE =
  'FROM bb:base\nENV GREETING=hi\nRUN echo built > /built.txt\nCOPY app.txt /app/app.txt\nRUN rm /etc/old\nCMD ["cat", "/app/app.txt"]\n';

describe('context size', () => {
  it('dk-02 context: 3.072kB', () => {
    const c = ctx({ Dockerfile: file(DK_DOCKERFILE), 'app.txt': file('hello\n') });
    expect(c.size).toBe(3072);
    expect(contextSentLine(c.size)).toBe('Sending build context to Docker daemon  3.072kB\r\r\n');
  });

  it('directories, a symlink: 5.632kB', () => {
    const c = ctx({
      Dockerfile: file('FROM bb:base\nCOPY sub /sub\nCOPY sub/a.txt sub/deep/b /multi/\nCOPY su* /w/\n'),
      'sub/a.txt': file('a\n'),
      'sub/deep/b': file('bb\n'),
      'sub/link': { kind: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime: 0, target: 'a.txt' },
    });
    expect(contextSentLine(c.size)).toBe('Sending build context to Docker daemon  5.632kB\r\r\n');
  });
});

describe('.dockerignore', () => {
  const ig = ctx({
    '.dockerignore': file(
      '*.log\n!sub/keep.log\nnode_modules\ndocs/**/*.md\n!docs/readme.md\nDockerfile\n# comment\n  \n/a.txt\n!/a.txt\n',
    ),
    Dockerfile: file('FROM bb:base\nCOPY . /ctx/\n'),
    'a.txt': file('a\n'),
    'b.log': file('b\n'),
    'sub/c.log': file('c\n'),
    'sub/keep.log': file('k\n'),
    'node_modules/x/y': file('y\n'),
    'docs/readme.md': file('r\n'),
    'docs/api/spec.md': file('s\n'),
    'docs/api/t.txt': file('t\n'),
  });

  it('sends the Dockerfile anyway (9.728kB) but the daemon drops it', () => {
    expect(contextSentLine(ig.size)).toBe('Sending build context to Docker daemon  9.728kB\r\r\n');
    expect(ig.dockerfile).toBe('FROM bb:base\nCOPY . /ctx/\n');
    // What `COPY . /ctx/` put into the layer on the real daemon.
    expect(paths(ig.root)).toEqual([
      '.dockerignore',
      'a.txt',
      'docs',
      'docs/api',
      'docs/api/t.txt',
      'docs/readme.md',
      'sub',
      'sub/c.log',
      'sub/keep.log',
    ]);
  });

  it('unpacks with owner 0:0 and keeps modes and mtimes', () => {
    const a = ig.root.children.get('a.txt');
    expect(a && a.kind === 'file' && [a.uid, a.gid, a.mode, a.mtime]).toEqual([0, 0, 0o644, 1795600616]);
  });

  it('reads patterns like the CLI (comments, blanks, leading / dropped, cleaned)', () => {
    expect(readDockerignore('# c\n  x/../y/ \n!/z\n/\n\ufeff')).toEqual(['y', '!z', '/', '\ufeff']);
    expect(readDockerignore('\ufeff# bom comment\n')).toEqual([]);
  });

  it('matches like moby 20.10 (last match wins, parents, ** across directories)', () => {
    const pm = PatternMatcher.create(['*.log', '!sub/keep.log', 'docs/**/*.md', 'node_modules', 'a?c']);
    if (!(pm instanceof PatternMatcher)) throw new Error(pm.error);
    const m = (p: string) => pm.matches(p);
    expect([m('b.log'), m('sub/c.log'), m('sub/keep.log'), m('docs/x.md'), m('docs/a/b/c.md')]).toEqual([
      true,
      false,
      false,
      true,
      true,
    ]);
    expect([m('node_modules'), m('node_modules/x/y'), m('abc'), m('a/c')]).toEqual([true, true, true, false]);
  });

  it('rejects a lone ! and bad glob syntax', () => {
    expect(PatternMatcher.create(['!'])).toEqual({ error: 'illegal exclusion pattern: "!"' });
    expect(PatternMatcher.create(['[a-'])).toEqual({ error: 'syntax error in pattern' });
    const c = contextFromTree(tree({ '.dockerignore': file('[\n'), Dockerfile: file('FROM x\n') }));
    expect(c).toEqual({ error: 'Error checking context: syntax error in pattern' });
    const bang = contextFromTree(tree({ '.dockerignore': file('!\n'), Dockerfile: file('FROM x\n') }));
    expect(bang).toEqual({ error: 'error checking context: illegal exclusion pattern: "!"' });
  });
});

describe('go-units sizes', () => {
  it('HumanSize and HumanSizeWithPrecision as docker prints them', () => {
    expect([humanSize(3072), humanSize(9728), humanSize(2048), humanSize(93_180_000)]).toEqual([
      '3.072kB',
      '9.728kB',
      '2.048kB',
      '93.18MB',
    ]);
    expect([
      humanSizeWithPrecision(1_982_256, 3),
      humanSizeWithPrecision(6, 3),
      humanSizeWithPrecision(0, 3),
    ]).toEqual(['1.98MB', '6B', '0B']);
  });

  it("Go's %g (python3 -c \"print('%.3g' % 999.5)\" agrees)", () => {
    expect([goFormatG(999.5, 3), goFormatG(5.6, 3), goFormatG(0.00001234, 3), goFormatG(373, 4)]).toEqual([
      '1e+03',
      '5.6',
      '1.23e-05',
      '373',
    ]);
  });
});

// The layer arrows of ARCHITECTURE.md §2, checked on every file in src/ (the belt to eslint's braces):
//   lib ← kernel ← userland ← runtime ← cluster ← world ← course ← ui;  world ← cli, agent.
// Also: the model folders use no wall clock, randomness, timers, DOM or async, and no Node modules.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, stripComments } from './helpers/source-scan';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

/** What each folder may import from src/ besides itself: must agree with eslint.config.js. */
const allowed: Record<string, readonly string[]> = {
  lib: [],
  kernel: ['lib'],
  'kernel/abi': [],
  userland: ['kernel/abi', 'lib'],
  runtime: ['userland', 'kernel/abi', 'lib'],
  cluster: ['runtime', 'userland', 'kernel/abi', 'lib'],
  world: ['kernel', 'userland', 'runtime', 'cluster', 'lib'],
  course: ['world', 'lib'],
  ui: ['world', 'course', 'lessons', 'lib'],
  cli: ['world', 'lib'],
  agent: ['world', 'lib'],
  // The build's Vite plugins (Node, run by vite.config.ts): nothing from the app.
  build: [],
  // lessons/ beside src/: lesson files and the modules that gather them for the page.
  lessons: ['world', 'course', 'lib'],
};
const modelLayers = ['lib', 'kernel', 'kernel/abi', 'userland', 'runtime', 'cluster', 'world'];

/** Words the model's code (not its comments or strings) must not use. */
const bannedInModel: readonly [string, RegExp][] = [
  ['Date', /(?<![.\w$])Date\b/],
  ['Math.random', /\bMath\s*\.\s*random\b/],
  ['setTimeout', /(?<![.\w$])setTimeout\b/],
  ['setInterval', /(?<![.\w$])setInterval\b/],
  ['document', /(?<![.\w$])document\b(?!\s*\??:)/],
  ['window', /(?<![.\w$])window\b(?!\s*\??:)/],
  ['performance', /(?<![.\w$])performance\b(?!\s*\??:)/],
  ['async', /(?<![.\w$])async\b(?!\s*\??:)/],
];

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

/** The layer of a path inside src/ ('kernel/abi' is its own), or undefined outside src/. */
function layerOf(path: string): string | undefined {
  if (relative(root, path).split(/[\\/]/)[0] === 'lessons') return 'lessons';
  const rel = relative(src, path).split(/[\\/]/);
  if (rel[0] === '..' || rel[0] === undefined || rel.length < 2) return undefined;
  return rel[0] === 'kernel' && rel[1] === 'abi' ? 'kernel/abi' : rel[0];
}

function permits(from: string, to: string): boolean {
  const ok = allowed[from] ?? [];
  if (from === to || ok.includes(to)) return true;
  return to === 'kernel/abi' && (from === 'kernel' || ok.includes('kernel'));
}

const isBuiltin = (spec: string): boolean =>
  spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0] ?? '');

/** The problems with one file's imports. */
function importProblems(file: string): string[] {
  const from = layerOf(file);
  if (from === undefined || allowed[from] === undefined) return [`${file}: not in a known layer`];
  const problems: string[] = [];
  for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
    if (!spec.startsWith('.')) {
      if (modelLayers.includes(from) && isBuiltin(spec))
        problems.push(`${from} imports the Node module '${spec}'`);
      continue;
    }
    const to = layerOf(resolve(dirname(file), spec, 'x'));
    if (to === undefined) problems.push(`imports '${spec}' from outside src/ or a layer's root`);
    else if (!permits(from, to)) problems.push(`${from} must not import ${to} ('${spec}')`);
  }
  return problems;
}

function bannedWords(file: string): string[] {
  const lines = stripComments(readFileSync(file, 'utf8'), false).split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    for (const [word, re] of bannedInModel) if (re.test(line)) found.push(`line ${i + 1}: ${word}`);
  });
  return found;
}

const files = walk(src);

describe('layers (ARCHITECTURE.md §2)', () => {
  it('finds the source files', () => {
    expect(files.some((f) => f.endsWith(join('world', 'types.ts')))).toBe(true);
  });

  it('has no import across a forbidden layer edge', () => {
    const problems = files.flatMap((f) => importProblems(f).map((p) => `${relative(root, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('keeps the model free of clocks, randomness, timers, DOM and async', () => {
    const model = files.filter((f) => modelLayers.includes(layerOf(f) ?? ''));
    const problems = model.flatMap((f) => bannedWords(f).map((p) => `${relative(root, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('agrees with the allowed table in eslint.config.js', async () => {
    const loaded: unknown = await import(pathToFileURL(join(root, 'eslint.config.js')).href);
    const configs = (loaded as { default: { files?: string[]; rules?: Record<string, unknown> }[] }).default;
    // src/build is fenced here only: ESLint's name patterns would also catch src/runtime/build.
    const targets = Object.keys(allowed).filter((layer) => layer !== 'build');
    const filesOf = (layer: string): string =>
      layer === 'lessons' ? 'lessons/**/*.ts' : `src/${layer}/**/*.{ts,tsx}`;
    for (const from of targets) {
      const config = configs.find((c) => c.files?.[0] === filesOf(from));
      const rule = config?.rules?.['no-restricted-imports'] as
        [string, { patterns: { regex: string }[] }] | undefined;
      expect(rule, from).toBeDefined();
      const patterns = (rule?.[1].patterns ?? []).map((p) => new RegExp(p.regex));
      for (const to of targets) {
        const spec = to === 'kernel/abi' ? '../kernel/abi/errno' : `../${to}/x`;
        const eslintAllows = !patterns.some((re) => re.test(spec));
        expect(eslintAllows, `${from} → ${to}`).toBe(permits(from, to));
      }
    }
  });
});

describe('the checks themselves', () => {
  it('see through comments and strings but not code', () => {
    const code =
      "const a = 'Date'; // Math.random()\n/* window */ const b = `${new Date()}`;\nconst c = /'/; setTimeout(f);";
    const stripped = stripComments(code, false).split('\n');
    expect(bannedInModel.filter(([, re]) => re.test(stripped[0] ?? ''))).toEqual([]);
    expect(bannedInModel.filter(([, re]) => re.test(stripped[1] ?? '')).map(([w]) => w)).toEqual(['Date']);
    expect(bannedInModel.filter(([, re]) => re.test(stripped[2] ?? '')).map(([w]) => w)).toEqual([
      'setTimeout',
    ]);
    expect(bannedInModel.filter(([, re]) => re.test('x.window; o = { window: 1, async: 2 }'))).toEqual([]);
    expect(bannedInModel.filter(([, re]) => re.test('export async function f() {}')).map(([w]) => w)).toEqual(
      ['async'],
    );
  });

  it('find every kind of import', () => {
    const code = [
      "import type { A } from '../kernel/vfs';",
      'import {\n  b,\n  c,\n} from "./b";',
      "export * from './rng';",
      "import './side-effect';",
      "const m = await import('../ui/x');",
      "// import { z } from '../nope';",
    ].join('\n');
    expect(importSpecifiers(code)).toEqual(['../kernel/vfs', './b', './rng', './side-effect', '../ui/x']);
  });

  it('map paths to layers and edges to verdicts', () => {
    expect(layerOf(join(src, 'kernel', 'abi', 'errno.ts'))).toBe('kernel/abi');
    expect(layerOf(join(src, 'kernel', 'core.ts'))).toBe('kernel');
    expect(layerOf(join(root, 'test', 'x.ts'))).toBeUndefined();
    expect(permits('userland', 'kernel/abi')).toBe(true);
    expect(permits('userland', 'kernel')).toBe(false);
    expect(permits('world', 'kernel/abi')).toBe(true);
    expect(permits('lib', 'kernel/abi')).toBe(false);
    expect(permits('ui', 'kernel')).toBe(false);
  });
});

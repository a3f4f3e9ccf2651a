// Lint rules, including the layer arrows of ARCHITECTURE.md §2:
// lib ← kernel ← userland ← runtime ← cluster ← world ← course ← ui.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const layers = [
  'lib',
  'kernel',
  'userland',
  'runtime',
  'cluster',
  'world',
  'course',
  'lessons',
  'ui',
  'cli',
  'agent',
];

// What each folder may import from src/ (besides itself).
const allowed = {
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
  lessons: ['world', 'course', 'lib'],
};

function forbiddenFor(folder) {
  const ok = new Set([folder, ...allowed[folder]]);
  const patterns = [];
  for (const layer of layers) {
    if (ok.has(layer)) continue;
    if (layer === 'kernel' && ok.has('kernel/abi')) {
      patterns.push({
        regex: '(^|/)kernel/(?!abi(/|$))',
        message: `${folder} may import only kernel/abi from the kernel`,
      });
      continue;
    }
    patterns.push({
      regex: `(^|/)(src/)?${layer}(/|$)`,
      message: `${folder} must not import ${layer} (ARCHITECTURE.md §2)`,
    });
  }
  return patterns;
}

const layerConfigs = Object.keys(allowed).map((folder) => ({
  files: [folder === 'lessons' ? 'lessons/**/*.ts' : `src/${folder}/**/*.{ts,tsx}`],
  ignores: folder === 'kernel' ? ['src/kernel/abi/**'] : [],
  rules: {
    'no-restricted-imports': ['error', { patterns: forbiddenFor(folder) }],
  },
}));

const modelGlobals = [
  'window',
  'document',
  'setTimeout',
  'setInterval',
  'Date',
  'performance',
  'navigator',
  'localStorage',
].map((name) => ({ name, message: 'The model is deterministic and has no DOM (ARCHITECTURE.md §2).' }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'test/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }],
      'no-constant-condition': ['error', { checkLoops: false }],
      // Programs are generators; one that makes no system call (true, exit 0) legitimately never yields.
      'require-yield': 'off',
    },
  },
  ...layerConfigs,
  {
    files: ['src/{lib,kernel,userland,runtime,cluster,world}/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...modelGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded rng.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'FunctionDeclaration[async=true], ArrowFunctionExpression[async=true], FunctionExpression[async=true]',
          message: 'No async in the model.',
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/cli/**/*.ts', 'src/agent/**/*.ts', 'test/**/*.{ts,tsx}', '*.config.{js,ts}', '.ci/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['src/kernel/abi/**/*.ts', 'src/kernel/syscall/table.ts'],
    rules: { 'max-lines': 'off' },
  },
);

import { defineConfig } from 'vitest/config';
import { offlinePlugin } from './src/build/offline.ts';

const modelDirs = ['lib', 'kernel', 'userland', 'runtime', 'cluster', 'world'];

export default defineConfig({
  base: './',
  plugins: [offlinePlugin()],
  build: { target: 'es2022', sourcemap: true, manifest: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'model',
          environment: 'node',
          include: [
            ...modelDirs.map((d) => `test/${d}/**/*.test.ts`),
            'test/*.test.ts',
            'test/scenarios/**/*.test.ts',
            'test/cli/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/ui/**/*.test.{ts,tsx}', 'test/course/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60000,
          hookTimeout: 120000,
          fileParallelism: false,
        },
      },
    ],
  },
});

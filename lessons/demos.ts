// Classroom demo scripts: lessons/<id>/demo.yaml, gathered at build time by Vite (the lesson
// glob in index.ts does not take them). src/course/demo.ts validates them; the classroom player
// (src/ui/classroom) steps through them; test/course/demo.test.ts checks every one.

const raw = import.meta.glob<string>('./*/demo.yaml', { query: '?raw', import: 'default', eager: true });

export interface DemoSource {
  /** 'lessons/<id>', as messages name it. */
  readonly dir: string;
  readonly text: string;
}

export const DEMO_SOURCES: readonly DemoSource[] = Object.entries(raw)
  .map(([path, text]) => ({ dir: `lessons/${path.split('/')[1] ?? ''}`, text }))
  .sort((a, b) => a.dir.localeCompare(b.dir));

// Every lesson's files, gathered at build time by Vite: directory → file name → text. The
// course engine's loadLesson() validates them; the UI lists them; the tests replay them.

const raw = import.meta.glob<string>('./*/{lesson.yaml,*.md}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface LessonSource {
  /** 'lessons/<id>', as messages name it. */
  readonly dir: string;
  readonly files: Readonly<Record<string, string>>;
}

function gather(): LessonSource[] {
  const byDir = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(raw)) {
    const [, dir, name] = /^\.\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
    if (dir === undefined || name === undefined) continue;
    const files = byDir.get(dir) ?? {};
    files[name] = text;
    byDir.set(dir, files);
  }
  return [...byDir.keys()].sort().map((dir) => ({ dir: `lessons/${dir}`, files: byDir.get(dir) ?? {} }));
}

export const LESSON_SOURCES: readonly LessonSource[] = gather();

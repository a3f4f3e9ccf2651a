// The course's table of contents: every lesson directory (lessons/index.ts) loaded and validated,
// lessons first in their `order`, then the challenges, then any that failed validation (listed
// with their errors, so one broken lesson never hides the others).

import { LESSON_SOURCES, type LessonSource } from '../../../lessons';
import { formatIssue, loadLesson, type Lesson } from '../../course';

export type CatalogEntry =
  | { readonly ok: true; readonly id: string; readonly lesson: Lesson }
  | { readonly ok: false; readonly id: string; readonly dir: string; readonly issues: readonly string[] };

export interface Catalog {
  readonly lessons: readonly Lesson[];
  readonly challenges: readonly Lesson[];
  readonly broken: readonly Extract<CatalogEntry, { ok: false }>[];
  find(id: string): Lesson | undefined;
}

const byOrder = (a: Lesson, b: Lesson): number => a.order - b.order || a.id.localeCompare(b.id);

export function loadCatalog(sources: readonly LessonSource[] = LESSON_SOURCES): Catalog {
  const entries = sources.map((source): CatalogEntry => {
    const id = source.dir.split('/').pop() ?? source.dir;
    const result = loadLesson(source);
    if (result.ok) return { ok: true, id, lesson: result.lesson };
    return { ok: false, id, dir: source.dir, issues: result.issues.map(formatIssue) };
  });
  const valid = entries.flatMap((e) => (e.ok ? [e.lesson] : [])).sort(byOrder);
  return {
    lessons: valid.filter((l) => l.kind !== 'challenge'),
    challenges: valid.filter((l) => l.kind === 'challenge'),
    broken: entries.filter((e): e is Extract<CatalogEntry, { ok: false }> => !e.ok),
    find: (id) => valid.find((l) => l.id === id),
  };
}

import { describe, expect, it } from 'vitest';
import { LESSON_SOURCES } from '../../../lessons';
import { loadCatalog } from '../../../src/ui/course/catalog';

const namespaces = LESSON_SOURCES.find((s) => s.dir === 'lessons/namespaces');

/** A copy of the namespaces lesson under another id, order and kind. */
function variant(id: string, order: number, kind = 'lesson') {
  if (!namespaces) throw new Error('lessons/namespaces is missing');
  const yaml = (namespaces.files['lesson.yaml'] ?? '')
    .replace(/^id: .*$/m, `id: ${id}`)
    .replace(/^order: .*$/m, `order: ${order}\nkind: ${kind}`);
  return { dir: `lessons/${id}`, files: { ...namespaces.files, 'lesson.yaml': yaml } };
}

describe('the course catalog', () => {
  it('loads every lesson in lessons/, the namespaces lesson among them', () => {
    const catalog = loadCatalog();
    expect(catalog.broken).toEqual([]);
    expect(catalog.find('namespaces')?.steps.length).toBe(5);
  });

  it('sorts lessons by order, groups challenges apart, and lists a broken lesson with its errors', () => {
    const broken = { dir: 'lessons/broken', files: { 'lesson.yaml': 'id: broken\nsteps: [\n' } };
    const catalog = loadCatalog([
      variant('zeta', 1),
      variant('alpha', 3),
      variant('oom', 7, 'challenge'),
      broken,
      variant('beta', 2),
    ]);
    expect(catalog.lessons.map((l) => l.id)).toEqual(['zeta', 'beta', 'alpha']);
    expect(catalog.challenges.map((l) => l.id)).toEqual(['oom']);
    expect(catalog.broken.map((b) => b.id)).toEqual(['broken']);
    expect(catalog.broken[0]?.issues[0]).toMatch(/^lessons\/broken\/lesson\.yaml:\d+: /);
    expect(catalog.find('broken')).toBeUndefined();
  });
});

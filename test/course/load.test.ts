// The lesson validator's messages: file, line and field, for broken YAML and broken goals.
import { describe, expect, test } from 'vitest';
import { formatIssue, loadLesson } from '../../src/course';

const prose = (ids: string[]) => ids.map((id) => `## ${id}\n\nText.\n`).join('\n');

const step = (goal: string) => `  - id: one
    title: { en: One, zh-CN: 一 }
    goals:
${goal}
    hints: { en: [Look.], zh-CN: [看。] }
    solution: [ls]
`;

function messages(yaml: string, md = prose(['one'])): string[] {
  const result = loadLesson({
    dir: 'lessons/demo',
    files: { 'lesson.yaml': yaml, 'en.md': md, 'zh-CN.md': md },
  });
  return result.ok ? [] : result.issues.map(formatIssue);
}

const head = 'id: demo\ntitle: { en: Demo, zh-CN: 演示 }\nsteps:\n';

describe('loadLesson', () => {
  test('a valid lesson loads with its prose sections', () => {
    const result = loadLesson({
      dir: 'lessons/demo',
      files: {
        'lesson.yaml': head + step('      - kind: cgroupExists\n        path: /demo'),
        'en.md': '# Demo\n\nIntro.\n\n## one\n\nFirst step.\n',
        'zh-CN.md': '# 演示\n\n## one\n\n第一步。\n',
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lesson.intro.en).toBe('# Demo\n\nIntro.');
    expect(result.lesson.steps[0]?.prose['zh-CN']).toBe('第一步。');
    expect(result.lesson.steps[0]?.goals[0]).toEqual({
      kind: 'cgroupExists',
      params: { path: '/demo' },
      line: 7,
    });
  });

  test('an unknown goal kind names the file, line and field, and lists the known kinds', () => {
    const [msg, ...rest] = messages(head + step('      - kind: foo'));
    expect(rest).toEqual([]);
    expect(msg).toMatch(
      /^lessons\/demo\/lesson\.yaml:7: steps\[0\]\.goals\[0\]\.kind: unknown goal kind "foo" \(known: /,
    );
    expect(msg).toContain('processInOwnNamespace');
  });

  test('parameters are typed: wrong type, unknown name, missing one', () => {
    expect(
      messages(head + step('      - kind: namespaceCount\n        ns: pid\n        atLeast: two')),
    ).toEqual(['lessons/demo/lesson.yaml:9: steps[0].goals[0].atLeast: expected a number, got "two"']);
    expect(
      messages(head + step('      - kind: namespaceCount\n        ns: bogus\n        atLeast: 2'))[0],
    ).toMatch(/:8: steps\[0\]\.goals\[0\]\.ns: expected a namespace kind \(pid, mnt/);
    expect(
      messages(head + step('      - kind: cgroupExists\n        path: /a\n        colour: red')),
    ).toEqual([
      'lessons/demo/lesson.yaml:9: steps[0].goals[0].colour: unknown parameter of cgroupExists (known: path)',
    ]);
    expect(messages(head + step('      - kind: cgroupExists'))).toEqual([
      'lessons/demo/lesson.yaml:7: steps[0].goals[0].path: missing parameter of cgroupExists',
    ]);
    expect(messages(head + step("      - kind: commandRan\n        pattern: '(unclosed'"))[0]).toMatch(
      /^lessons\/demo\/lesson\.yaml:8: steps\[0\]\.goals\[0\]\.pattern: not a valid regular expression/,
    );
  });

  test('structure: unknown field, missing title language, wrong id, YAML syntax', () => {
    expect(
      messages(head.replace('id: demo', 'id: other') + step('      - kind: cgroupExists\n        path: /a')),
    ).toEqual(['lessons/demo/lesson.yaml:1: id: "other" is not the directory name "demo"']);
    expect(messages('colour: red\n' + head + step('      - kind: cgroupExists\n        path: /a'))).toEqual([
      'lessons/demo/lesson.yaml:1: colour: unknown field (known: id, title, kind, order, profile, setup, steps)',
    ]);
    const ok = step('      - kind: cgroupExists\n        path: /a');
    expect(messages('kind: quiz\nprofile: windows\norder: -1\n' + head + ok)).toEqual([
      'lessons/demo/lesson.yaml:1: kind: "quiz" is not one of lesson, challenge',
      'lessons/demo/lesson.yaml:2: profile: "windows" is not one of default, hybrid',
      'lessons/demo/lesson.yaml:3: order: expected a whole number ≥ 0',
    ]);
    expect(
      messages(head.replace(', zh-CN: 演示', '') + step('      - kind: cgroupExists\n        path: /a')),
    ).toEqual(['lessons/demo/lesson.yaml:2: title.zh-CN: expected a non-empty string, got nothing']);
    expect(messages('id: demo\ntitle: [\n')[0]).toMatch(/^lessons\/demo\/lesson\.yaml:\d+: /);
  });

  test('prose: a step without a section, a section without a step', () => {
    const yaml = head + step('      - kind: cgroupExists\n        path: /a');
    expect(messages(yaml, '# Demo\n\n## two\n\nText.\n')).toEqual([
      'lessons/demo/en.md:3: two: section for no step (steps: one)',
      'lessons/demo/en.md:1: one: no "## one" section',
      'lessons/demo/zh-CN.md:3: two: section for no step (steps: one)',
      'lessons/demo/zh-CN.md:1: one: no "## one" section',
    ]);
  });

  test('size: a huge file is refused before parsing', () => {
    const yaml = head + step('      - kind: cgroupExists\n        path: /a');
    const huge = 'x'.repeat(10 * 1024 * 1024);
    expect(messages(yaml, huge)).toEqual([
      `lessons/demo/en.md:1: file too large (${huge.length} characters; at most 262144)`,
      `lessons/demo/zh-CN.md:1: file too large (${huge.length} characters; at most 262144)`,
    ]);
  });

  test('YAML bombs: aliases beyond the limit are an error, not a hang', () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x, x]\n' +
      Array.from(
        { length: 12 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ).join('\n') +
      '\n';
    const found = messages(bomb);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.startsWith('lessons/demo/lesson.yaml:'))).toBe(true);
  });
});

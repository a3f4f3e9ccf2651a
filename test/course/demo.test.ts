// Demo scripts (lessons/<id>/demo.yaml): the parser's messages name file, line and field; every
// demo in lessons/ validates with narration in both languages and commands for terminals 1–4.
import { describe, expect, test } from 'vitest';
import { DEMO_SOURCES } from '../../lessons/demos';
import { LANGS, formatIssue } from '../../src/course';
import { loadDemo } from '../../src/course/demo';

function messages(yaml: string): string[] {
  const result = loadDemo('lessons/demo', yaml);
  return result.ok ? [] : result.issues.map(formatIssue);
}

const head = 'title: { en: Demo, zh-CN: 演示 }\nsteps:\n';

describe('loadDemo', () => {
  test('a valid demo: narration in both languages, the command, terminal 1 by default', () => {
    const result = loadDemo(
      'lessons/demo',
      head +
        '  - say: { en: Look., zh-CN: 看。 }\n    run: ls -l /proc/self/ns\n' +
        '  - say: { en: Host., zh-CN: 宿主机。 }\n    run: ps -e\n    terminal: 2\n' +
        '  - say: { en: Talk., zh-CN: 讲解。 }\n',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.demo.id).toBe('demo');
    expect(result.demo.title['zh-CN']).toBe('演示');
    expect(result.demo.steps).toEqual([
      { say: { en: 'Look.', 'zh-CN': '看。' }, run: 'ls -l /proc/self/ns', terminal: 1, line: 3 },
      { say: { en: 'Host.', 'zh-CN': '宿主机。' }, run: 'ps -e', terminal: 2, line: 5 },
      { say: { en: 'Talk.', 'zh-CN': '讲解。' }, terminal: 1, line: 8 },
    ]);
  });

  test('a missing translation names the step, the language and the line', () => {
    expect(messages(head + '  - say: { en: Look. }\n    run: ls\n  - say:\n      en: Two\n')).toEqual([
      'lessons/demo/demo.yaml:3: steps[0].say.zh-CN: expected a non-empty string, got nothing',
      'lessons/demo/demo.yaml:6: steps[1].say.zh-CN: expected a non-empty string, got nothing',
    ]);
  });

  test('a bad terminal, an unknown field, an empty command, a multi-line command', () => {
    const say = '  - say: { en: A, zh-CN: 甲 }\n';
    expect(
      messages(
        head +
          say +
          '    terminal: 9\n' +
          say +
          '    command: ls\n' +
          say +
          "    run: ''\n" +
          say +
          '    run: "ls\\nps"\n',
      ),
    ).toEqual([
      'lessons/demo/demo.yaml:4: steps[0].terminal: expected a terminal number from 1 to 4',
      'lessons/demo/demo.yaml:6: steps[1].command: unknown field (known: say, run, terminal)',
      'lessons/demo/demo.yaml:8: steps[2].run: expected a non-empty string, got ""',
      'lessons/demo/demo.yaml:10: steps[3].run: one command per step (no line breaks)',
    ]);
  });

  test('the file as a whole: broken YAML, no steps, no title', () => {
    expect(messages('title: [\n')[0]).toMatch(/^lessons\/demo\/demo\.yaml:\d+: /);
    expect(messages('title: { en: A, zh-CN: 甲 }\nsteps: []\n')).toEqual([
      'lessons/demo/demo.yaml:2: steps: a demo needs at least one step',
    ]);
    expect(messages('steps:\n  - say: { en: A, zh-CN: 甲 }\n')).toEqual([
      'lessons/demo/demo.yaml:1: title: expected a mapping, got nothing',
    ]);
  });
});

describe('the demo scripts in lessons/', () => {
  test('there are at least two', () => {
    expect(DEMO_SOURCES.length).toBeGreaterThanOrEqual(2);
  });

  test.each(DEMO_SOURCES.map((s) => [s.dir, s.text] as const))(
    '%s validates in every language',
    (dir, text) => {
      const result = loadDemo(dir, text);
      if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
      expect(result.demo.steps.length).toBeGreaterThanOrEqual(4);
      for (const step of result.demo.steps)
        for (const lang of LANGS) expect(step.say[lang].trim(), `${dir}:${step.line} ${lang}`).not.toBe('');
      expect(result.demo.steps.some((s) => s.run !== undefined)).toBe(true);
    },
  );
});
